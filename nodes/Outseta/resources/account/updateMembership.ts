import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { accountLocatorInBody, bodyField, inBody, membershipLocator, personLocator } from '../../shared/descriptions';

export const updateMembership = defineOperation(outseta, {
	value: 'updateMembership',
	name: 'Update Membership',
	action: 'Update a person membership on an account',
	description: "Change a person's membership, for example to make them the primary contact",
	method: 'PUT',
	path: '/crm/accounts/{accountId}/memberships/{membershipId}',
	properties: [
		accountLocatorInBody,
		membershipLocator,
		inBody(personLocator, 'Person'),
		bodyField(
			{
				displayName: 'Primary',
				name: 'isPrimary',
				type: 'boolean',
				default: true,
				description: 'Whether this person is the primary contact of the account',
			},
			'IsPrimary',
		),
	],
});
