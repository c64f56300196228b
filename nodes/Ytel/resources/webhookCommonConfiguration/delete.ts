import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { configuration } from './shared';

export const remove = defineOperation(ytel, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a webhook common configuration',
	description: 'Delete a webhook common configuration',
	method: 'DELETE',
	path: '/v4/callback/authentication/{callbackAuthId}',
	properties: [configuration],
});
