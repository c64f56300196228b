import { defineOperation } from '../../../shared/operations';
import { listFields } from '../../shared/fields';
import { rebillia } from '../../shared/api';
import { integrationKeyNameField } from './keyName';

export const getAllByKeyName = defineOperation(rebillia, {
	value: 'getAllByKeyName',
	name: 'Get Many by Key Name',
	action: 'Get many company integrations by key name',
	description: 'List the company integrations of one kind, e.g. every BigCommerce store',
	method: 'GET',
	path: '/integrations/{integrationKeyName}/list',
	output: 'list',
	properties: [integrationKeyNameField, ...listFields()],
});
