import type { IDataObject } from 'n8n-workflow';
import { bodyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { requireRebilliaId, textField } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';
import { gatewayProperties, gatewaySettingProperty } from './gatewayFields';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a company gateway',
	description: 'Connect a payment gateway account to the company',
	method: 'POST',
	path: '/gateways',
	validate(request) {
		const body = (request.body ?? {}) as IDataObject;
		if (!(Number(body.gblGatewayId) > 0)) requireRebilliaId(this, 'Gateway Type ID', '');
	},
	properties: [
		bodyField(
			{
				displayName: 'Gateway Type ID',
				name: 'gblGatewayId',
				type: 'number',
				required: true,
				default: 0,
				placeholder: 'e.g. 2',
				description: "Rebillia's ID of the kind of gateway to connect (its global gateway ID), e.g. 2",
			},
			'gblGatewayId',
		),
		textField('Display Name', 'displayName', 'e.g. Pay in store', { required: true }),
		gatewaySettingProperty,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: gatewayProperties('additionalFields'),
		},
	],
});
