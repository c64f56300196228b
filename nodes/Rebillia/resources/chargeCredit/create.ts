import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { CENTS, customerLocator } from '../../shared/coreDescriptions';
import { bodyCollection, bodyProperty } from '../../shared/coreFields';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a charge or credit',
	description: "Add a one-off charge or credit to a customer's account; the next invoice bills it",
	method: 'POST',
	path: '/customers/{customerId}/charges_credits',
	properties: [
		customerLocator,
		bodyProperty({
			key: 'type',
			label: 'Type',
			kind: 'options',
			options: [
				{ name: 'Charge', value: 'charge', description: 'The customer owes this amount' },
				{ name: 'Credit', value: 'credit', description: 'The customer is owed this amount' },
			],
			default: 'charge',
			required: true,
		}),
		bodyProperty({ key: 'amount', label: 'Amount', kind: 'number', description: CENTS, required: true }, { typeOptions: { minValue: 1 } }),
		bodyProperty({ key: 'description', label: 'Description', kind: 'text', placeholder: 'e.g. Payment subscription', description: 'Shown on the invoice line that bills it' }),
		bodyCollection({
			displayName: 'Additional Fields',
			name: 'additionalFields',
			fields: [
				{
					key: 'category',
					label: 'Category',
					kind: 'options',
					options: [
						{ name: 'Physical', value: 'physical' },
						{ name: 'Digital', value: 'digital' },
					],
					default: 'physical',
				},
				{ key: 'companyCurrencyId', label: 'Currency', kind: 'id', loadOptions: 'getCurrencies' },
				{ key: 'qty', label: 'Quantity', kind: 'number', default: 1 },
				{ key: 'taxable', label: 'Taxable', kind: 'boolean', description: 'Whether tax applies' },
				{ key: 'isFreeShipping', label: 'Free Shipping', kind: 'boolean', description: 'Whether it ships free' },
				{ key: 'weight', label: 'Weight', kind: 'number', description: 'Shipping weight, as a whole number as in Rebillia’s examples' },
			],
		}),
	],
	validate(request) {
		const amount = (request.body as IDataObject | undefined)?.amount;
		if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0) {
			throw new NodeOperationError(this.getNode(), '"Amount" must be a whole number of cents above 0', {
				itemIndex: this.getItemIndex(),
				description: `Got ${String(amount)}; for 100.00 enter 10000.`,
			});
		}
	},
});
