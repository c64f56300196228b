import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { invoiceLocator } from '../../shared/locators';

export const deleteInvoice = defineOperation(rebillia, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an invoice',
	description: 'Delete an invoice',
	method: 'DELETE',
	path: '/invoices/{invoiceId}',
	output: 'deleted',
	properties: [invoiceLocator()],
});
