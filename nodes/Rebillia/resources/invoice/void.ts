import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { invoiceLocator } from '../../shared/locators';

export const voidInvoice = defineOperation(rebillia, {
	value: 'void',
	name: 'Void',
	action: 'Void an invoice',
	description: 'Cancel an invoice nothing was paid on yet',
	method: 'PUT',
	path: '/invoices/{invoiceId}/void',
	properties: [invoiceLocator()],
});
