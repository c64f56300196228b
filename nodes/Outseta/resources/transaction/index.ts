import type { ResourceSpec } from '../../../shared/operations';
import { addPayment } from './addPayment';
import { getAll } from './getAll';

export const transaction: ResourceSpec = { name: 'Transaction', value: 'transaction', operations: [getAll, addPayment], defaultOperation: getAll.spec.value };
