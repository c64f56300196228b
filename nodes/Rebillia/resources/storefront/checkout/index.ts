import type { ResourceSpec } from '../../../../shared/operations';
import { get } from './get';
import { placeOrder } from './placeOrder';

export const checkout: ResourceSpec = {
	name: 'Checkout',
	value: 'storefrontCheckout',
	operations: [get, placeOrder],
	defaultOperation: 'get',
};
