import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { listFields } from '../../shared/fields';
import { subscriptionLocator } from '../../shared/locators';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many subscription rate plans',
	description: 'List the rate plans of a subscription, with their charges',
	method: 'GET',
	path: '/subscriptions/{subscriptionId}/rateplans',
	output: 'list',
	properties: [subscriptionLocator(), ...listFields()],
});
