import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { listFields } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many customer addresses',
	description: "List the addresses in a customer's address book",
	method: 'GET',
	path: '/customers/{customerId}/addressbooks',
	output: 'list',
	properties: [customerLocator(), ...listFields()],
});
