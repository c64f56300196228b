import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { chargeTiers, productChargeMain, productChargeOptions } from '../../shared/charges';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { ratePlanChargeLocator } from '../../shared/locators';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a rate plan charge',
	description: 'Change a charge of a product rate plan; price tiers given here replace its tiers',
	method: 'PUT',
	path: '/product-rateplan-charges/{ratePlanChargeId}',
	properties: [
		ratePlanChargeLocator(),
		bodyProperty(chargeTiers('chargeTiers')),
		bodyCollection({
			displayName: 'Update Fields',
			name: 'updateFields',
			fields: [...productChargeMain.map((field) => ({ ...field, required: false })), ...productChargeOptions],
			extraExample: '{"delay": 0}',
		}),
	],
});
