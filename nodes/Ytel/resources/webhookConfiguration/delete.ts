import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { configuration } from './shared';

export const remove = defineOperation(ytel, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a webhook configuration',
	description: 'Delete a webhook configuration',
	method: 'DELETE',
	path: '/v4/callback/configuration/{callbackId}',
	properties: [configuration],
});
