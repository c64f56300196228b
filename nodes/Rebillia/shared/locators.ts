import type { INodeProperties } from 'n8n-workflow';
import { idLocator, type IdOptions } from './fields';

/**
 * Pickers of Rebillia records, by list or by numeric id. Each takes the usual options of a
 * picker (another parameter name, a description, where its id also goes) and otherwise names its
 * parameter as the operations' paths do (`{customerId}`, `{ratePlanId}`, …).
 */

type PickerOptions = Partial<Pick<IdOptions, 'name' | 'description' | 'send' | 'required' | 'collection'>>;

// The same options give the same property object (its id check is a closure): operations that
// share a picker then share one property in the node's description.
const picker = (defaults: { displayName: string; name: string; noun: string; search?: string; example: number; description?: string }) => {
	const made = new Map<string, INodeProperties>();
	return (options: PickerOptions = {}): INodeProperties => {
		const key = JSON.stringify(options);
		if (!made.has(key)) {
			made.set(key, idLocator({ ...defaults, ...options, name: options.name ?? defaults.name, description: options.description ?? defaults.description }));
		}
		return made.get(key)!;
	};
};

// The company's records (nodes with the Rebillia API credential).
export const customerLocator = picker({ displayName: 'Customer', name: 'customerId', noun: 'customer', search: 'searchCustomers', example: 4 });
export const subscriptionLocator = picker({
	displayName: 'Subscription',
	name: 'subscriptionId',
	noun: 'subscription',
	search: 'searchSubscriptions',
	example: 1,
});
export const invoiceLocator = picker({ displayName: 'Invoice', name: 'invoiceId', noun: 'invoice', search: 'searchInvoices', example: 1 });
export const transactionLocator = picker({
	displayName: 'Transaction',
	name: 'transactionId',
	noun: 'transaction',
	search: 'searchTransactions',
	example: 5,
});
export const productLocator = picker({
	displayName: 'Product',
	name: 'productId',
	noun: 'product',
	search: 'searchProducts',
	example: 8,
	description: 'The product, picked from the catalog or by its ID',
});
export const ratePlanLocator = picker({
	displayName: 'Rate Plan',
	name: 'ratePlanId',
	noun: 'rate plan',
	search: 'searchRatePlans',
	example: 7,
	description: 'The product rate plan, picked from the catalog (listed as Product › Rate Plan) or by its ID',
});
export const ratePlanChargeLocator = picker({
	displayName: 'Rate Plan Charge',
	name: 'ratePlanChargeId',
	noun: 'rate plan charge',
	search: 'searchRatePlanCharges',
	example: 79,
	description: 'The product rate plan charge, picked from the catalog (listed as Product › Rate Plan › Charge) or by its ID',
});
export const companyCurrencyLocator = picker({
	displayName: 'Company Currency',
	name: 'companyCurrencyId',
	noun: 'company currency',
	search: 'searchCurrencies',
	example: 44,
	description: "One of the company's currencies, by its company currency ID (not the currency's own ID)",
});
export const companyGatewayLocator = picker({
	displayName: 'Company Gateway',
	name: 'companyGatewayId',
	noun: 'company gateway',
	search: 'searchGateways',
	example: 3412,
	description: "One of the company's payment gateways",
});
export const companyIntegrationLocator = picker({
	displayName: 'Company Integration',
	name: 'companyIntegrationId',
	noun: 'company integration',
	search: 'searchIntegrations',
	example: 8,
	description: "One of the company's integrations (e-commerce, shipping, tax)",
});

// The shopper's records (the storefront node, with the Rebillia Storefront API credential).
export const shopperSubscriptionLocator = picker({
	displayName: 'Subscription',
	name: 'subscriptionId',
	noun: 'subscription',
	search: 'searchShopperSubscriptions',
	example: 1,
	description: "One of the shopper's subscriptions",
});
export const shopperPaymentMethodLocator = picker({
	displayName: 'Payment Method',
	name: 'paymentMethodId',
	noun: 'payment method',
	search: 'searchShopperPaymentMethods',
	example: 44,
	description: 'One of the shopper’s payment methods',
});
export const shopperAddressLocator = picker({
	displayName: 'Store Address',
	name: 'externalId',
	noun: 'address',
	search: 'searchShopperAddresses',
	example: 10,
	description: 'An address from the shopper’s store address book (Address Book: Get Many), sent as externalId',
});
