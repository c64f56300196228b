import type { ResourceSpec } from '../../../../shared/operations';
import { checkSubscription } from './checkSubscription';

export const cart: ResourceSpec = {
	name: 'Cart',
	value: 'storefrontCart',
	operations: [checkSubscription],
	defaultOperation: 'checkSubscription',
};
