import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';

export const get = defineOperation(rebilliaStorefront, {
	value: 'get',
	name: 'Get',
	action: 'Get the storefront settings',
	description: 'What the store lets shoppers do with their subscriptions, its checkout options and payment gateways',
	method: 'GET',
	path: '/{publicKey}/settings',
});
