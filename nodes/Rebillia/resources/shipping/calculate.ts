import { bodyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { extraPropertiesField, numberField, textField } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';

export const calculate = defineOperation(rebillia, {
	value: 'calculate',
	name: 'Calculate Rates',
	action: 'Calculate shipping rates',
	description: 'Quote shipping for a package: one result per shipping service, amounts as decimal strings',
	method: 'POST',
	path: '/shipping/calculate',
	properties: [
		textField('Destination Zip', 'zip', 'e.g. 30071', { required: true }),
		textField('Destination Country', 'country', 'e.g. US', { required: true, description: 'Two-letter country code' }),
		bodyField(
			{
				displayName: 'Weight',
				name: 'weight',
				type: 'number',
				required: true,
				default: 0,
				placeholder: 'e.g. 150',
				description: 'Weight of the package, in the unit the shipping integration uses (the collection sends 150)',
			},
			'weight',
		),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				textField('Origin Zip', 'fromZip', 'e.g. 30071'),
				textField('Origin Country', 'fromCountry', 'e.g. US', { description: 'Two-letter country code' }),
				textField('Street 1', 'street1', 'e.g. 123 Main St'),
				textField('Street 2', 'street2', 'e.g. Suite 4'),
				textField('Street 3', 'street3', ''),
				textField('City', 'city', 'e.g. Norcross'),
				textField('State', 'state', 'e.g. GA'),
				bodyField({ displayName: 'Residential', name: 'residential', type: 'boolean', default: true, description: 'Whether the destination is a home address' }, 'residential'),
				textField('Services', 'services', 'e.g. 02', { description: 'Only quote these service codes' }),
				textField('Packaging Type', 'packagingType', 'e.g. 02'),
				numberField('Order Amount', 'orderAmount', 'Value of the order, as a decimal in the currency (e.g. 20 for 20.00)', { typeOptions: { numberPrecision: 2 } }),
				numberField('Item Count', 'itemCount', 'Number of items in the package, e.g. 5'),
				extraPropertiesField('additionalFields', '{"street3": "Building B"}'),
			],
		},
	],
});
