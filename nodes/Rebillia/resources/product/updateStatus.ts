import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { productLocator } from '../../shared/locators';
import { PRODUCT_STATUSES, statusProperty } from '../../shared/statuses';

export const updateStatus = defineOperation(rebillia, {
	value: 'updateStatus',
	name: 'Update Status',
	action: 'Update the status of a product',
	description: 'Publish, disable or otherwise change the status of a product',
	method: 'PUT',
	path: '/products/{productId}/status',
	properties: [productLocator(), statusProperty(PRODUCT_STATUSES, 'published')],
});
