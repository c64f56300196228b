import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { accountLocatorInBody, bodyField, uidField } from '../../shared/descriptions';

export const addPayment = defineOperation(outseta, {
	value: 'addPayment',
	name: 'Add Payment',
	action: 'Record a payment of an invoice',
	description: 'Record a payment made outside Outseta; the invoice is paid once the payments reach its amount',
	method: 'POST',
	path: '/billing/transactions/payment',
	properties: [
		accountLocatorInBody,
		{ ...uidField('Invoice Uid', 'invoiceUid', 'e.g. yyyyyyyy', 'The Uid of the invoice being paid'), routing: { send: { type: 'body', property: 'Invoice.Uid' } } },
		bodyField(
			{
				displayName: 'Amount',
				name: 'amount',
				type: 'number',
				typeOptions: { numberPrecision: 2 },
				required: true,
				default: 0,
				description: 'The amount paid. Outseta books payments as negative amounts (e.g. -19.99); either sign is accepted.',
			},
			'Amount',
		),
	],
});
