import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { createGatewayProfile } from './createGatewayProfile';
import { deletePaymentMethod } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { insert } from './insert';
import { update } from './update';

export const customerPaymentMethod: ResourceSpec = {
	name: 'Customer Payment Method',
	value: 'customerPaymentMethod',
	operations: [create, createGatewayProfile, insert, get, getAll, update, deletePaymentMethod],
	defaultOperation: String(getAll.option.value),
};
