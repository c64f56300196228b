import { locatorField } from '../../../shared/fields';
import { inBody } from './body';
import { optionsOf } from './numbered';

/** Accounts: their stages, the account picker, and the memberships of people in an account. */

export const ACCOUNT_STAGE_LABELS: Record<number, string> = {
	1: 'Demo',
	2: 'Trialing',
	3: 'Subscribing',
	4: 'Cancelling',
	5: 'Expired',
	6: 'Trial Expired',
	7: 'Past Due',
};
export const accountStageOptions = optionsOf(ACCOUNT_STAGE_LABELS);

export const accountLocator = locatorField({
	displayName: 'Account',
	name: 'accountId',
	noun: 'account',
	searchListMethod: 'searchAccounts',
	idPlaceholder: 'e.g. KaWx1mVr',
});

export const accountLocatorInBody = inBody(accountLocator, 'Account');

/** A membership of a person in an account, picked from the account's people. */
export const membershipLocator = locatorField({
	displayName: 'Membership',
	name: 'membershipId',
	noun: 'person on the account',
	searchListMethod: 'searchMemberships',
	idPlaceholder: 'e.g. wDQ2w9V6',
	description:
		"The person's membership in the account: pick the person, or give the membership Uid (listed under Memberships by Account: Get)",
});
