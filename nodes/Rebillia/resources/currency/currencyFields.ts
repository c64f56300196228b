import type { INodeProperties } from 'n8n-workflow';
import { bodyField } from '../../../shared/fields';
import { extraPropertiesField } from '../../shared/catalogSettingsFields';

/** A company currency's own settings, in a collection. */
export function currencyProperties(collection: string): INodeProperties[] {
	return [
		bodyField(
			{
				displayName: 'Conversion Rate',
				name: 'conversionRate',
				type: 'number',
				typeOptions: { numberPrecision: 6 },
				default: 1,
				description: "Conversion rate against the company's default currency, as a decimal, e.g. 1.25",
			},
			'conversionRate',
		),
		bodyField(
			{ displayName: 'Fixed Rate', name: 'fixedRate', type: 'boolean', default: true, description: 'Whether Rebillia keeps the Conversion Rate fixed' },
			'fixedRate',
		),
		extraPropertiesField(collection, '{"conversionRate": 1.1}'),
	];
}
