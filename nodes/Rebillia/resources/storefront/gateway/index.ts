import type { ResourceSpec } from '../../../../shared/operations';
import { getClientToken } from './getClientToken';

export const gateway: ResourceSpec = {
	name: 'Gateway',
	value: 'storefrontGateway',
	operations: [getClientToken],
	defaultOperation: 'getClientToken',
};
