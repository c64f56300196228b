import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { transactionLocator } from '../../shared/locators';
import { simplifyTransaction } from '../../shared/simplify';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a transaction',
	description: 'Retrieve one transaction with its invoice',
	method: 'GET',
	path: '/transactions/{transactionId}',
	simplify: simplifyTransaction,
	properties: [
		transactionLocator(),
		{ ...simplifyField, description: 'Whether to return the main transaction fields and a short invoice instead of the raw data' },
	],
});
