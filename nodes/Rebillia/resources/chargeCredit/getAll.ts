import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { filtersCollection, listFields, queryText } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many charges and credits',
	description: 'List the one-off charges and credits of a customer',
	method: 'GET',
	path: '/customers/{customerId}/charges_credits',
	output: 'list',
	properties: [
		customerLocator(),
		...listFields(),
		filtersCollection([
			queryText('Status', 'status', 'e.g. unassigned', 'Only entries in this status, e.g. unassigned (not billed on an invoice yet)'),
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				options: [
					{ name: 'Charge', value: 'charge' },
					{ name: 'Credit', value: 'credit' },
				],
				default: 'charge',
				description: 'Only charges or only credits',
				routing: { send: { type: 'query', property: 'type', propertyInDotNotation: false } },
			},
		]),
	],
});
