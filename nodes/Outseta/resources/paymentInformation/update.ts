import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { accountLocatorInBody, textField } from '../../shared/descriptions';

export const update = defineOperation(outseta, {
	value: 'update',
	name: 'Update',
	action: 'Update the payment information of an account',
	description: "Store an account's card as saved at the payment provider (e.g. a Stripe payment method)",
	method: 'POST',
	path: '/billing/paymentinformation',
	properties: [
		accountLocatorInBody,
		textField('Payment Token', 'paymentToken', 'PaymentToken', 'e.g. pm_1Ng…', { required: true, description: "The payment provider's id of the card (a Stripe payment method)" }),
		textField('Customer Token', 'customerToken', 'CustomerToken', 'e.g. cus_Ox…', { description: "The payment provider's id of the customer" }),
		textField('Name on Card', 'nameOnCard', 'NameOnCard', 'e.g. Joan Smith'),
	],
});
