import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { billingAddressIdField, currencyField, effectiveStartDateField, paymentMethodField, subscriptionNameField } from './fields';
import { bodyCollection } from '../../shared/fields';
import { subscriptionLocator } from '../../shared/locators';
import { subscriptionRatePlans } from '../../shared/bodies';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a subscription',
	description: 'Change a subscription, or add rate plans to it (its status has its own operation)',
	method: 'PUT',
	path: '/subscriptions/{subscriptionId}',
	properties: [
		subscriptionLocator(),
		bodyCollection({
			displayName: 'Update Fields',
			name: 'updateFields',
			fields: [
				subscriptionNameField,
				{ key: 'customerId', label: 'Customer ID', kind: 'id', example: 4, description: 'Move the subscription to another customer' },
				currencyField,
				paymentMethodField,
				effectiveStartDateField,
				billingAddressIdField,
				{ ...subscriptionRatePlans('rateplan'), label: 'Add Rate Plans', description: 'Rate plans to add to the subscription' },
			],
		}),
	],
});
