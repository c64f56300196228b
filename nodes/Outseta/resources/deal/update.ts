import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { dealLocator, fieldCollection, textField, writeOptions } from '../../shared/descriptions';
import { dealProperties, stageField } from './dealFields';

export const update = defineOperation(outseta, {
	value: 'update',
	name: 'Update',
	action: 'Update a deal',
	description: 'Change some properties of a deal; the ones left out keep their values',
	method: 'PUT',
	path: '/crm/deals/{dealId}',
	properties: [
		// Outseta wants the deal's Uid in the body too.
		{ ...dealLocator, routing: { send: { type: 'body', property: 'Uid' } } },
		fieldCollection('updateFields', [
			textField('Name', 'name', 'Name', 'e.g. Website redesign'),
			{ ...stageField(false), displayName: 'Pipeline Stage Uid' },
			...dealProperties('updateFields'),
		]),
		writeOptions,
	],
});
