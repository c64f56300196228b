import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { DECIMAL, DECIMAL_HINT, isBlank, refuse, textSpec } from './fields';
import type { FieldSpec } from './fields';
import { subscriptionCharges } from './charges';

/** The nested bodies of the `rebillia` node: addresses, invoice lines, a new subscription's rate plans. */

const text = textSpec;

const countryIdField: FieldSpec = {
	key: 'countryId',
	label: 'Country ID',
	kind: 'id',
	example: 240,
	description: "Rebillia's numeric ID of the country (240 is the United States); Rebillia offers no list of countries to pick from",
};

/** Rebillia documents an address's type as residential or business. */
export const addressTypeField: FieldSpec = {
	key: 'type',
	label: 'Address Type',
	kind: 'options',
	options: [
		{ name: 'Business', value: 'business' },
		{ name: 'Residential', value: 'residential' },
	],
	description: 'Whether the address is a home or a business',
};

/** Street, city, state, zip and country: the parts every Rebillia address has. */
export const streetFields: FieldSpec[] = [
	text('street1', 'Street', 'e.g. 123 Main St'),
	text('street2', 'Street Line 2', 'e.g. Suite 5'),
	text('city', 'City', 'e.g. Barboursville'),
	text('state', 'State', 'e.g. Virginia'),
	text('zip', 'Zip', 'e.g. 22923'),
	countryIdField,
];

/** Who to contact at an address; `company` is where the request names the contact's company. */
const contactFields = (company: string): FieldSpec[] => [
	text('contactName', 'Contact Name', 'e.g. Mike Smith'),
	text(company, company === 'company' ? 'Company' : 'Contact Company', 'e.g. Acme Inc'),
	text('contactEmail', 'Contact Email', 'e.g. name@email.com'),
	text('contactPhone', 'Contact Phone', 'e.g. 404 55 5555'),
];

/** An invoice's billing or shipping address. */
export const invoiceAddressFields: FieldSpec[] = [addressTypeField, ...contactFields('contactCompany'), ...streetFields];

/** An entry of a customer's address book. */
export const addressBookFields: FieldSpec[] = [
	text('name', 'Address Name', 'e.g. Home', 'A name for this address in the address book'),
	addressTypeField,
	...contactFields('company'),
	...streetFields,
];

/** Rate plans of a new subscription: each from a product rate plan, with its charges and their tiers. */
export const subscriptionRatePlans = (key: 'ratePlan' | 'rateplan'): FieldSpec => ({
	key,
	label: 'Rate Plans',
	kind: 'list',
	entry: 'Rate Plan',
	fields: [
		text('name', 'Name', 'e.g. Monthly'),
		{
			key: 'productRatePlanId',
			label: 'Product Rate Plan',
			kind: 'id',
			example: 7,
			loadOptions: 'getRatePlans',
			description: 'The product rate plan this plan is based on',
		},
		subscriptionCharges,
	],
});

/** Invoice lines. */
export const invoiceLines: FieldSpec = {
	key: 'detail',
	label: 'Lines',
	kind: 'list',
	entry: 'Line',
	fields: [
		text('description', 'Description', 'e.g. Setup fee'),
		{ key: 'qty', label: 'Quantity', kind: 'number', default: 1 },
		{ key: 'amount', label: 'Unit Amount (Decimal)', kind: 'text', placeholder: 'e.g. 20.00', description: DECIMAL, hint: DECIMAL_HINT, required: true },
		{ key: 'total', label: 'Total (Decimal)', kind: 'text', placeholder: 'e.g. 40.00', description: `Line total. ${DECIMAL}.`, hint: DECIMAL_HINT },
		{ key: 'taxRate', label: 'Tax Rate', kind: 'number', description: 'Tax rate of the line in percent, e.g. 3' },
		{ key: 'chargeCreditId', label: 'Charge/Credit ID', kind: 'id', example: 52, description: 'A charge or credit of the customer this line bills' },
	],
};

/** A card or bank account's holder, kind and numbers. */
export const accountFields = {
	accountName: text('accountName', 'Account Name', 'e.g. Marta Morales', 'Name of the card or account holder'),
	accountType: text('accountType', 'Account Type', 'e.g. checking', 'Card brand or bank account type, e.g. Visa or checking'),
	accountKind: text('accountKind', 'Account Kind', 'e.g. business', 'Personal or business account'),
	accountNumber: text('accountNumber', 'Account Number', 'e.g. 000123456789', 'Account number (ACH), or the last digits of a card'),
	bankName: text('bankName', 'Bank Name', 'e.g. First Bank'),
	routingNumber: text('routingNumber', 'Routing Number', 'e.g. 110000000'),
};

const ACH = 'Required for a bank account (ACH)';

/** The optional fields of a new card or bank account, in the company's node and the shopper's. */
export const paymentAccountFields: FieldSpec[] = [
	accountFields.accountName,
	accountFields.accountType,
	accountFields.accountKind,
	{ ...accountFields.accountNumber, description: ACH },
	{ ...accountFields.bankName, description: ACH },
	{ ...accountFields.routingNumber, description: ACH },
];

/** A new payment method's type. */
export const paymentMethodType: FieldSpec = {
	key: 'type',
	label: 'Type',
	kind: 'options',
	options: [
		{ name: 'Bank Account (ACH)', value: 'ACH' },
		{ name: 'Card', value: 'card' },
	],
	default: 'card',
	required: true,
};

/** Refuses a new bank account (ACH) without its account number, bank name and routing number. */
export function requireAchDetails(context: IExecuteSingleFunctions, body: IDataObject): void {
	if (body.type !== 'ACH') return;
	for (const field of paymentAccountFields.slice(3)) {
		if (isBlank(body[field.key])) refuse(context, `"${field.label}" is required for a bank account (ACH)`);
	}
}

/** The billing address of a customer's payment method. */
export const billingAddressField: FieldSpec = { key: 'billingAddress', label: 'Billing Address', kind: 'object', entry: 'Address', fields: streetFields };

export const paymentTypeOptions = [
	{ name: 'Offline Payment Provider', value: 'offlinePaymentProvider' },
	{ name: 'Third-Party Payment Provider', value: 'thirdPartyPaymentProvider' },
	{ name: 'Wallet Payment Provider', value: 'walletPaymentProvider' },
];
