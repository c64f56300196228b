import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { accountLocator, membershipLocator } from '../../shared/descriptions';

export const removePerson = defineOperation(outseta, {
	value: 'removePerson',
	name: 'Remove Person',
	action: 'Remove a person from an account',
	description: 'End a membership; the primary contact cannot be removed',
	method: 'DELETE',
	path: '/crm/accounts/{accountId}/memberships/{membershipId}',
	output: 'deleted',
	properties: [accountLocator, membershipLocator],
});
