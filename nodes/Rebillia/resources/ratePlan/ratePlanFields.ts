import { productCharges } from '../../shared/charges';
import type { FieldSpec } from '../../shared/fields';

export const ratePlanName: FieldSpec = { key: 'name', label: 'Name', kind: 'text', placeholder: 'e.g. Monthly' };

/** The rate plan's own fields besides its name and charges (create and update take the same). */
export const ratePlanFields: FieldSpec[] = [
	{ key: 'description', label: 'Description', kind: 'text', placeholder: 'e.g. Billed every month' },
	{ key: 'effectiveStartDate', label: 'Effective Start Date', kind: 'date', description: 'When the rate plan is published on its product' },
	{ key: 'effectiveEndDate', label: 'Effective End Date', kind: 'date', description: 'When the rate plan is removed from its product' },
];

export const RATE_PLAN_EXTRA_EXAMPLE = '{"recurringChargeQty": 2}';

/** Rate plans created with their product: name, dates and charges per plan. */
export const productRatePlans: FieldSpec = {
	key: 'productRatePlan',
	name: 'ratePlans',
	label: 'Rate Plans',
	kind: 'list',
	entry: 'Rate Plan',
	description: 'Rate plans to create with the product, each with its charges and price tiers',
	fields: [{ ...ratePlanName, required: true }, ...ratePlanFields, productCharges('productRatePlanCharge')],
};
