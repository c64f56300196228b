import { includeOption } from '../../shared/fields';

/** The relations a subscription can embed. */
export const subscriptionInclude = includeOption([
	['Charge Tiers', 'chargeTier'],
	['Last Bill Run', 'lastBillRun'],
	['Rate Plan Charges', 'rateplanCharge'],
	['Rate Plans', 'rateplan'],
]);
