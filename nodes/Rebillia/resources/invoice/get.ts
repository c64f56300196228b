import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { invoiceInclude } from './include';
import { optionsCollection } from '../../shared/fields';
import { invoiceLocator } from '../../shared/locators';
import { simplifyInvoice } from '../../shared/simplify';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get an invoice',
	description: 'Retrieve one invoice, optionally with its lines, transactions and bill runs',
	method: 'GET',
	path: '/invoices/{invoiceId}',
	simplify: simplifyInvoice,
	properties: [invoiceLocator(), optionsCollection([invoiceInclude]), simplifyField],
});
