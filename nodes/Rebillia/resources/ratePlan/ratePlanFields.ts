import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { compact, dateField, extraPropertiesField, isBlank, rebilliaDate, refuse, textField } from '../../shared/catalogSettingsFields';
import { nestedChargesFrom, nestedChargesProperty } from '../ratePlanCharge/chargeFields';

/** Rate plan statuses as Rebillia's rate plan object lists them. */
export const RATE_PLAN_STATUSES = ['pending', 'active', 'published', 'disabled', 'created', 'draft'];

/** The rate plan's own fields (besides its name), in a collection. */
export function ratePlanProperties(collection: string): INodeProperties[] {
	return [
		textField('Description', 'description', 'e.g. Billed every month'),
		dateField('Effective Start Date', 'effectiveStartDate', 'When the rate plan is published on its product', collection),
		dateField('Effective End Date', 'effectiveEndDate', 'When the rate plan is removed from its product', collection),
		extraPropertiesField(collection, '{"recurringChargeQty": 2}'),
	];
}

/** A preSend that writes a Charges parameter into the body under `bodyKey`. */
export function chargesPreSend(parameter: string, bodyKey: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const charges = nestedChargesFrom(this, this.getNodeParameter(parameter, {}));
		if (charges) requestOptions.body = { ...(requestOptions.body as IDataObject), [bodyKey]: charges };
		return requestOptions;
	};
}

/** Rate plans created with their product: name, dates and charges per plan. */
export const nestedRatePlansProperty: INodeProperties = {
	displayName: 'Rate Plans',
	name: 'ratePlans',
	type: 'fixedCollection',
	placeholder: 'Add Rate Plan',
	typeOptions: { multipleValues: true },
	default: {},
	description: 'Rate plans to create with the product, each with its charges and price tiers',
	options: [
		{
			displayName: 'Rate Plan',
			name: 'ratePlan',
			values: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true, placeholder: 'e.g. Monthly' },
				{ displayName: 'Description', name: 'description', type: 'string', default: '', placeholder: 'e.g. Billed every month' },
				{
					displayName: 'Effective Start Date',
					name: 'effectiveStartDate',
					type: 'dateTime',
					default: '',
					description: 'When the rate plan is published on its product. Sent as YYYY-MM-DD.',
				},
				{
					displayName: 'Effective End Date',
					name: 'effectiveEndDate',
					type: 'dateTime',
					default: '',
					description: 'When the rate plan is removed from its product. Sent as YYYY-MM-DD.',
				},
				nestedChargesProperty(),
			],
		},
	],
	routing: {
		send: {
			preSend: [
				async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
					const plans = ((this.getNodeParameter('ratePlans', {}) as IDataObject).ratePlan ?? []) as IDataObject[];
					if (!plans.length) return requestOptions;
					const productRatePlan = plans.map((plan, index) => {
						const at = `Rate Plan ${index + 1}: `;
						if (isBlank(plan.name)) refuse(this, `${at}"Name" is required`);
						const charges = nestedChargesFrom(this, plan.charges, at);
						return compact({
							name: String(plan.name).trim(),
							description: typeof plan.description === 'string' ? plan.description.trim() : undefined,
							effectiveStartDate: rebilliaDate(this, 'Effective Start Date', plan.effectiveStartDate, at),
							effectiveEndDate: rebilliaDate(this, 'Effective End Date', plan.effectiveEndDate, at),
							productRatePlanCharge: charges,
						});
					});
					requestOptions.body = { ...(requestOptions.body as IDataObject), productRatePlan };
					return requestOptions;
				},
			],
		},
	},
};
