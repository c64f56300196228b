import type { INodeProperties } from 'n8n-workflow';
import {
	accountStageOptions,
	addressField,
	bodyField,
	customPropertiesField,
	extraPropertiesField,
	planAndTerm,
	textField,
} from '../../shared/descriptions';

export const accountStageField = bodyField(
	{
		displayName: 'Account Stage',
		name: 'AccountStage',
		type: 'options',
		options: accountStageOptions,
		default: 2,
	},
	'AccountStage',
);

/** A first subscription: plan and renewal term, sent as `Subscriptions[0]`. */
export const subscriptionField: INodeProperties = {
	displayName: 'Subscription',
	name: 'subscription',
	type: 'fixedCollection',
	placeholder: 'Add Subscription',
	default: {},
	description: 'Start the account on a plan',
	options: [{ displayName: 'Plan', name: 'plan', values: planAndTerm('Subscriptions[0].', 'dropdown') }],
};

/** Writable account properties, shared by Create, Update and Register. */
export function accountProperties(collection: string, mode: 'create' | 'update' | 'register'): INodeProperties[] {
	const forUpdate = mode === 'update';
	return [
		...(mode === 'register' ? [] : [accountStageField]),
		...(mode === 'create' ? [subscriptionField] : []),
		...(mode === 'create' ? [] : [textField(mode === 'register' ? 'Account Name' : 'Name', 'Name', 'Name', 'e.g. Acme, LLC')]),
		addressField('Billing Address', 'BillingAddress', collection, forUpdate),
		textField('Client Identifier', 'ClientIdentifier', 'ClientIdentifier', 'e.g. CUST-0042', {
			description: 'Your own identifier for the account',
		}),
		addressField('Mailing Address', 'MailingAddress', collection, forUpdate),
		customPropertiesField(collection),
		extraPropertiesField(collection),
	];
}
