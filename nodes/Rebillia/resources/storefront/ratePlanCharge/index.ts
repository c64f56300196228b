import type { ResourceSpec } from '../../../../shared/operations';
import { getExternalProduct } from './getExternalProduct';
import { schedule } from './schedule';
import { updateExternal } from './updateExternal';

export const ratePlanCharge: ResourceSpec = {
	name: 'Rate Plan Charge',
	value: 'storefrontRatePlanCharge',
	operations: [getExternalProduct, updateExternal, schedule],
	defaultOperation: 'getExternalProduct',
};
