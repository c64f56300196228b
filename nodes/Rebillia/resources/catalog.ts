import { assembleResources } from '../../shared/operations';
import { externalProduct } from './externalProduct';
import { product } from './product';
import { ratePlan } from './ratePlan';
import { ratePlanCharge } from './ratePlanCharge';

/** The Rebillia catalog node's resources: products, their rate plans and charges, and store links. */
export const catalogResources = assembleResources([product, ratePlan, ratePlanCharge, externalProduct], 'product');
