import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { invoiceLocator, readOptions } from '../../shared/coreDescriptions';
import { simplifyInvoice } from '../../shared/coreSimplify';
import { invoiceInclude } from './include';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get an invoice',
	description: 'Retrieve one invoice, optionally with its lines, transactions and bill runs',
	method: 'GET',
	path: '/invoices/{invoiceId}',
	simplify: simplifyInvoice,
	properties: [invoiceLocator, readOptions([invoiceInclude]), simplifyField],
});
