import type { ResourceSpec } from '../../../../shared/operations';
import { getRatePlans } from './getRatePlans';

export const product: ResourceSpec = {
	name: 'Product',
	value: 'storefrontProduct',
	operations: [getRatePlans],
	defaultOperation: 'getRatePlans',
};
