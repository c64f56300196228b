import { defineOperation } from '../../../shared/operations';
import { xonvo } from '../../shared/api';
import { accountIdField, leadExternalIdField } from '../../shared/descriptions';

export const reset = defineOperation(xonvo, {
	value: 'reset',
	name: 'Reset',
	action: 'Reset a lead',
	description: "Start the lead's conversation over, as if newly added",
	method: 'PUT',
	path: '/accounts/{accountId}/leads/{leadExternalId}/reset',
	properties: [accountIdField, leadExternalIdField],
});
