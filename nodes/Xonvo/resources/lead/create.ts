import type { IDataObject } from 'n8n-workflow';
import { bodyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { xonvo } from '../../shared/api';
import { acquiredAtField, extraPropertiesField } from '../../shared/descriptions';
import { checkLead, leadTextFields, placeAndConsentFields, placeAndConsentNotice } from '../../shared/leads';

const required = (displayName: string, name: string, placeholder: string) =>
	bodyField({ displayName, name, type: 'string', required: true, default: '', placeholder }, name);

export const create = defineOperation(xonvo, {
	value: 'create',
	name: 'Create',
	action: 'Add a lead',
	description: 'Add one lead; XONVO starts its conversation with them',
	method: 'POST',
	path: '/lead',
	properties: [
		required('First Name', 'firstName', 'e.g. John'),
		required('Last Name', 'lastName', 'e.g. Smith'),
		{ ...required('Phone', 'phone', 'e.g. +13331118888'), description: 'With the country code, e.g. +1…' },
		acquiredAtField(),
		placeAndConsentNotice,
		...placeAndConsentFields().map((field) => bodyField(field, field.name)),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...leadTextFields().map((field) => bodyField(field, field.name)),
				extraPropertiesField('additionalFields', '{"sourceId": "web"}'),
			],
		},
	],
	validate(request) {
		checkLead(this, (request.body ?? {}) as IDataObject);
	},
});
