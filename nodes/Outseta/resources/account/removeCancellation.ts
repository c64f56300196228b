import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { accountLocator } from '../../shared/descriptions';

export const removeCancellation = defineOperation(outseta, {
	value: 'removeCancellation',
	name: 'Remove Cancellation',
	action: 'Remove the cancellation of an account',
	description: 'Withdraw a pending cancellation request',
	method: 'PUT',
	path: '/crm/accounts/removecancellation/{accountId}',
	properties: [accountLocator],
});
