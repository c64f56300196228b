import type { ResourceSpec } from '../../../../shared/operations';
import { get } from './get';

export const settings: ResourceSpec = {
	name: 'Settings',
	value: 'storefrontSettings',
	operations: [get],
	defaultOperation: 'get',
};
