import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { listFields } from '../../../shared/fields';

export const getAll = defineOperation(rebilliaStorefront, {
	value: 'getAll',
	name: 'Get Many',
	action: "Get the shopper's store addresses",
	description: 'The addresses of the shopper’s address book in the store platform (e.g. BigCommerce), with their store IDs',
	method: 'GET',
	path: '/addressbooks',
	output: 'list',
	properties: listFields(),
});
