import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { getManyFields, queryFilter } from '../../shared/descriptions';
import { simplifyInvoice } from '../../shared/simplify';

export const getAll = defineOperation(outseta, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many invoices',
	description:
		"List invoices, e.g. those over an amount. Outseta documents this list only in its API guide, so it may change.",
	method: 'GET',
	path: '/billing/invoices',
	output: 'list',
	simplify: simplifyInvoice,
	properties: getManyFields({
		filters: [queryFilter({ displayName: 'Subscription Uid', name: 'subscriptionUid', type: 'string', default: '', placeholder: 'e.g. 4XQY8qmP' }, 'Subscription.Uid')],
		conditionPlaceholder: 'Amount or InvoiceDate',
		sortable: ['InvoiceDate', 'Created', 'Number', 'Amount'],
		fieldsExample: 'Uid,Number,Amount,InvoiceLineItems.Description', record: 'invoice',
		simplify: true,
	}),
});
