import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { listFields } from '../../shared/fields';
import { ratePlanLocator } from '../../shared/locators';

export const getRatePlanLinks = defineOperation(rebillia, {
	value: 'getRatePlanLinks',
	name: 'Get Many Rate Plan Links',
	action: 'Get the store product links of a rate plan',
	description: 'List the store products linked to the charges of a rate plan',
	method: 'GET',
	path: '/product-rateplans/{ratePlanId}/external-products',
	output: 'list',
	properties: [ratePlanLocator(), ...listFields()],
});
