import { defineOperation } from '../../../shared/operations';
import { xonvo } from '../../shared/api';
import { accountIdField } from '../../shared/descriptions';

export const pause = defineOperation(xonvo, {
	value: 'pause',
	name: 'Pause',
	action: 'Pause an account',
	description: 'Hold all conversations of an account until it is unpaused',
	method: 'PUT',
	path: '/accounts/{accountId}/pause',
	properties: [accountIdField],
});
