import type { FieldSpec } from '../../shared/fields';

export const currencyField: FieldSpec = { key: 'companyCurrencyId', label: 'Currency', kind: 'id', loadOptions: 'getCurrencies' };
export const gatewayField: FieldSpec = { key: 'companyGatewayId', label: 'Gateway', kind: 'id', loadOptions: 'getGateways' };
export const paymentMethodField: FieldSpec = {
	key: 'customerPaymentMethodId',
	label: 'Payment Method ID',
	kind: 'id',
	example: 44,
	description: "One of the customer's payment methods; empty: the customer's default",
};
export const billingAddressIdField: FieldSpec = {
	key: 'billingAddressId',
	label: 'Billing Address ID',
	kind: 'id',
	example: 1,
	description: "An address of the customer's address book to bill to",
};
export const effectiveStartDateField: FieldSpec = {
	key: 'effectiveStartDate',
	label: 'Effective Start Date',
	kind: 'date',
	description: 'First day of the subscription',
};
export const subscriptionNameField: FieldSpec = { key: 'name', label: 'Name', kind: 'text', placeholder: 'e.g. Monthly coffee box' };

/** A field of the customer's own payment methods or addresses as a dropdown, for operations that pick the customer. */
export const fromPickedCustomer = (spec: FieldSpec, loadOptions: string): FieldSpec => ({
	...spec,
	label: spec.label.replace(/ ID$/, ''),
	loadOptions,
	loadOptionsDependsOn: ['customerId.value'],
});
export const customerPaymentMethodField = fromPickedCustomer(paymentMethodField, 'getCustomerPaymentMethods');
export const customerBillingAddressField = fromPickedCustomer(billingAddressIdField, 'getCustomerAddresses');
