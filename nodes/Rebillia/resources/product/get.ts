import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { optionsCollection } from '../../shared/fields';
import { productLocator } from '../../shared/locators';
import { productInclude } from './productFields';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a product',
	description: 'Get a product; with Include › Rate Plan Charge, its rate plans and their charges too',
	method: 'GET',
	path: '/products/{productId}',
	properties: [productLocator(), optionsCollection([productInclude])],
});
