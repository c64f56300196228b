import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { accountLocator, inBody, planAndTerm, subscriptionIdField, uidField } from '../../shared/descriptions';

export { subscriptionIdField };

/** Add-ons of a new subscription, by Uid, sent as `SubscriptionAddOns[].AddOn.Uid` (with a quantity when given). */
export const addOnsField: INodeProperties = {
	displayName: 'Add-Ons',
	name: 'addOns',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Add-On',
	default: {},
	options: [
		{
			displayName: 'Add-On',
			name: 'addOn',
			values: [
				uidField('Add-On Uid', 'uid', 'e.g. By9q8QAP', 'The Uid of the add-on (listed under PlanAddOns by Plan: Get Many)'),
				{ displayName: 'Quantity', name: 'quantity', type: 'number', default: 0, description: 'For add-ons billed per unit; 0 leaves it out' },
			],
		},
	],
	routing: {
		send: {
			preSend: [
				async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
					const entries = ((this.getNodeParameter('additionalFields.addOns', {}) as IDataObject).addOn ?? []) as IDataObject[];
					const addOns = entries
						.filter((entry) => String(entry.uid ?? '').trim())
						.map((entry) => ({ AddOn: { Uid: String(entry.uid).trim() }, ...(entry.quantity ? { Quantity: entry.quantity } : {}) }));
					if (addOns.length) requestOptions.body = { ...(requestOptions.body as IDataObject), SubscriptionAddOns: addOns };
					return requestOptions;
				},
			],
		},
	},
};

/** The account a subscription belongs to, in the body. */
export const accountInBody = (locator: INodeProperties): INodeProperties => inBody(locator, 'Account');

/** Change and Preview Change: the same request to two endpoints. */
export function changeOperation(preview: boolean) {
	return defineOperation(outseta, {
		value: preview ? 'changePreview' : 'change',
		name: preview ? 'Preview Change' : 'Change',
		action: preview ? 'Preview a subscription change' : 'Change a subscription',
		description: preview
			? 'What moving a subscription to another plan or term would cost; nothing changes'
			: 'Move a subscription to another plan or renewal term; returns the invoice',
		method: 'PUT',
		path: `/billing/subscriptions/{subscriptionId}/${preview ? 'changesubscriptionpreview' : 'changesubscription'}`,
		properties: [subscriptionIdField, accountInBody(accountLocator), ...planAndTerm('', 'locator')],
	});
}
