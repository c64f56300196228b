import type { ResourceSpec } from '../../../../shared/operations';
import { login } from './login';

export const customer: ResourceSpec = {
	name: 'Customer',
	value: 'storefrontCustomer',
	operations: [login],
	defaultOperation: 'login',
};
