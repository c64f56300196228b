import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { paymentMethodIdField } from './shared';
import { bodyCollection } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';
import { billingAddressField } from '../../shared/bodies';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a customer payment method',
	description: "Change the billing address of a customer's payment method",
	method: 'PUT',
	path: '/customers/{customerId}/paymentmethods/{paymentMethodId}',
	properties: [
		customerLocator(),
		paymentMethodIdField,
		bodyCollection({ displayName: 'Update Fields', name: 'updateFields', fields: [billingAddressField] }),
	],
});
