import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { accountLocator, getManyFields } from '../../shared/descriptions';

export const getAll = defineOperation(outseta, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many transactions of an account',
	description: "List an account's invoices, payments, credits, refunds and chargebacks",
	method: 'GET',
	path: '/billing/transactions/{accountId}',
	output: 'list',
	properties: [
		accountLocator,
		...getManyFields({
			conditionPlaceholder: 'BillingTransactionType or TransactionDate',
			sortable: ['TransactionDate', 'Created', 'Amount'],
			fieldsExample: 'Uid,Amount,Invoice.Number', record: 'transaction',
		}),
	],
});
