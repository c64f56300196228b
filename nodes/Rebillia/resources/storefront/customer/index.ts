import type { ResourceSpec } from '../../../../shared/operations';
import { login } from './login';

export const customer: ResourceSpec = {
	name: 'Customer',
	value: 'customer',
	operations: [login],
	defaultOperation: 'login',
};
