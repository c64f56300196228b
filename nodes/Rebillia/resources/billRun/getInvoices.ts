import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { billRunIdField } from './shared';
import { listFields } from '../../shared/fields';

export const getInvoices = defineOperation(rebillia, {
	value: 'getInvoices',
	name: 'Get Invoices',
	action: 'Get the invoices of a bill run',
	description: 'List the invoices a bill run issued (invoice, subscription and status of each)',
	method: 'GET',
	path: '/bill-run/{billRunId}/invoices',
	output: 'list',
	properties: [billRunIdField, ...listFields()],
});
