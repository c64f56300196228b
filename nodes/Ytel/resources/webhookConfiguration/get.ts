import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { configuration } from './shared';

export const get = defineOperation(ytel, {
	value: 'get',
	name: 'Get',
	action: 'Get a webhook configuration',
	description: 'Get a webhook configuration by its ID',
	method: 'GET',
	path: '/v4/callback/configuration/{callbackId}',
	properties: [configuration],
});
