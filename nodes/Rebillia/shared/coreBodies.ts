import { CENTS, DECIMAL } from './coreDescriptions';
import type { FieldSpec } from './coreFields';

const text = (key: string, label: string, placeholder: string, description?: string): FieldSpec => ({
	key,
	label,
	kind: 'text',
	placeholder,
	...(description ? { description } : {}),
});

export const countryIdField: FieldSpec = {
	key: 'countryId',
	label: 'Country ID',
	kind: 'id',
	placeholder: 'e.g. 240',
	description: "Rebillia's numeric ID of the country (240 is the United States)",
};

export const addressTypeField = text('type', 'Address Type', 'e.g. residential');

/** Street, city, state, zip and country: the parts every Rebillia address has. */
export const streetFields: FieldSpec[] = [
	text('street1', 'Street', 'e.g. 123 Main St'),
	text('street2', 'Street Line 2', 'e.g. Suite 5'),
	text('city', 'City', 'e.g. Barboursville'),
	text('state', 'State', 'e.g. Virginia'),
	text('zip', 'Zip', 'e.g. 22923'),
	countryIdField,
];

/** An invoice's billing or shipping address. */
export const invoiceAddressFields: FieldSpec[] = [
	addressTypeField,
	text('contactName', 'Contact Name', 'e.g. Mike Smith'),
	text('contactCompany', 'Contact Company', 'e.g. Acme Inc'),
	text('contactEmail', 'Contact Email', 'e.g. name@email.com'),
	text('contactPhone', 'Contact Phone', 'e.g. 404 55 5555'),
	...streetFields,
];

/** An entry of a customer's address book. */
export const addressBookFields: FieldSpec[] = [
	text('name', 'Address Name', 'e.g. Home', 'A name for this address in the address book'),
	addressTypeField,
	text('contactName', 'Contact Name', 'e.g. Mike Smith'),
	text('contactEmail', 'Contact Email', 'e.g. name@email.com'),
	text('contactPhone', 'Contact Phone', 'e.g. 404 55 5555'),
	text('company', 'Company', 'e.g. Acme Inc'),
	...streetFields,
];

/** A price tier of a charge. */
export const chargeTierList: FieldSpec = {
	key: 'chargeTier',
	label: 'Price Tiers',
	kind: 'list',
	entry: 'Tier',
	fields: [
		{ key: 'tier', label: 'Tier', kind: 'number', default: 1, description: 'Position of the tier, from 1' },
		{ key: 'price', label: 'Price', kind: 'number', description: CENTS },
		text('currency', 'Currency', 'e.g. USD', 'ISO code of the currency of the price'),
		text('startingUnit', 'Starting Unit', 'e.g. 1', 'First unit this tier prices'),
		text('endingUnit', 'Ending Unit', 'e.g. 10', 'Last unit this tier prices'),
		text('priceFormat', 'Price Format', 'e.g. flatFee'),
	],
};

const day = (key: string, label: string, description: string): FieldSpec => ({ key, label, kind: 'date', description });
const number = (key: string, label: string, description: string): FieldSpec => ({ key, label, kind: 'number', description });
const flag = (key: string, label: string, description: string): FieldSpec => ({ key, label, kind: 'boolean', description });

/**
 * The settings of a subscription rate-plan charge, as Rebillia's examples send them. The
 * collection shows one or two values per setting, so they are free text with those values as
 * examples rather than fixed lists.
 */
function chargeSettings(variant: 'create' | 'update'): FieldSpec[] {
	return [
		text('description', 'Description', 'e.g. Monthly box'),
		text('chargeType', 'Charge Type', 'e.g. recurring'),
		text('chargeModel', 'Charge Model', 'e.g. flatFeePricing', 'How the charge is priced, e.g. flatFeePricing, perUnitPricing or tieredPricing'),
		...(variant === 'create' ? [text('category', 'Category', 'e.g. physical', 'Physical or digital goods')] : []),
		number('quantity', 'Quantity', 'Number of units charged'),
		text('billCycleType', 'Bill Cycle Type', 'e.g. defaultFromCustomer', 'When in the period the charge bills, e.g. defaultFromCustomer or specificDayOfWeek'),
		number('billCycleDay', 'Bill Cycle Day', 'Day of the month the charge bills on'),
		text('weeklyBillCycleDay', 'Weekly Bill Cycle Day', 'e.g. monday'),
		text('billingPeriod', 'Billing Period', 'e.g. month', 'Length of a billing period, e.g. month or week'),
		number('specificBillingPeriod', 'Specific Billing Period', 'Number of periods in one billing cycle'),
		text('billingPeriodAlignment', 'Billing Period Alignment', 'e.g. alignToCharge'),
		text('billingTiming', 'Billing Timing', 'e.g. inAdvance'),
		day('effectiveStartDate', 'Effective Start Date', 'First day of the charge'),
		day('effectiveEndDate', 'Effective End Date', 'Last day of the charge'),
		...(variant === 'create' ? [day('startingDate', 'Starting Date', 'Day the charge starts billing')] : []),
		text('endDateCondition', 'End Date Condition', 'e.g. subscriptionEnd'),
		day('specificEndDate', 'Specific End Date', 'End day, when the end date condition asks for one'),
		number('numberOfPeriods', 'Number of Periods', 'Number of billing periods'),
		number('upToPeriods', 'Up to Periods', 'Bill for at most this many periods'),
		text('upToPeriodsType', 'Up to Periods Type', 'e.g. billingPeriods'),
		flag('taxable', 'Taxable', 'Whether tax applies to the charge'),
		text('taxCode', 'Tax Code', 'e.g. P0000000'),
		text('taxMode', 'Tax Mode', 'e.g. taxExclusive'),
		number('weight', 'Weight', 'Shipping weight, as a whole number as in Rebillia’s examples'),
		...(variant === 'create' ? [flag('isFreeShipping', 'Free Shipping', 'Whether the charge ships free')] : []),
	];
}

export const chargeCreateSettings = chargeSettings('create');
export const chargeUpdateSettings = chargeSettings('update');

/** A charge inside a rate plan being created: the product's charge it comes from, its name, settings and tiers. */
const chargeEntry: FieldSpec = {
	key: 'ratePlanCharge',
	label: 'Charges',
	kind: 'list',
	entry: 'Charge',
	fields: [
		{
			key: 'productRatePlanChargeId',
			label: 'Product Rate Plan Charge ID',
			kind: 'id',
			placeholder: 'e.g. 79',
			description: 'The charge of the product rate plan this charge is based on',
		},
		text('name', 'Name', 'e.g. Monthly box'),
		{
			key: 'settings',
			label: 'Charge Settings',
			kind: 'collection',
			fields: chargeSettings('create').filter((field) => field.key !== 'startingDate' && field.key !== 'isFreeShipping'),
		},
		chargeTierList,
	],
};

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
			label: 'Product Rate Plan ID',
			kind: 'id',
			placeholder: 'e.g. 7',
			description: 'The product rate plan this plan is based on',
		},
		chargeEntry,
	],
});

/** The charges of a rate plan added to an existing subscription. */
export const ratePlanCharges: FieldSpec = chargeEntry;

/** Invoice lines. */
export const invoiceLines: FieldSpec = {
	key: 'detail',
	label: 'Lines',
	kind: 'list',
	entry: 'Line',
	fields: [
		text('description', 'Description', 'e.g. Setup fee'),
		{ key: 'qty', label: 'Quantity', kind: 'number', default: 1 },
		{ key: 'amount', label: 'Unit Amount', kind: 'text', placeholder: 'e.g. 20.00', description: DECIMAL, required: true },
		{ key: 'total', label: 'Total', kind: 'text', placeholder: 'e.g. 40.00', description: `Line total. ${DECIMAL}.` },
		{ key: 'taxRate', label: 'Tax Rate', kind: 'number', description: 'Tax rate of the line in percent, e.g. 3' },
		{
			key: 'chargeCreditId',
			label: 'Charge/Credit ID',
			kind: 'id',
			placeholder: 'e.g. 52',
			description: 'A charge or credit of the customer this line bills',
		},
	],
};

export const paymentTypeOptions = [
	{ name: 'Offline Payment Provider', value: 'offlinePaymentProvider' },
	{ name: 'Third-Party Payment Provider', value: 'thirdPartyPaymentProvider' },
	{ name: 'Wallet Payment Provider', value: 'walletPaymentProvider' },
];
