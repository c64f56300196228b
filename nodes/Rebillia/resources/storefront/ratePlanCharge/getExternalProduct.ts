import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { ratePlanChargeIdField } from './shared';

export const getExternalProduct = defineOperation(rebilliaStorefront, {
	value: 'getExternalProduct',
	name: 'Get External Product',
	action: 'Get the store product of a rate plan charge',
	description: 'The store platform’s product (with options and variants) linked to a subscription charge',
	method: 'GET',
	path: '/rateplan-charges/{ratePlanChargeId}/external-product',
	properties: [ratePlanChargeIdField],
});
