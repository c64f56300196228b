import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { personLocator } from '../../shared/descriptions';

export const remove = defineOperation(outseta, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a person',
	description: 'Delete a person record',
	method: 'DELETE',
	path: '/crm/people/{personId}',
	output: 'deleted',
	properties: [personLocator],
});
