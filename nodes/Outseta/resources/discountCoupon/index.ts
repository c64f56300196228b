import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';

export const discountCoupon: ResourceSpec = { name: 'Discount Coupon', value: 'discountCoupon', operations: [create], defaultOperation: 'create' };
