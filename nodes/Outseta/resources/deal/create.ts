import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { fieldCollection, textField, writeOptions } from '../../shared/descriptions';
import { dealProperties, stageField } from './dealFields';

export const create = defineOperation(outseta, {
	value: 'create',
	name: 'Create',
	action: 'Create a deal',
	description: 'Add a deal to a pipeline stage',
	method: 'POST',
	path: '/crm/deals',
	properties: [
		textField('Name', 'name', 'Name', 'e.g. Website redesign', { required: true }),
		stageField(true),
		fieldCollection('additionalFields', dealProperties('additionalFields')),
		writeOptions,
	],
});
