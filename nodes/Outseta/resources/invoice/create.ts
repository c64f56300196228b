import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { dateBodyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { OUTSETA_DATE_TIME } from '../../shared/dates';
import { subscriptionIdField } from '../../shared/descriptions';
import { refuse } from '../../shared/validate';

export const create = defineOperation(outseta, {
	value: 'create',
	name: 'Create',
	action: 'Create an invoice',
	description: 'Bill a subscription for one-off items',
	method: 'POST',
	path: '/billing/invoices',
	properties: [
		{ ...subscriptionIdField, routing: { send: { type: 'body', property: 'Subscription.Uid' } } },
		dateBodyField({ displayName: 'Invoice Date', name: 'invoiceDate', type: 'dateTime', required: true, default: '' }, 'InvoiceDate', OUTSETA_DATE_TIME),
		{
			displayName: 'Line Items',
			name: 'lineItems',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Line Item',
			default: {},
			options: [
				{
					displayName: 'Line Item',
					name: 'item',
					values: [
						{ displayName: 'Description', name: 'description', type: 'string', default: '', placeholder: 'e.g. Onboarding workshop' },
						{ displayName: 'Amount', name: 'amount', type: 'number', typeOptions: { numberPrecision: 2 }, default: 0 },
					],
				},
			],
			routing: {
				send: {
					preSend: [
						async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
							const items = ((this.getNodeParameter('lineItems', {}) as IDataObject).item ?? []) as IDataObject[];
							if (!items.length) refuse(this, '"Line Items" needs at least one line');
							const lines = items.map((item, index) => {
								const description = String(item.description ?? '').trim();
								if (!description) refuse(this, `"Description" of line ${index + 1} is required`);
								const amount = Number(item.amount);
								if (item.amount === '' || !Number.isFinite(amount)) refuse(this, `"Amount" of line ${index + 1} is not a number`);
								return { Description: description, Amount: amount };
							});
							requestOptions.body = { ...(requestOptions.body as IDataObject), InvoiceLineItems: lines };
							return requestOptions;
						},
					],
				},
			},
		},
	],
});
