import { defineOperation } from '../../../shared/operations';
import { ratePlanLocator } from '../../shared/locators';
import { rebillia } from '../../shared/api';

export const sync = defineOperation(rebillia, {
	value: 'sync',
	name: 'Sync',
	action: 'Sync a rate plan',
	description: 'Sync a rate plan with the connected integrations; Rebillia answers with no body, so the output is {"success": true}',
	method: 'POST',
	path: '/product-rateplans/{ratePlanId}/sync',
	properties: [ratePlanLocator()],
});
