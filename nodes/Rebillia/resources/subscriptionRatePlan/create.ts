import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { subscriptionLocator } from '../../shared/locators';
import { subscriptionCharges } from '../../shared/charges';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a subscription rate plan',
	description: 'Add a rate plan of a product to a subscription; without charges, those of the product rate plan are used',
	method: 'POST',
	path: '/subscriptions/{subscriptionId}/rateplans',
	properties: [
		subscriptionLocator(),
		bodyProperty({
			key: 'productRateplanId',
			label: 'Product Rate Plan',
			kind: 'id',
			example: 7,
			loadOptions: 'getRatePlans',
			description: 'The product rate plan to add',
			required: true,
		}),
		bodyProperty({ key: 'name', label: 'Name', kind: 'text', placeholder: 'e.g. Monthly', required: true }),
		bodyProperty(subscriptionCharges),
		bodyCollection({ displayName: 'Additional Fields', name: 'additionalFields', fields: [] }),
	],
});
