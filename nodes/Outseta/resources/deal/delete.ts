import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { dealLocator } from '../../shared/descriptions';

export const remove = defineOperation(outseta, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a deal',
	description: 'Delete a deal',
	method: 'DELETE',
	path: '/crm/deals/{dealId}',
	output: 'deleted',
	properties: [dealLocator],
});
