import type { ResourceSpec } from '../../../shared/operations';
import { update } from './update';

export const paymentInformation: ResourceSpec = { name: 'Payment Information', value: 'paymentInformation', operations: [update], defaultOperation: 'update' };
