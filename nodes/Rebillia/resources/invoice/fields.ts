import type { FieldSpec } from '../../shared/fields';
import { invoiceAddressFields, paymentTypeOptions } from '../../shared/bodies';

const address = (key: string, label: string): FieldSpec => ({ key, label, kind: 'object', entry: 'Address', fields: invoiceAddressFields });

/** The invoice body fields besides the customer and the lines (create and update take the same). */
export const invoiceFields: FieldSpec[] = [
	{ key: 'customerName', label: 'Customer Name', kind: 'text', placeholder: 'e.g. Zachary Taylor', description: "Empty: the customer's name" },
	{ key: 'customerEmail', label: 'Customer Email', kind: 'text', placeholder: 'e.g. name@email.com', description: "Empty: the customer's email" },
	{ key: 'customerPhone', label: 'Customer Phone', kind: 'text', placeholder: 'e.g. 404 55 4444' },
	{ key: 'companyCurrencyId', label: 'Currency', kind: 'id', loadOptions: 'getCurrencies' },
	{ key: 'companyGatewayId', label: 'Gateway', kind: 'id', loadOptions: 'getGateways' },
	{ key: 'paymentMethodId', label: 'Payment Method ID', kind: 'id', example: 44, description: "One of the customer's payment methods" },
	{ key: 'paymentType', label: 'Payment Type', kind: 'options', options: paymentTypeOptions, default: 'thirdPartyPaymentProvider' },
	{ key: 'dateFrom', label: 'Period Start', kind: 'date', description: 'First day the invoice covers' },
	{ key: 'dateTo', label: 'Period End', kind: 'date', description: 'Last day the invoice covers' },
	{ key: 'dateDue', label: 'Due Date', kind: 'date', description: 'Day the invoice is due' },
	{ key: 'terms', label: 'Terms', kind: 'text', placeholder: 'e.g. onReceipt', description: 'Payment terms, e.g. onReceipt' },
	{ key: 'comments', label: 'Comments', kind: 'text', placeholder: 'e.g. Thank you for your order', typeOptions: { rows: 2 } },
	address('billingAddress', 'Billing Address'),
	address('shippingAddress', 'Shipping Address'),
	{ key: 'shippingAmount', label: 'Shipping Amount (Cents)', kind: 'cents' },
	{ key: 'shippingServiceId', label: 'Shipping Service', kind: 'text', placeholder: 'e.g. A01', description: 'Code of the shipping service' },
	{ key: 'shippingCompanyIntegrationId', label: 'Shipping Integration', kind: 'id', loadOptions: 'getIntegrations' },
	{ key: 'taxCompanyIntegrationId', label: 'Tax Integration', kind: 'id', loadOptions: 'getIntegrations' },
];
