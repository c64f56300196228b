import { defineOperation } from '../../../shared/operations';
import { xonvo } from '../../shared/api';
import { accountIdField, leadExternalIdField } from '../../shared/descriptions';

export const stop = defineOperation(xonvo, {
	value: 'stop',
	name: 'Stop',
	action: 'Stop a lead',
	description: "Send the lead no more campaign messages in the current conversation (Reset starts a new one)",
	method: 'PUT',
	path: '/accounts/{accountId}/leads/{leadExternalId}/stop',
	properties: [accountIdField, leadExternalIdField],
});
