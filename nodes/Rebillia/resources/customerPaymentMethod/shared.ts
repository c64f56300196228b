import { streetFields } from '../../shared/coreBodies';
import type { FieldSpec } from '../../shared/coreFields';
import { idField } from '../../shared/coreFields';

export const paymentMethodIdField = idField({
	displayName: 'Payment Method ID',
	name: 'paymentMethodId',
	placeholder: 'e.g. 44',
	description: 'The ID of one of the customer’s payment methods (Get Many lists them)',
});

export const billingAddressField: FieldSpec = {
	key: 'billingAddress',
	label: 'Billing Address',
	kind: 'object',
	entry: 'Address',
	fields: streetFields,
};

export const gatewayField: FieldSpec = {
	key: 'companyGatewayId',
	label: 'Gateway',
	kind: 'id',
	loadOptions: 'getGateways',
	required: true,
};

const text = (key: string, label: string, placeholder: string, description?: string): FieldSpec => ({
	key,
	label,
	kind: 'text',
	placeholder,
	...(description ? { description } : {}),
});

export const accountFields = {
	accountName: text('accountName', 'Account Name', 'e.g. Marta Morales', 'Name of the card or account holder'),
	accountType: text('accountType', 'Account Type', 'e.g. checking', 'Card brand or bank account type, e.g. Visa or checking'),
	accountKind: text('accountKind', 'Account Kind', 'e.g. business', 'Personal or business account'),
	accountNumber: text('accountNumber', 'Account Number', 'e.g. 4242', 'Account number (ACH), or the last digits of a card'),
	bankName: text('bankName', 'Bank Name', 'e.g. First Bank'),
	routingNumber: text('routingNumber', 'Routing Number', 'e.g. 110000000'),
};
