import { defineOperation } from '../../../shared/operations';
import { productLocator } from '../../shared/catalogLocators';
import { textField } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';
import { nestedChargesProperty } from '../ratePlanCharge/chargeFields';
import { chargesPreSend, ratePlanProperties } from './ratePlanFields';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a rate plan',
	description: 'Add a rate plan to a product, optionally with its charges and price tiers',
	method: 'POST',
	path: '/product-rateplans',
	properties: [
		productLocator({ bodyKey: 'productId', description: 'The product the rate plan belongs to' }),
		textField('Name', 'name', 'e.g. Monthly', { required: true }),
		{ ...nestedChargesProperty(), routing: { send: { preSend: [chargesPreSend('charges', 'productRateplanCharge')] } } },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: ratePlanProperties('additionalFields'),
		},
	],
});
