import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { getManyFields, queryFilter } from '../../shared/descriptions';
import { simplifyInvoice } from '../../shared/simplify';

export const getAll = defineOperation(outseta, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many invoices',
	description:
		"List invoices, e.g. those over an amount. Outseta's API guide shows this list in its filter examples; the request collection has no request for it.",
	method: 'GET',
	path: '/billing/invoices',
	output: 'list',
	simplify: simplifyInvoice,
	properties: getManyFields({
		filters: [queryFilter({ displayName: 'Subscription Uid', name: 'subscriptionUid', type: 'string', default: '', placeholder: 'e.g. 4XQY8qmP' }, 'Subscription.Uid')],
		conditionPlaceholder: 'Amount or InvoiceDate',
		sortable: ['InvoiceDate', 'Created', 'Number', 'Amount'],
		fieldsExample: 'Uid,Number,Amount,InvoiceLineItems.Description',
		simplify: true,
	}),
});
