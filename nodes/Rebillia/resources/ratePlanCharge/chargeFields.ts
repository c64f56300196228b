import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { compact, isBlank, refuse, requireCents } from '../../shared/catalogSettingsFields';

/**
 * A product rate plan charge as Rebillia takes it: typed fields shared by Create/Update a Rate
 * Plan Charge and by the charges nested in Create a Product and Create a Rate Plan. The charge
 * enumerations are not documented; each field names the values Rebillia's examples use.
 */

type Kind = 'text' | 'number' | 'boolean' | 'cents' | 'hundredths';

interface ChargeField {
	key: string;
	label: string;
	kind: Kind;
	placeholder?: string;
	description?: string;
	/** Shown on the charge itself rather than under Additional Fields. */
	core?: boolean;
}

const SIZE = 'In integer hundredths, e.g. 150 for 1.5 (Rebillia answers "1.5000")';

const CHARGE_FIELDS: ChargeField[] = [
	{ key: 'name', label: 'Name', kind: 'text', placeholder: 'e.g. Monthly fee', core: true },
	{ key: 'chargeType', label: 'Charge Type', kind: 'text', placeholder: 'e.g. recurring', description: 'E.g. recurring', core: true },
	{ key: 'chargeModel', label: 'Charge Model', kind: 'text', placeholder: 'e.g. flatFeePricing', description: 'E.g. flatFeePricing, perUnitPricing or tieredPricing', core: true },
	{ key: 'billingPeriod', label: 'Billing Period', kind: 'text', placeholder: 'e.g. month', description: 'E.g. month or week', core: true },
	{ key: 'description', label: 'Description', kind: 'text', placeholder: 'e.g. Billed at the start of each month' },
	{ key: 'billCycleType', label: 'Bill Cycle Type', kind: 'text', placeholder: 'e.g. defaultFromCustomer', description: 'How the billing day is chosen, e.g. defaultFromCustomer or specificDayOfWeek' },
	{ key: 'billCycleDay', label: 'Bill Cycle Day', kind: 'number', description: 'Day of the month the charge bills on, e.g. 1' },
	{ key: 'weeklyBillCycleDay', label: 'Weekly Bill Cycle Day', kind: 'text', placeholder: 'e.g. monday', description: 'Day of the week the charge bills on, for weekly billing' },
	{ key: 'billingPeriodAlignment', label: 'Billing Period Alignment', kind: 'text', placeholder: 'e.g. alignToCharge' },
	{ key: 'billingTiming', label: 'Billing Timing', kind: 'text', placeholder: 'e.g. inAdvance' },
	{ key: 'specificBillingPeriod', label: 'Specific Billing Period', kind: 'number', description: 'Number of billing periods between charges, e.g. 1' },
	{ key: 'category', label: 'Category', kind: 'text', placeholder: 'e.g. physical', description: 'E.g. physical or digital' },
	{ key: 'endDateCondition', label: 'End Date Condition', kind: 'text', placeholder: 'e.g. subscriptionEnd' },
	{ key: 'numberOfPeriods', label: 'Number of Periods', kind: 'number', description: 'How many periods the charge runs for' },
	{ key: 'upToPeriods', label: 'Up to Periods', kind: 'number', description: 'Limit of periods the charge applies to' },
	{ key: 'upToPeriodsType', label: 'Up to Periods Type', kind: 'text', placeholder: 'e.g. billingPeriods' },
	{ key: 'listPriceBase', label: 'List Price Base', kind: 'text', placeholder: 'e.g. perMonth' },
	{ key: 'minQuantity', label: 'Min Quantity', kind: 'number', description: 'Smallest quantity a subscriber can take' },
	{ key: 'maxQuantity', label: 'Max Quantity', kind: 'number', description: 'Largest quantity a subscriber can take' },
	{ key: 'priceIncreasePercentage', label: 'Price Increase Percentage', kind: 'number', description: 'Percentage the price rises by on renewal, e.g. 5' },
	{ key: 'taxable', label: 'Taxable', kind: 'boolean', description: 'Whether tax applies to this charge' },
	{ key: 'taxCode', label: 'Tax Code', kind: 'text', placeholder: 'e.g. NT' },
	{ key: 'taxMode', label: 'Tax Mode', kind: 'text', placeholder: 'e.g. taxExclusive', description: 'E.g. taxExclusive' },
	{ key: 'isFreeShipping', label: 'Free Shipping', kind: 'boolean', description: 'Whether the charge ships for free' },
	{ key: 'fixedShippingPrice', label: 'Fixed Shipping Price (Cents)', kind: 'cents', description: 'In integer cents, e.g. 2000 for 20.00 (Rebillia answers a decimal string)' },
	{ key: 'shippingGroup', label: 'Shipping Group', kind: 'text', placeholder: 'e.g. standard' },
	{ key: 'originLocation', label: 'Origin Location', kind: 'text', placeholder: 'e.g. warehouse-1' },
	{ key: 'dimensionalRule', label: 'Dimensional Rule', kind: 'text', placeholder: 'e.g. rule1' },
	{ key: 'weight', label: 'Weight', kind: 'hundredths', description: SIZE },
	{ key: 'width', label: 'Width', kind: 'hundredths', description: SIZE },
	{ key: 'height', label: 'Height', kind: 'hundredths', description: SIZE },
	{ key: 'depth', label: 'Depth', kind: 'hundredths', description: SIZE },
];

function propertyOf(field: ChargeField): INodeProperties {
	const base = { displayName: field.label, name: field.key, ...(field.description ? { description: field.description } : {}) };
	switch (field.kind) {
		case 'boolean':
			return { ...base, type: 'boolean', default: false };
		case 'text':
			return { ...base, type: 'string', default: '', placeholder: field.placeholder };
		default:
			return { ...base, type: 'number', default: 0 };
	}
}

/** The charge's main fields (name, type, model, period) as plain values, without routing. */
export function chargeCoreValues(): INodeProperties[] {
	return CHARGE_FIELDS.filter((field) => field.core).map((field) => ({ ...propertyOf(field), ...(field.key === 'name' ? { required: true } : {}) }));
}

/** The charge's other fields, for an Additional Fields collection (without routing). */
export function chargeOptionValues(includeCore = false): INodeProperties[] {
	return CHARGE_FIELDS.filter((field) => includeCore || !field.core).map(propertyOf);
}

/** The body fields of a charge from typed values; blank text is not sent. `where` prefixes refusals. */
export function chargeBodyFrom(context: IExecuteSingleFunctions, values: IDataObject, where = ''): IDataObject {
	const body: IDataObject = {};
	for (const field of CHARGE_FIELDS) {
		const value = values[field.key];
		if (isBlank(value)) continue;
		if (field.kind === 'text') body[field.key] = String(value).trim();
		else if (field.kind === 'cents') body[field.key] = requireCents(context, field.label, value, where);
		else if (field.kind === 'boolean') body[field.key] = value === true || value === 'true';
		else body[field.key] = Number(value);
	}
	return body;
}

/** Price tiers of a charge: prices in integer cents. */
export function tiersProperty(name = 'chargeTiers'): INodeProperties {
	return {
		displayName: 'Price Tiers',
		name,
		type: 'fixedCollection',
		placeholder: 'Add Price Tier',
		typeOptions: { multipleValues: true },
		default: {},
		description: 'The prices of the charge; one tier for a flat fee, several for tiered pricing',
		options: [
			{
				displayName: 'Tier',
				name: 'tier',
				values: [
					{ displayName: 'Currency', name: 'currency', type: 'string', default: '', placeholder: 'e.g. USD' },
					{ displayName: 'Ending Unit', name: 'endingUnit', type: 'string', default: '', placeholder: 'e.g. 10' },
					{
						displayName: 'Price (Cents)',
						name: 'price',
						type: 'number',
						default: 0,
						required: true,
						description: 'In integer cents, e.g. 1251 for 12.51; Rebillia answers a decimal string ("12.51")',
					},
					{ displayName: 'Price Format', name: 'priceFormat', type: 'string', default: '', placeholder: 'e.g. flatFee' },
					{ displayName: 'Starting Unit', name: 'startingUnit', type: 'string', default: '', placeholder: 'e.g. 1' },
					{ displayName: 'Tier Number', name: 'tier', type: 'number', default: 1, description: 'Position of this tier, 1 for the first' },
				],
			},
		],
	};
}

/** The `chargeTier` list from a Price Tiers value; undefined when no tier was added. */
export function tiersFrom(context: IExecuteSingleFunctions, value: unknown, where = ''): IDataObject[] | undefined {
	const tiers = ((value ?? {}) as IDataObject).tier as IDataObject[] | undefined;
	if (!Array.isArray(tiers) || !tiers.length) return undefined;
	return tiers.map((tier, index) => {
		const at = `${where}Tier ${index + 1}: `;
		const { price, tier: position, ...text } = tier;
		return compact({
			...Object.fromEntries(Object.entries(text).map(([key, entry]) => [key, typeof entry === 'string' ? entry.trim() : entry])),
			price: requireCents(context, 'Price (Cents)', price, at),
			tier: isBlank(position) ? undefined : Number(position),
		});
	});
}

/** A preSend that writes the Price Tiers parameter into the body's `chargeTier`. */
export function tiersPreSend(parameter = 'chargeTiers') {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const tiers = tiersFrom(this, this.getNodeParameter(parameter, {}));
		if (tiers) requestOptions.body = { ...(requestOptions.body as IDataObject), chargeTier: tiers };
		return requestOptions;
	};
}

/** A preSend that writes a collection of charge fields into the body. */
export function chargeFieldsPreSend(collection: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const values = this.getNodeParameter(collection, {}) as IDataObject;
		requestOptions.body = { ...(requestOptions.body as IDataObject), ...chargeBodyFrom(this, values) };
		return requestOptions;
	};
}

/** The nested Charges of a rate plan: main fields, price tiers and additional fields per charge. */
export function nestedChargesProperty(): INodeProperties {
	return {
		displayName: 'Charges',
		name: 'charges',
		type: 'fixedCollection',
		placeholder: 'Add Charge',
		typeOptions: { multipleValues: true },
		default: {},
		description: 'The fees of this rate plan',
		options: [
			{
				displayName: 'Charge',
				name: 'charge',
				values: [
					...chargeCoreValues(),
					tiersProperty('chargeTiers'),
					{
						displayName: 'Additional Fields',
						name: 'additionalFields',
						type: 'collection',
						placeholder: 'Add Field',
						default: {},
						options: chargeOptionValues(),
					},
				],
			},
		],
	};
}

/** The charges of a Charges value as Rebillia takes them. */
export function nestedChargesFrom(context: IExecuteSingleFunctions, value: unknown, where = ''): IDataObject[] | undefined {
	const charges = ((value ?? {}) as IDataObject).charge as IDataObject[] | undefined;
	if (!Array.isArray(charges) || !charges.length) return undefined;
	return charges.map((charge, index) => {
		const at = `${where}Charge ${index + 1}: `;
		if (isBlank(charge.name)) refuse(context, `${at}"Name" is required`);
		const { additionalFields, chargeTiers, ...core } = charge;
		const body = chargeBodyFrom(context, { ...((additionalFields ?? {}) as IDataObject), ...core }, at);
		const tiers = tiersFrom(context, chargeTiers, at);
		return tiers ? { ...body, chargeTier: tiers } : body;
	});
}
