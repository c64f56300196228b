import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { invoiceLocator } from '../../shared/locators';
import { CHARGE_REFUSED, refuseChargeOfPaidInvoice } from '../../shared/refusals';
import { accountFields, paymentTypeOptions } from '../../shared/bodies';

const gateway = { show: { mode: ['gateway'] } };
const external = { show: { mode: ['external'] } };

const { accountName, accountType, accountKind } = accountFields;

export const charge = defineOperation(rebillia, {
	value: 'charge',
	name: 'Charge',
	action: 'Charge an invoice',
	description: "Take a payment for an invoice through a gateway, or record one taken elsewhere",
	method: 'POST',
	path: '/invoices/{invoiceId}/charge',
	properties: [
		invoiceLocator(),
		{
			displayName: 'Mode',
			name: 'mode',
			type: 'options',
			noDataExpression: true,
			default: 'gateway',
			options: [
				{
					name: 'Charge Through a Gateway',
					value: 'gateway',
					description: "Charge the customer's payment method (or a new gateway token) now",
				},
				{
					name: 'Record an External Payment',
					value: 'external',
					description: 'Mark the invoice paid with a payment another system already took, by its reference',
				},
			],
			routing: {
				send: {
					preSend: [
						async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
							// An external payment is an offline payment in Rebillia's terms.
							if (this.getNodeParameter('mode', 'gateway') === 'external') {
								requestOptions.body = { ...(requestOptions.body as IDataObject), paymentType: 'offlinePaymentProvider' };
							}
							return requestOptions;
						},
					],
				},
			},
		},
		bodyProperty({ key: 'amount', label: 'Amount (Cents)', kind: 'cents', positive: true, required: true }, { typeOptions: { minValue: 1 } }),
		bodyProperty(
			{ key: 'paymentType', label: 'Payment Type', kind: 'options', options: paymentTypeOptions, default: 'thirdPartyPaymentProvider' },
			{ displayOptions: gateway },
		),
		bodyProperty(
			{
				key: 'transactionId',
				name: 'externalReference',
				label: 'Payment Reference',
				kind: 'text',
				placeholder: 'e.g. ch_3PqR2sHM3LZNSqFl',
				description: 'The transaction ID of the payment in the system that took it; Rebillia records it with the payment',
				required: true,
			},
			{ displayOptions: external },
		),
		{
			...bodyCollection({
				displayName: 'Additional Fields',
				name: 'gatewayFields',
				fields: [
					{
						key: 'paymentMethodId',
						label: 'Payment Method ID',
						kind: 'id',
						example: 44,
						description: "One of the customer's payment methods; empty: the invoice's",
					},
					{ key: 'paymentNonce', label: 'Gateway Token', kind: 'text', placeholder: 'e.g. tok_visa', description: 'Charge a new card or account by its gateway token instead' },
					{ key: 'savePayment', label: 'Save Payment Method', kind: 'boolean', description: 'Whether to store the new card or account for the customer' },
					{ key: 'settlement', label: 'Settlement', kind: 'text', placeholder: 'e.g. authorizeCapture', description: 'How the gateway settles, e.g. authorizeCapture' },
					accountName,
					accountType,
					accountKind,
				],
			}),
			displayOptions: gateway,
		},
		{
			...bodyCollection({ displayName: 'Additional Fields', name: 'externalFields', fields: [accountType, accountName] }),
			displayOptions: external,
		},
	],
	validate: refuseChargeOfPaidInvoice,
	errorMeanings: { invoice_charge_error: CHARGE_REFUSED },
});
