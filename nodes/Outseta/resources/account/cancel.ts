import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { accountLocatorInBody, bodyField } from '../../shared/descriptions';

export const cancel = defineOperation(outseta, {
	value: 'cancel',
	name: 'Cancel',
	action: 'Cancel an account',
	description:
		'Request cancellation of a subscribing account; it moves to Cancelling and expires at renewal',
	method: 'PUT',
	path: '/crm/accounts/cancellation/{accountId}',
	properties: [
		accountLocatorInBody,
		bodyField(
			{
				displayName: 'Reason',
				name: 'reason',
				type: 'string',
				default: '',
				placeholder: 'e.g. Too expensive',
			},
			'CancelationReason',
		),
		bodyField(
			{
				displayName: 'Comment',
				name: 'comment',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
			},
			'Comment',
		),
	],
});
