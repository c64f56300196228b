import { bodyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { productLocator } from '../../shared/catalogLocators';
import { rebillia } from '../../shared/api';
import { PRODUCT_STATUSES } from './productFields';

export const updateStatus = defineOperation(rebillia, {
	value: 'updateStatus',
	name: 'Update Status',
	action: 'Update the status of a product',
	description: 'Publish, disable or otherwise change the status of a product',
	method: 'PUT',
	path: '/products/{productId}/status',
	properties: [
		productLocator(),
		bodyField(
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				required: true,
				default: 'published',
				options: PRODUCT_STATUSES.map((status) => ({ name: status.charAt(0).toUpperCase() + status.slice(1), value: status })),
			},
			'status',
		),
	],
});
