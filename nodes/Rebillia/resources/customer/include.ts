import { includeOption } from '../../shared/fields';

/** The relations a customer can embed. */
export const customerInclude = includeOption([
	['Address Book', 'addressbook'],
	['External Customers', 'externalCustomers'],
	['Last Invoice', 'lastInvoice'],
	['Payment Methods', 'paymentmethod'],
	['Subscriptions', 'subscriptions'],
	['Unpaid Invoices', 'unpaidInvoices'],
]);
