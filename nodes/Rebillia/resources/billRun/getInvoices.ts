import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bareListFields } from '../../shared/coreDescriptions';
import { billRunIdField } from './shared';

export const getInvoices = defineOperation(rebillia, {
	value: 'getInvoices',
	name: 'Get Invoices',
	action: 'Get the invoices of a bill run',
	description: 'List the invoices a bill run issued (invoice, subscription and status of each)',
	method: 'GET',
	path: '/bill-run/{billRunId}/invoices',
	output: 'list',
	properties: [billRunIdField, ...bareListFields()],
});
