import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { listFields } from '../../../shared/fields';

export const getAll = defineOperation(rebilliaStorefront, {
	value: 'getAll',
	name: 'Get Many',
	action: "Get the shopper's payment methods",
	description: 'Every saved card or bank account of the shopper',
	method: 'GET',
	path: '/paymentmethods',
	output: 'list',
	properties: listFields(),
});
