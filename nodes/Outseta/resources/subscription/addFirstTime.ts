import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { accountLocator, fieldCollection, planAndTerm } from '../../shared/descriptions';
import { accountInBody, addOnsField } from './shared';

export const addFirstTime = defineOperation(outseta, {
	value: 'addFirstTime',
	name: 'Add First Subscription',
	action: 'Add the first subscription of an account',
	description: 'Subscribe an account that has no subscription to a plan, optionally with add-ons; returns the first invoice',
	method: 'PUT',
	path: '/billing/subscriptions/firsttimesubscription',
	properties: [accountInBody(accountLocator), ...planAndTerm('', 'locator'), fieldCollection('additionalFields', [addOnsField])],
});
