import type { IDataObject } from 'n8n-workflow';
import { bodyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { xonvo } from '../../shared/api';
import { acquiredAtField, extraPropertiesField } from '../../shared/descriptions';
import { checkLead, leadTextFields, placeAndConsentFields, placeAndConsentNotice } from '../../shared/leads';
import { rememberSent, sentOutput } from './sent';

const required = (displayName: string, name: string, placeholder: string) =>
	bodyField({ displayName, name, type: 'string', required: true, default: '', placeholder }, name);

export const create = defineOperation(xonvo, {
	value: 'create',
	name: 'Create',
	action: 'Create a lead',
	description: 'Create one lead; XONVO starts its conversation with them',
	method: 'POST',
	path: '/lead',
	properties: [
		{
			displayName:
				'XONVO takes a single lead without an account and files it itself. To create leads in a chosen account, use Create Many (a list of one lead works too).',
			name: 'accountNotice',
			type: 'notice',
			default: '',
		},
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
		const lead = (request.body ?? {}) as IDataObject;
		checkLead(this, lead);
		rememberSent(this, { lead: Object.fromEntries(Object.entries(lead).filter(([, value]) => value !== undefined)) });
	},
});

// XONVO answers with an empty body: output the lead that was created, for the next node.
create.output.emptyAnswer = sentOutput({ lead: { firstName: 'John', lastName: 'Smith', phone: '+13331118888', timestamp: '06-23-2021 22:55:23' } });
