import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { integrationKeyNameField } from './keyName';

export const getByKeyName = defineOperation(rebillia, {
	value: 'getByKeyName',
	name: 'Get by Key Name',
	action: 'Get an integration by key name',
	description: 'Get an integration (e.g. BigCommerce) by its key name',
	method: 'GET',
	path: '/integrations/{integrationKeyName}/get',
	properties: [integrationKeyNameField],
});
