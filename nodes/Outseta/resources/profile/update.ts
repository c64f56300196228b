import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { uidField } from '../../shared/descriptions';
import { personUpdateFields } from '../person/personFields';
import { requireUserToken, userTokenNotice } from './shared';

export const update = defineOperation(outseta, {
	value: 'update',
	name: 'Update',
	action: 'Update the profile of the signed-in person',
	description: 'Change the profile of the person the user token belongs to (needs the User Token authentication)',
	method: 'PUT',
	path: '/profile',
	properties: [
		userTokenNotice,
		{
			...uidField('Person Uid', 'personUid', 'e.g. 4XQYqQPB', "The signed-in person's Uid (Profile: Get returns it); Outseta checks it matches the token"),
			routing: { send: { type: 'body', property: 'Uid' } },
		},
		personUpdateFields,
	],
	validate: requireUserToken,
});
