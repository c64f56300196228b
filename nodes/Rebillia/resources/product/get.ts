import { defineOperation } from '../../../shared/operations';
import { productLocator } from '../../shared/catalogLocators';
import { rebillia } from '../../shared/api';
import { productInclude } from './productFields';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a product',
	description: 'Get a product with its rate plans',
	method: 'GET',
	path: '/products/{productId}',
	properties: [
		productLocator(),
		{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: [productInclude] },
	],
});
