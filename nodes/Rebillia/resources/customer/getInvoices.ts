import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { includeOption, listFields, optionsCollection } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';
import { simplifyInvoice } from '../../shared/simplify';

export const getInvoices = defineOperation(rebillia, {
	value: 'getInvoices',
	name: 'Get Invoices',
	action: 'Get the invoices of a customer',
	description: "List a customer's invoices",
	method: 'GET',
	path: '/customers/{customerId}/invoices',
	output: 'list',
	simplify: simplifyInvoice,
	properties: [customerLocator(), ...listFields(), optionsCollection([includeOption([['External Invoices', 'externalInvoices']])]), simplifyField],
});
