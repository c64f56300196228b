import { defineOperation } from '../../../shared/operations';
import { gatewayLocator } from '../../shared/catalogLocators';
import { textField } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';
import { gatewayProperties, gatewaySettingProperty } from './gatewayFields';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a company gateway',
	description: 'Rename a payment gateway or change its keys or card types',
	method: 'PUT',
	path: '/gateways/{companyGatewayId}',
	properties: [
		gatewayLocator(),
		gatewaySettingProperty,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [textField('Display Name', 'displayName', 'e.g. Pay in store'), ...gatewayProperties('updateFields')],
		},
	],
});
