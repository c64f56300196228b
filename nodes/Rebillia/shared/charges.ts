import { textSpec } from './fields';
import type { FieldSpec } from './fields';

/**
 * The settings of a charge, described once for both kinds Rebillia has: the charges of product
 * rate plans (the catalog) and the charges of subscriptions. Each endpoint takes its own subset.
 * Rebillia does not document the allowed values of these settings; each names the values its
 * examples use. Prices are whole cents, weights and sizes whole hundredths (as every example
 * converts them: 1251 → "12.51", 150 → "1.5000").
 */

const text = textSpec;
const number = (key: string, label: string, description: string): FieldSpec => ({ key, label, kind: 'number', description });
const flag = (key: string, label: string, description: string): FieldSpec => ({ key, label, kind: 'boolean', description });
const day = (key: string, label: string, description: string): FieldSpec => ({ key, label, kind: 'date', description });
const size = (key: string, label: string): FieldSpec => ({ key, label, kind: 'hundredths' });

const SETTINGS = {
	name: { ...text('name', 'Name', 'e.g. Monthly box'), required: true },
	description: text('description', 'Description', 'e.g. Billed at the start of each month'),
	chargeType: text('chargeType', 'Charge Type', 'e.g. recurring', 'E.g. recurring'),
	chargeModel: text('chargeModel', 'Charge Model', 'e.g. flatFeePricing', 'How the charge is priced, e.g. flatFeePricing, perUnitPricing or tieredPricing'),
	category: text('category', 'Category', 'e.g. physical', 'Physical or digital goods'),
	quantity: number('quantity', 'Quantity', 'Number of units charged'),
	billCycleType: text('billCycleType', 'Bill Cycle Type', 'e.g. defaultFromCustomer', 'How the billing day is chosen, e.g. defaultFromCustomer or specificDayOfWeek'),
	billCycleDay: number('billCycleDay', 'Bill Cycle Day', 'Day of the month the charge bills on, e.g. 1'),
	weeklyBillCycleDay: text('weeklyBillCycleDay', 'Weekly Bill Cycle Day', 'e.g. monday', 'Day of the week the charge bills on, for weekly billing'),
	billingPeriod: text('billingPeriod', 'Billing Period', 'e.g. month', 'Length of a billing period, e.g. month or week'),
	specificBillingPeriod: number('specificBillingPeriod', 'Specific Billing Period', 'Number of billing periods between charges, e.g. 1'),
	billingPeriodAlignment: text('billingPeriodAlignment', 'Billing Period Alignment', 'e.g. alignToCharge'),
	billingTiming: text('billingTiming', 'Billing Timing', 'e.g. inAdvance'),
	effectiveStartDate: day('effectiveStartDate', 'Effective Start Date', 'First day of the charge'),
	effectiveEndDate: day('effectiveEndDate', 'Effective End Date', 'Last day of the charge'),
	startingDate: day('startingDate', 'Starting Date', 'Day the charge starts billing'),
	endDateCondition: text('endDateCondition', 'End Date Condition', 'e.g. subscriptionEnd'),
	specificEndDate: day('specificEndDate', 'Specific End Date', 'End day, when the end date condition asks for one'),
	numberOfPeriods: number('numberOfPeriods', 'Number of Periods', 'How many periods the charge runs for'),
	upToPeriods: number('upToPeriods', 'Up to Periods', 'Bill for at most this many periods'),
	upToPeriodsType: text('upToPeriodsType', 'Up to Periods Type', 'e.g. billingPeriods'),
	listPriceBase: text('listPriceBase', 'List Price Base', 'e.g. perMonth'),
	minQuantity: number('minQuantity', 'Min Quantity', 'Smallest quantity a subscriber can take'),
	maxQuantity: number('maxQuantity', 'Max Quantity', 'Largest quantity a subscriber can take'),
	priceIncreasePercentage: number('priceIncreasePercentage', 'Price Increase Percentage', 'Percentage the price rises by on renewal, e.g. 5'),
	taxable: flag('taxable', 'Taxable', 'Whether tax applies to the charge'),
	taxCode: text('taxCode', 'Tax Code', 'e.g. P0000000'),
	taxMode: text('taxMode', 'Tax Mode', 'e.g. taxExclusive'),
	isFreeShipping: flag('isFreeShipping', 'Free Shipping', 'Whether the charge ships free'),
	fixedShippingPrice: { key: 'fixedShippingPrice', label: 'Fixed Shipping Price (Cents)', kind: 'cents' } as FieldSpec,
	shippingGroup: text('shippingGroup', 'Shipping Group', 'e.g. standard'),
	originLocation: text('originLocation', 'Origin Location', 'e.g. warehouse-1'),
	dimensionalRule: text('dimensionalRule', 'Dimensional Rule', 'e.g. rule1'),
	weight: size('weight', 'Weight'),
	width: size('width', 'Width'),
	height: size('height', 'Height'),
	depth: size('depth', 'Depth'),
} satisfies Record<string, FieldSpec>;

type Setting = keyof typeof SETTINGS;
const settings = (...keys: Setting[]): FieldSpec[] => keys.map((key) => SETTINGS[key]);

/** A charge's price tiers (`chargeTier`); given on an update, they replace the charge's tiers. */
export const chargeTiers = (name: string): FieldSpec => ({
	key: 'chargeTier',
	name,
	label: 'Price Tiers',
	kind: 'list',
	entry: 'Tier',
	description: 'The prices of the charge; one tier for a flat fee, several for tiered pricing',
	fields: [
		{ key: 'tier', label: 'Tier Number', kind: 'number', default: 1, description: 'Position of this tier, 1 for the first' },
		{ key: 'price', label: 'Price (Cents)', kind: 'cents', required: true },
		text('currency', 'Currency', 'e.g. USD', 'ISO code of the currency of the price'),
		text('startingUnit', 'Starting Unit', 'e.g. 1', 'First unit this tier prices'),
		text('endingUnit', 'Ending Unit', 'e.g. 10', 'Last unit this tier prices'),
		text('priceFormat', 'Price Format', 'e.g. flatFee'),
	],
});

// ------------------------------------------------------------------ charges of product rate plans (the catalog)

/** What a product rate plan charge shows on top: its name, type, model and billing period. */
export const productChargeMain = settings('name', 'chargeType', 'chargeModel', 'billingPeriod');

/** The other settings of a product rate plan charge (Additional Fields). */
export const productChargeOptions = settings(
	'description',
	'billCycleType',
	'billCycleDay',
	'weeklyBillCycleDay',
	'billingPeriodAlignment',
	'billingTiming',
	'specificBillingPeriod',
	'category',
	'endDateCondition',
	'numberOfPeriods',
	'upToPeriods',
	'upToPeriodsType',
	'listPriceBase',
	'minQuantity',
	'maxQuantity',
	'priceIncreasePercentage',
	'taxable',
	'taxCode',
	'taxMode',
	'isFreeShipping',
	'fixedShippingPrice',
	'shippingGroup',
	'originLocation',
	'dimensionalRule',
	'weight',
	'width',
	'height',
	'depth',
);

/** Charges created with their rate plan, under `key` (the product and rate plan requests spell it differently). */
export const productCharges = (key: string): FieldSpec => ({
	key,
	name: 'charges',
	label: 'Charges',
	kind: 'list',
	entry: 'Charge',
	description: 'The fees of this rate plan',
	fields: [
		...productChargeMain,
		chargeTiers('chargeTiers'),
		{ key: 'additionalFields', label: 'Additional Fields', kind: 'collection', fields: productChargeOptions },
	],
});

// ------------------------------------------------------------------ charges of subscriptions

const SUBSCRIPTION_CHARGE: Setting[] = [
	'description',
	'chargeType',
	'chargeModel',
	'category',
	'quantity',
	'billCycleType',
	'billCycleDay',
	'weeklyBillCycleDay',
	'billingPeriod',
	'specificBillingPeriod',
	'billingPeriodAlignment',
	'billingTiming',
	'effectiveStartDate',
	'effectiveEndDate',
	'startingDate',
	'endDateCondition',
	'specificEndDate',
	'numberOfPeriods',
	'upToPeriods',
	'upToPeriodsType',
	'taxable',
	'taxCode',
	'taxMode',
	'weight',
	'isFreeShipping',
];

/** The settings a subscription charge takes on Create (Additional Fields). */
export const subscriptionChargeCreate = settings(...SUBSCRIPTION_CHARGE);

/** The settings a subscription charge takes on Update. */
export const subscriptionChargeUpdate = settings(...SUBSCRIPTION_CHARGE.filter((key) => !['category', 'startingDate', 'isFreeShipping'].includes(key)));

/** A charge inside a subscription rate plan being created: the product's charge it comes from, its name, settings and tiers. */
export const subscriptionCharges: FieldSpec = {
	key: 'ratePlanCharge',
	label: 'Charges',
	kind: 'list',
	entry: 'Charge',
	fields: [
		{
			key: 'productRatePlanChargeId',
			label: 'Charge',
			kind: 'id',
			example: 79,
			loadOptions: 'getPickedRatePlanCharges',
			// Short: n8n adds "Name or ID" and cuts a long label inside a nested list.
			// The rate plans picked anywhere in the node: this operation's own, or its list's.
			loadOptionsDependsOn: ['productRateplanId', 'ratePlan', 'updateFields.rateplan'],
			description: 'The charge of the product rate plan this charge is based on; the list shows the charges of the rate plans picked',
		},
		{ ...SETTINGS.name, required: false },
		{
			key: 'settings',
			label: 'Charge Settings',
			kind: 'collection',
			fields: settings(...SUBSCRIPTION_CHARGE.filter((key) => key !== 'startingDate' && key !== 'isFreeShipping')),
		},
		chargeTiers('chargeTier'),
	],
};
