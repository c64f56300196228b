import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bareListFields, customerLocator, includeOption, readOptions } from '../../shared/coreDescriptions';
import { simplifyInvoice } from '../../shared/coreSimplify';

export const getInvoices = defineOperation(rebillia, {
	value: 'getInvoices',
	name: 'Get Invoices',
	action: 'Get the invoices of a customer',
	description: "List a customer's invoices",
	method: 'GET',
	path: '/customers/{customerId}/invoices',
	output: 'list',
	simplify: simplifyInvoice,
	properties: [customerLocator, ...bareListFields(), readOptions([includeOption([['External Invoices', 'externalInvoices']])]), simplifyField],
});
