import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { listFields } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';

export const getLogs = defineOperation(rebillia, {
	value: 'getLogs',
	name: 'Get Logs',
	action: 'Get the logs of a customer',
	description: "List the events Rebillia logged for a customer, e.g. a subscription's status change",
	method: 'GET',
	path: '/customers/{customerId}/logs',
	output: 'list',
	properties: [customerLocator(), ...listFields()],
});
