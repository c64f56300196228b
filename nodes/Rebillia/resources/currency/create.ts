import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { CURRENCY_EXTRA_EXAMPLE, currencyFields } from './currencyFields';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a company currency',
	description: 'Add a currency the company bills in',
	method: 'POST',
	path: '/currencies',
	properties: [
		bodyProperty({
			key: 'currencyId',
			label: 'Currency ID',
			kind: 'id',
			numberInput: true,
			example: 124,
			required: true,
			description: "Rebillia's ID of the currency to add, e.g. 124 for USD (the ID inside a company currency's currency object)",
		}),
		bodyCollection({ displayName: 'Additional Fields', name: 'additionalFields', fields: currencyFields, extraExample: CURRENCY_EXTRA_EXAMPLE }),
	],
});
