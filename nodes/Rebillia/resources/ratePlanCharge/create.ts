import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { chargeTiers, productChargeMain, productChargeOptions } from '../../shared/charges';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { ratePlanLocator } from '../../shared/locators';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a rate plan charge',
	description: 'Add a charge with its price tiers to a product rate plan',
	method: 'POST',
	path: '/product-rateplan-charges',
	properties: [
		ratePlanLocator({ send: { type: 'body', property: 'ratePlanId' }, description: 'The rate plan the charge belongs to' }),
		...productChargeMain.map((field) => bodyProperty(field)),
		bodyProperty(chargeTiers('chargeTiers')),
		bodyCollection({ displayName: 'Additional Fields', name: 'additionalFields', fields: productChargeOptions, extraExample: '{"delay": 0}' }),
	],
});
