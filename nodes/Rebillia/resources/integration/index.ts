import type { ResourceSpec } from '../../../shared/operations';
import { get } from './get';
import { getAll } from './getAll';
import { getAllByKeyName } from './getAllByKeyName';
import { getByKeyName } from './getByKeyName';
import { getExternalInvoices } from './getExternalInvoices';
import { getExternalProduct } from './getExternalProduct';
import { getExternalProducts } from './getExternalProducts';
import { getOrderStatuses } from './getOrderStatuses';

export const integration: ResourceSpec = {
	name: 'Integration',
	value: 'integration',
	description: 'E-commerce, shipping and tax integrations, with their store products, orders and statuses',
	operations: [getAll, get, getByKeyName, getAllByKeyName, getExternalInvoices, getExternalProducts, getExternalProduct, getOrderStatuses],
	defaultOperation: getAll.spec.value,
};
