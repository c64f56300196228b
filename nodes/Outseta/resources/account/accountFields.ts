import type { INodeProperties } from 'n8n-workflow';
import {
	accountStageOptions,
	addressField,
	billingRenewalTermOptions,
	bodyField,
	customPropertiesField,
	extraPropertiesField,
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
	options: [
		{
			displayName: 'Plan',
			name: 'plan',
			values: [
				bodyField(
					{
						displayName: 'Plan Uid',
						name: 'planUid',
						type: 'string',
						default: '',
						placeholder: 'e.g. VdQG094Y',
					},
					'Subscriptions[0].Plan.Uid',
				),
				bodyField(
					{
						displayName: 'Billing Renewal Term',
						name: 'billingRenewalTerm',
						type: 'options',
						options: billingRenewalTermOptions,
						default: 1,
					},
					'Subscriptions[0].BillingRenewalTerm',
				),
			],
		},
	],
};

/** Writable account properties, shared by Create, Update and Register. */
export function accountProperties(
	collection: string,
	mode: 'create' | 'update' | 'register',
): INodeProperties[] {
	const forUpdate = mode === 'update';
	return [
		...(mode === 'register' ? [] : [accountStageField]),
		...(mode === 'create' ? [subscriptionField] : []),
		...(forUpdate
			? [bodyField({ displayName: 'Name', name: 'Name', type: 'string', default: '' }, 'Name')]
			: []),
		addressField('Billing Address', 'BillingAddress', forUpdate),
		bodyField(
			{
				displayName: 'Client Identifier',
				name: 'ClientIdentifier',
				type: 'string',
				default: '',
				description: 'Your own identifier for the account',
			},
			'ClientIdentifier',
		),
		addressField('Mailing Address', 'MailingAddress', forUpdate),
		customPropertiesField(collection),
		extraPropertiesField(collection),
	].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

const personText = (displayName: string, name: string, path: string, required = false) =>
	bodyField(
		{
			displayName,
			name,
			type: 'string',
			default: '',
			required,
			...(name.toLowerCase().includes('email') ? { placeholder: 'e.g. name@email.com' } : {}),
		},
		path,
	);

/** Email, first and last name of a new person, written under `prefix` (e.g. `Person`). */
export function newPersonFields(prefix: string): INodeProperties[] {
	return [
		personText('Email', 'personEmail', `${prefix}.Email`, true),
		personText('First Name', 'personFirstName', `${prefix}.FirstName`),
		personText('Last Name', 'personLastName', `${prefix}.LastName`),
	];
}
