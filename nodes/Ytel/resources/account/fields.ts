import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { locatorField } from '../../../shared/fields';
import { refuse, sendAs } from '../campaignKit';
import { extraPropertiesField, phoneBodyField } from '../common';

/**
 * Fields of the Ytel Admin node's account resources (account, subaccounts, account settings,
 * external service settings). Made once, so operations sharing a field share one property.
 */

export const subaccountLocator = locatorField({
	displayName: 'Subaccount',
	name: 'accountSid',
	noun: 'subaccount',
	searchListMethod: 'searchSubaccounts',
	idPlaceholder: 'e.g. 8f8dad90-2dcb-11eb-8aec-370be68b78ad',
	description: 'The subaccount of your account',
});

export const settingKeyLocator = locatorField({
	displayName: 'Setting',
	name: 'key',
	noun: 'setting',
	searchListMethod: 'searchAccountSettings',
	idPlaceholder: 'e.g. company_phone',
	description: 'The account setting, by its key',
});

export const providerLocator = locatorField({
	displayName: 'Service',
	name: 'provider',
	noun: 'service',
	searchListMethod: 'searchExternalServices',
	idPlaceholder: 'e.g. sendgrid',
	description: 'The external service the settings belong to, by its provider name',
});

export const externalKey: INodeProperties = {
	displayName: 'Key',
	name: 'externalKey',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. api_key',
	description: 'The key of the setting of that service',
};

// ------------------------------------------------------------ account and subaccount details

export const accountName = sendAs({
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. Apple Lending',
	description: 'The name of the account (the company or team)',
});

const ACCOUNT_FIELDS = 'accountFields';

/** The other details of an account, as Create Subaccount and Update Account take them. */
export const accountFields: INodeProperties = {
	displayName: 'Account Fields',
	name: ACCOUNT_FIELDS,
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		phoneBodyField({ displayName: 'Phone', name: 'phone', description: "The account's phone number in E.164 format" }, 'phone', ACCOUNT_FIELDS),
		sendAs({ displayName: 'Domain', name: 'domain', type: 'string', default: '', placeholder: 'e.g. applelending', description: "The account's domain name in Ytel" }),
		sendAs({ displayName: 'Source', name: 'source', type: 'string', default: '', placeholder: 'e.g. Customer', description: 'Where the account comes from, e.g. Customer' }),
		sendAs({ displayName: 'Status', name: 'status', type: 'number', default: 1, description: "Ytel's status code of the account, e.g. 1" }),
		sendAs({ displayName: 'Is Parent Account', name: 'isParentAcct', type: 'boolean', default: false, description: 'Whether the account can have subaccounts of its own' }),
		sendAs({
			displayName: 'Parent Account ID',
			name: 'parentAcctId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 173c6f7f-c911-f823-fb2d-a13e4780c300',
			description: 'The account this one belongs to (for a subaccount: your account)',
		}),
		extraPropertiesField('{"domain": ""}', ACCOUNT_FIELDS),
	],
};

export const subaccountStatus = sendAs({
	displayName: 'Status',
	name: 'subaccountStatus',
	type: 'options',
	default: 'active',
	required: true,
	options: [
		{ name: 'Active', value: 'active' },
		{ name: 'Inactive', value: 'inactive' },
		{ name: 'Closed', value: 'closed' },
	],
	description: 'The state the subaccount is put in',
}, 'status');

// ------------------------------------------------------------ balance alert

export const balanceAlertFields: INodeProperties[] = [
	sendAs({
		displayName: 'Alert Below Balance',
		name: 'balanceAlertAmount',
		type: 'number',
		default: 20,
		required: true,
		typeOptions: { minValue: 0, numberPrecision: 2 },
		description: 'An email is sent each time the balance drops below this amount',
	}),
	sendAs({
		displayName: 'Email Address',
		name: 'emailAddress',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. billing@example.com',
		description: 'Where the alert is sent',
	}),
	sendAs({
		displayName: 'Minimum Alert Amount',
		name: 'minAlertAmount',
		type: 'number',
		default: 1,
		typeOptions: { minValue: 0, numberPrecision: 2 },
		description: "The smallest amount Ytel's balance alert accepts, e.g. 1.00",
	}),
];

// ------------------------------------------------------------ settings

export const settingKeyText = sendAs({
	displayName: 'Key',
	name: 'settingKey',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. company_phone',
	description: 'The key of the setting; not every setting can be changed',
}, 'key');

export const settingValue = sendAs({
	displayName: 'Value',
	name: 'settingValue',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. +18005551234',
	description: 'The value to save',
}, 'value');

export const settingFilters: INodeProperties = {
	displayName: 'Filters',
	name: 'settingFilters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		{
			displayName: 'Keys',
			name: 'keys',
			type: 'string',
			default: '',
			placeholder: 'e.g. state, zip',
			description: 'Only these settings, by key, separated by commas',
			routing: {
				send: {
					preSend: [
						async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
							const keys = String(this.getNodeParameter('settingFilters.keys', '') ?? '')
								.split(',')
								.map((key) => key.trim())
								.filter(Boolean);
							if (keys.length) requestOptions.qs = { ...requestOptions.qs, keys: keys.join(',') };
							return requestOptions;
						},
					],
				},
			},
		},
	],
};

/** An external setting's value: plain (`value`) or a secret Ytel stores encrypted (`encryptedValue`); one of them. */
const VALUE_LABEL = 'Value';
const SECRET_LABEL = 'Secret Value';

export const externalProvider = sendAs({
	displayName: 'Service',
	name: 'externalProvider',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. sendgrid',
	description: 'The external service, by its provider name',
}, 'provider');

export const externalKeyText = sendAs({ ...externalKey, name: 'externalSettingKey' }, 'key');

export const externalValues: INodeProperties[] = [
	sendAs({
		displayName: VALUE_LABEL,
		name: 'externalValue',
		type: 'string',
		default: '',
		placeholder: 'e.g. mymailgundomain',
		description: `A plain value (fill this or ${SECRET_LABEL}, as the key needs)`,
	}, 'value'),
	sendAs({
		displayName: SECRET_LABEL,
		name: 'externalSecret',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: `A secret such as an API key, which Ytel stores encrypted (fill this or ${VALUE_LABEL})`,
	}, 'encryptedValue'),
];

/** One of Value and Secret Value in each external setting, checked on the finished body. */
function checkExternalEntry(context: IExecuteSingleFunctions, entry: IDataObject, where: string): void {
	const hasValue = entry.value !== undefined;
	const hasSecret = entry.encryptedValue !== undefined;
	if (hasValue && hasSecret) refuse(context, `${where}Fill either "${VALUE_LABEL}" or "${SECRET_LABEL}", not both`, 'Ytel takes a plain value or an encrypted one for a key. Nothing was sent to Ytel.');
	if (!hasValue && !hasSecret) refuse(context, `${where}Fill "${VALUE_LABEL}" or "${SECRET_LABEL}"`, 'Ytel needs the value of the setting. Nothing was sent to Ytel.');
}

export function externalValueOneOf(this: IExecuteSingleFunctions, request: { body?: unknown }): void {
	checkExternalEntry(this, (request.body ?? {}) as IDataObject, '');
}

// ------------------------------------------------------------ several settings at once (the body is a list)

const blank = (value: unknown) => value === undefined || value === null || String(value).trim() === '';

/** A list of entries sent as the whole body (a JSON array); at least one entry. */
function arrayBody(
	property: INodeProperties,
	entries: (this: IExecuteSingleFunctions, value: IDataObject[]) => IDataObject[],
): INodeProperties {
	return {
		...property,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const value = this.getNodeParameter(property.name, {}) as IDataObject;
						const list = entries.call(this, ((value.entry ?? []) as IDataObject[]) ?? []);
						if (!list.length) refuse(this, `Add at least one entry to "${property.displayName}"`, 'Nothing was sent to Ytel.');
						requestOptions.body = list as unknown as IDataObject;
						return requestOptions;
					},
				],
			},
		},
	};
}

function requiredText(context: IExecuteSingleFunctions, entry: IDataObject, name: string, label: string, where: string): string {
	if (blank(entry[name])) refuse(context, `${where}"${label}" is required`, `Enter a value for "${label}". Nothing was sent to Ytel.`);
	return String(entry[name]).trim();
}

export const settingsList = arrayBody(
	{
		displayName: 'Settings',
		name: 'settings',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Setting',
		default: {},
		required: true,
		description: 'The settings to save, each a key and its value',
		options: [
			{
				name: 'entry',
				displayName: 'Setting',
				values: [
					{ displayName: 'Key', name: 'key', type: 'string', default: '', placeholder: 'e.g. state' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. CA' },
				],
			},
		],
	},
	function (entries) {
		return entries.map((entry, index) => {
			const where = `Setting ${index + 1}: `;
			return { key: requiredText(this, entry, 'key', 'Key', where), value: String(entry.value ?? '') };
		});
	},
);

export const externalSettingsList = arrayBody(
	{
		displayName: 'Settings',
		name: 'externalSettings',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Setting',
		default: {},
		required: true,
		description: 'The settings to save, each a service, a key and a plain or secret value',
		options: [
			{
				name: 'entry',
				displayName: 'Setting',
				values: [
					{ displayName: 'Service', name: 'provider', type: 'string', default: '', placeholder: 'e.g. mailgun' },
					{ displayName: 'Key', name: 'key', type: 'string', default: '', placeholder: 'e.g. domain' },
					{ displayName: VALUE_LABEL, name: 'value', type: 'string', default: '', description: `A plain value (fill this or ${SECRET_LABEL})` },
					{
						displayName: SECRET_LABEL,
						name: 'encryptedValue',
						type: 'string',
						typeOptions: { password: true },
						default: '',
						description: `A secret such as an API key, stored encrypted (fill this or ${VALUE_LABEL})`,
					},
				],
			},
		],
	},
	function (entries) {
		return entries.map((entry, index) => {
			const where = `Setting ${index + 1}: `;
			const setting: IDataObject = {
				provider: requiredText(this, entry, 'provider', 'Service', where),
				key: requiredText(this, entry, 'key', 'Key', where),
			};
			if (!blank(entry.value)) setting.value = String(entry.value);
			if (!blank(entry.encryptedValue)) setting.encryptedValue = String(entry.encryptedValue);
			checkExternalEntry(this, setting, where);
			return setting;
		});
	},
);
