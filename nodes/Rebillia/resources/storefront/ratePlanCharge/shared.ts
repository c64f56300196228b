import { idLocator } from '../../../shared/fields';

export const ratePlanChargeIdField = idLocator({
	displayName: 'Rate Plan Charge ID',
	name: 'ratePlanChargeId',
	noun: 'rate plan charge',
	example: 4,
	description: 'A charge of one of the shopper’s subscriptions (Subscription: Get shows them)',
});
