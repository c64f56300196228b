import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';
import { CHARGE_CREDIT_TYPES } from './types';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a charge or credit',
	description: "Add a one-off charge or credit to a customer's account; the next invoice bills it",
	method: 'POST',
	path: '/customers/{customerId}/charges_credits',
	properties: [
		customerLocator(),
		bodyProperty({
			key: 'type',
			label: 'Type',
			kind: 'options',
			options: CHARGE_CREDIT_TYPES,
			default: 'charge',
			required: true,
		}),
		bodyProperty({ key: 'amount', label: 'Amount (Cents)', kind: 'cents', positive: true, required: true }, { typeOptions: { minValue: 1 } }),
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
				{ key: 'weight', label: 'Weight', kind: 'hundredths' },
			],
		}),
	],
});
