import type { ResourceSpec } from '../../../../shared/operations';
import { getRatePlans } from './getRatePlans';

export const product: ResourceSpec = {
	name: 'Product',
	value: 'product',
	operations: [getRatePlans],
	defaultOperation: 'getRatePlans',
};
