import { defineOperation } from '../../../shared/operations';
import { xonvo } from '../../shared/api';
import { accountIdField, leadExternalIdField } from '../../shared/descriptions';

export const getStatistics = defineOperation(xonvo, {
	value: 'getStatistics',
	name: 'Get Statistics',
	action: 'Get the statistics of a lead',
	description: 'Messages delivered to a lead, when the last one was, and whether the lead qualified',
	method: 'GET',
	path: '/accounts/{accountId}/leads/{leadExternalId}/statistics',
	properties: [accountIdField, leadExternalIdField],
});
