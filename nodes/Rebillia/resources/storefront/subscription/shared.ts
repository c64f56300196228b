import { includeOption, optionsCollection } from '../../../shared/fields';
import { shopperSubscriptionLocator } from '../../../shared/locators';

export const subscriptionIdField = shopperSubscriptionLocator();

export const subscriptionOptions = optionsCollection([
	includeOption([
		['Charge Tiers', 'chargeTier'],
		['External Address', 'externalAddress'],
		['External Rate Plan Charges', 'externalRatePlanCharges'],
		['Product', 'product'],
		['Product Rate Plan Charges', 'productRateplanCharge'],
	]),
]);
