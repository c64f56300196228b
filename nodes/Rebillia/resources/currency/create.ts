import type { IDataObject } from 'n8n-workflow';
import { bodyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { requireRebilliaId } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';
import { currencyProperties } from './currencyFields';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a company currency',
	description: 'Add a currency the company bills in',
	method: 'POST',
	path: '/currencies',
	validate(request) {
		const body = (request.body ?? {}) as IDataObject;
		if (!(Number(body.currencyId) > 0)) requireRebilliaId(this, 'Currency ID', '');
	},
	properties: [
		bodyField(
			{
				displayName: 'Currency ID',
				name: 'currencyId',
				type: 'number',
				required: true,
				default: 0,
				placeholder: 'e.g. 124',
				description: "Rebillia's ID of the currency to add, e.g. 124 for USD (the ID inside a company currency's currency object)",
			},
			'currencyId',
		),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: currencyProperties('additionalFields'),
		},
	],
});
