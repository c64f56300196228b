import type { FieldSpec } from '../../shared/fields';

/** A company currency's own settings (create and update take the same). */
export const currencyFields: FieldSpec[] = [
	{
		key: 'conversionRate',
		label: 'Conversion Rate',
		kind: 'number',
		default: 1,
		typeOptions: { numberPrecision: 6 },
		description: "Conversion rate against the company's default currency, as a decimal, e.g. 1.25",
	},
	{ key: 'fixedRate', label: 'Fixed Rate', kind: 'boolean', default: true, description: 'Whether Rebillia keeps the Conversion Rate fixed' },
];

export const CURRENCY_EXTRA_EXAMPLE = '{"conversionRate": 1.1}';
