import { queryField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { filtersCollection, listFields, queryText } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';
import { CHARGE_CREDIT_TYPES } from './types';

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
			queryField({ displayName: 'Type', name: 'type', type: 'options', options: CHARGE_CREDIT_TYPES, default: 'charge', description: 'Only charges or only credits' }),
		]),
	],
});
