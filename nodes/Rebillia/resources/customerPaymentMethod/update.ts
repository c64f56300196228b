import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { customerLocator } from '../../shared/coreDescriptions';
import { bodyCollection } from '../../shared/coreFields';
import { billingAddressField, paymentMethodIdField } from './shared';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a customer payment method',
	description: "Change the billing address of a customer's payment method",
	method: 'PUT',
	path: '/customers/{customerId}/paymentmethods/{paymentMethodId}',
	properties: [
		customerLocator,
		paymentMethodIdField,
		bodyCollection({ displayName: 'Update Fields', name: 'updateFields', fields: [billingAddressField] }),
	],
});
