import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import type { FieldSpec } from '../../shared/fields';
import { bodyCollection, bodyProperty, DECIMAL_HINT, textSpec as text } from '../../shared/fields';

const countryCode = (key: string, label: string): FieldSpec => text(key, label, 'e.g. US', 'Two-letter country code');

export const calculate = defineOperation(rebillia, {
	value: 'calculate',
	name: 'Calculate Rates',
	action: 'Calculate shipping rates',
	description: 'Quote shipping for a package: one result per shipping service, amounts as decimal strings',
	method: 'POST',
	path: '/shipping/calculate',
	properties: [
		bodyProperty({ ...text('zip', 'Destination Zip', 'e.g. 30071'), required: true }),
		bodyProperty({ ...countryCode('country', 'Destination Country'), required: true }),
		bodyProperty({
			key: 'weight',
			label: 'Weight',
			kind: 'number',
			placeholder: 'e.g. 150',
			required: true,
			description: 'Weight of the package, in the unit the shipping integration uses (e.g. 150)',
		}),
		bodyCollection({
			displayName: 'Additional Fields',
			name: 'additionalFields',
			fields: [
				text('fromZip', 'Origin Zip', 'e.g. 30071'),
				countryCode('fromCountry', 'Origin Country'),
				text('street1', 'Street 1', 'e.g. 123 Main St'),
				text('street2', 'Street 2', 'e.g. Suite 4'),
				text('street3', 'Street 3', 'e.g. Building B'),
				text('city', 'City', 'e.g. Norcross'),
				text('state', 'State', 'e.g. GA'),
				{ key: 'residential', label: 'Residential', kind: 'boolean', default: true, description: 'Whether the destination is a home address' },
				text('services', 'Services', 'e.g. 02', 'Only quote these service codes'),
				text('packagingType', 'Packaging Type', 'e.g. 02'),
				{
					key: 'orderAmount',
					label: 'Order Amount (Decimal)',
					kind: 'number',
					hint: DECIMAL_HINT,
					typeOptions: { numberPrecision: 2 },
					description: 'Value of the order, as a decimal in the currency (e.g. 20 for 20.00)',
				},
				{ key: 'itemCount', label: 'Item Count', kind: 'number', description: 'Number of items in the package, e.g. 5' },
			],
			extraExample: '{"street3": "Building B"}',
		}),
	],
});
