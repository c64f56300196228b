import { defineOperation } from '../../../shared/operations';
import { xonvo } from '../../shared/api';
import { accountIdField } from '../../shared/descriptions';

export const inactivate = defineOperation(xonvo, {
	value: 'inactivate',
	name: 'Inactivate',
	action: 'Inactivate an account',
	description: 'Switch an account off for good: no new leads or conversations',
	method: 'PUT',
	path: '/accounts/{accountId}/inactivate',
	properties: [accountIdField],
});
