import type { ResourceSpec } from '../../../shared/operations';
import { addAddOn } from './addAddOn';
import { addDiscount } from './addDiscount';
import { addFirstTime } from './addFirstTime';
import { addFirstTimePreview } from './addFirstTimePreview';
import { change } from './change';
import { changePreview } from './changePreview';
import { extendTrial } from './extendTrial';
import { get } from './get';
import { getAll } from './getAll';
import { setUpgradeRequired } from './setUpgradeRequired';

export const subscription: ResourceSpec = {
	name: 'Subscription',
	value: 'subscription',
	operations: [get, getAll, addFirstTimePreview, addFirstTime, changePreview, change, setUpgradeRequired, extendTrial, addAddOn, addDiscount],
	defaultOperation: 'get',
};
