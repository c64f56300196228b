import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { idDropdown } from '../../shared/fields';

export const setDefault = defineOperation(rebillia, {
	value: 'setDefault',
	name: 'Set Default',
	action: 'Set the default company currency',
	description: 'Make one of the company’s currencies its default',
	method: 'POST',
	path: '/currencies/default',
	properties: [
		idDropdown({
			label: 'Currency',
			name: 'currencyId',
			loadOptions: 'getCurrencyIds',
			example: 124,
			description: 'One of the company’s currencies, by the currency’s own ID (e.g. 124 for USD)',
			send: { type: 'body', property: 'currencyId' },
		}),
	],
});
