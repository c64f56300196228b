import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { pagedEnvelope, rebillia } from '../../shared/api';
import { invoiceInclude } from './include';
import { filtersCollection, listFields, optionsCollection, sortOptions } from '../../shared/fields';
import { simplifyInvoice } from '../../shared/simplify';
import { invoiceStatusOptions, statusFilter } from '../../shared/statuses';

const [returnAll, limit] = listFields();

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many invoices',
	description: 'List invoices, optionally only those in one status',
	method: 'GET',
	path: '/invoices',
	output: 'list',
	// Filtered by status, Rebillia answers pages `{currentPageNumber, …, data}`; otherwise the whole list at once.
	paging: { ...pagedEnvelope, pagesWhen: (qs) => qs.status !== undefined },
	simplify: simplifyInvoice,
	properties: [
		{
			...returnAll,
			hint: 'Without a Status filter Rebillia answers the whole list in one request; with one, it is read page by page',
		},
		limit,
		filtersCollection([
			statusFilter(
				invoiceStatusOptions,
				'paymentDue',
				'invoices',
				'status',
				'Only invoices in this status (Rebillia then answers a slim record: ID, customer name, dates, amounts, status)',
			),
		]),
		optionsCollection([invoiceInclude, ...sortOptions(['invoiceNo', 'createdAt', 'updatedAt', 'status', 'dateDue', 'datePaid', 'total', 'balanceDue'])]),
		simplifyField,
	],
});
