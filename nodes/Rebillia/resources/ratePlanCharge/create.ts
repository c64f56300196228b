import { bodyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { ratePlanLocator } from '../../shared/catalogLocators';
import { extraPropertiesField } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';
import { chargeCoreValues, chargeFieldsPreSend, chargeOptionValues, tiersPreSend, tiersProperty } from './chargeFields';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a rate plan charge',
	description: 'Add a charge with its price tiers to a product rate plan',
	method: 'POST',
	path: '/product-rateplan-charges',
	properties: [
		ratePlanLocator({ bodyKey: 'ratePlanId', description: 'The rate plan the charge belongs to' }),
		...chargeCoreValues().map((property) => bodyField(property, property.name)),
		{ ...tiersProperty(), routing: { send: { preSend: [tiersPreSend()] } } },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [...chargeOptionValues(), extraPropertiesField('additionalFields', '{"delay": 0}')],
			routing: { send: { preSend: [chargeFieldsPreSend('additionalFields')] } },
		},
	],
});
