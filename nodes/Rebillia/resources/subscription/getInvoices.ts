import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { listFields } from '../../shared/fields';
import { subscriptionLocator } from '../../shared/locators';
import { simplifyInvoice } from '../../shared/simplify';

export const getInvoices = defineOperation(rebillia, {
	value: 'getInvoices',
	name: 'Get Invoices',
	action: 'Get the invoices of a subscription',
	description: 'List the invoices a subscription was billed with',
	method: 'GET',
	path: '/subscriptions/{subscriptionId}/invoices',
	output: 'list',
	simplify: simplifyInvoice,
	properties: [subscriptionLocator(), ...listFields(), simplifyField],
});
