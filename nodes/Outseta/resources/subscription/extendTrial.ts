import { readDate } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { OUTSETA_DAY } from '../../shared/dates';
import { accountLocator } from '../../shared/descriptions';

export const extendTrial = defineOperation(outseta, {
	value: 'extendTrial',
	name: 'Extend Trial',
	action: 'Extend the trial of an account',
	description: "Move the end of an account's trial to a later day",
	method: 'PUT',
	// The day travels in the path as yyyy-MM-dd.
	path: '/crm/accounts/extendtrial/{accountId}/{trialEnd}',
	pathValues: {
		trialEnd(value, label) {
			return readDate(this, label, value, OUTSETA_DAY, 'workflow') ?? '';
		},
	},
	properties: [
		accountLocator,
		{ displayName: 'New Trial End', name: 'trialEnd', type: 'dateTime', required: true, default: '', description: 'The day the trial ends now' },
	],
});
