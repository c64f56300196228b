import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { listFields } from '../../shared/fields';
import { subscriptionLocator } from '../../shared/locators';

export const getLogs = defineOperation(rebillia, {
	value: 'getLogs',
	name: 'Get Logs',
	action: 'Get the logs of a subscription',
	description: 'List the events Rebillia logged for a subscription, e.g. status changes',
	method: 'GET',
	path: '/subscriptions/{subscriptionId}/logs',
	output: 'list',
	properties: [subscriptionLocator(), ...listFields()],
});
