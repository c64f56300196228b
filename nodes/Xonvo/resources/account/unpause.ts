import { defineOperation } from '../../../shared/operations';
import { xonvo } from '../../shared/api';
import { accountIdField } from '../../shared/descriptions';

export const unpause = defineOperation(xonvo, {
	value: 'unpause',
	name: 'Unpause',
	action: 'Unpause an account',
	description: "Let a paused account's conversations go on",
	method: 'PUT',
	path: '/accounts/{accountId}/unpause',
	properties: [accountIdField],
});
