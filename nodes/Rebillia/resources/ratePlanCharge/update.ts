import { defineOperation } from '../../../shared/operations';
import { ratePlanChargeLocator } from '../../shared/catalogLocators';
import { extraPropertiesField } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';
import { chargeFieldsPreSend, chargeOptionValues, tiersPreSend, tiersProperty } from './chargeFields';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a rate plan charge',
	description: 'Change a charge of a product rate plan; price tiers given here replace its tiers',
	method: 'PUT',
	path: '/product-rateplan-charges/{ratePlanChargeId}',
	properties: [
		ratePlanChargeLocator(),
		{ ...tiersProperty(), routing: { send: { preSend: [tiersPreSend()] } } },
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [...chargeOptionValues(true), extraPropertiesField('updateFields', '{"delay": 0}')],
			routing: { send: { preSend: [chargeFieldsPreSend('updateFields')] } },
		},
	],
});
