import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { invoiceFields } from './fields';
import { fromPickedCustomer } from '../subscription/fields';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';
import { invoiceLines } from '../../shared/bodies';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create an invoice',
	description: 'Create an invoice for a customer with its lines',
	method: 'POST',
	path: '/invoices',
	properties: [
		customerLocator({ send: { type: 'body', property: 'customerId' } }),
		bodyProperty(invoiceLines),
		bodyCollection({
			displayName: 'Additional Fields',
			name: 'additionalFields',
			// The customer is picked here, so its payment methods can be listed.
			fields: invoiceFields.map((field) => (field.key === 'paymentMethodId' ? fromPickedCustomer(field, 'getCustomerPaymentMethods') : field)),
			extraExample: '{"terms": "onReceipt"}',
		}),
	],
});
