import type { IDataObject } from 'n8n-workflow';
import { idField, includeField } from '../../../shared/storefrontFields';

export const subscriptionIdField = idField({
	displayName: 'Subscription',
	name: 'subscriptionId',
	noun: 'subscription',
	example: 1,
	searchListMethod: 'searchShopperSubscriptions',
	description: "One of the shopper's subscriptions",
});

export const subscriptionInclude = includeField([
	{ name: 'Charge Tiers', value: 'chargeTier' },
	{ name: 'External Address', value: 'externalAddress' },
	{ name: 'External Rate Plan Charges', value: 'externalRatePlanCharges' },
	{ name: 'Product', value: 'product' },
	{ name: 'Product Rate Plan Charges', value: 'productRateplanCharge' },
]);

/** Relations a subscription carries when asked for with Include; Simplify keeps them. */
const RELATIONS = ['ratePlan', 'rateplan', 'product', 'externalProduct', 'externalAddress', 'externalRatePlanCharges'];

const idOf = (value: unknown) => (value && typeof value === 'object' ? ((value as IDataObject).id ?? null) : null);

/** The subscription's own fields, the ids of what it links to, and any included relation. */
export function simplifyShopperSubscription(record: IDataObject): IDataObject {
	const simple: IDataObject = {
		id: record.id,
		name: record.name,
		status: record.status,
		nextCharge: record.nextCharge,
		lastCharge: record.lastCharge,
		recurringChargeAmount: record.recurringChargeAmount,
		shippingAmount: record.shippingAmount,
		paymentMethodId: idOf(record.customerPaymentMethod),
		externalAddressId: record.externalAddressId ?? null,
		createdAt: record.createdAt,
		updatedAt: record.updatedAt,
	};
	for (const relation of RELATIONS) if (record[relation] !== undefined) simple[relation] = record[relation];
	return simple;
}
