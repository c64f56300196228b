import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytelX5 } from '../api';
import { checks, choiceField, DROP, fieldsToClearField, NON_AGENT_PATH, statusAnswer, x5Field, yesNoField } from './kit';

/**
 * Leads of the dialer's lists (add_lead, update_lead). Every field is a query parameter under the
 * name the document gives it; `--BLANK--` in a field (or "Fields to Clear") empties it at Ytel.
 */

const LEAD = 'leadFields';
const SETTINGS = 'leadSettings';

/** The lead's own data, shared by Create and Update (one property each, in the Lead Fields collection). */
const leadData: Array<[string, string, string, string, ((value: string) => string | undefined)?]> = [
	['First Name', 'firstName', 'first_name', 'e.g. Bob', checks.length(1, 30)],
	['Last Name', 'lastName', 'last_name', 'e.g. Wilson', checks.length(1, 30)],
	['Email', 'email', 'email', 'e.g. bob@example.com', checks.length(1, 70)],
	['Alt Phone', 'altPhone', 'alt_phone', 'e.g. 7275551213', checks.length(1, 12)],
	['Address 1', 'address1', 'address1', 'e.g. 1234 Main St.', checks.length(1, 100)],
	['Address 2', 'address2', 'address2', '', checks.length(1, 100)],
	['Address 3', 'address3', 'address3', '', checks.length(1, 100)],
	['City', 'city', 'city', 'e.g. Chicago Heights', checks.length(1, 50)],
	['State', 'state', 'state', 'e.g. IL', checks.length(2, 2)],
	['Province', 'province', 'province', '', checks.length(1, 50)],
	['Postal Code', 'postalCode', 'postal_code', 'e.g. 60411', checks.length(1, 10)],
	['Country Code', 'countryCode', 'country_code', 'e.g. USA', checks.length(3, 3)],
	['Vendor Lead Code', 'vendorLeadCode', 'vendor_lead_code', 'e.g. CRM-1000019', checks.length(1, 20)],
	['Source ID', 'sourceId', 'source_id', 'e.g. webform', checks.length(1, 50)],
	['GMT Offset Now', 'gmtOffsetNow', 'gmt_offset_now', 'e.g. -5.00'],
	['Title', 'title', 'title', 'e.g. Mr', checks.length(1, 4)],
	['Middle Initial', 'middleInitial', 'middle_initial', 'e.g. J', checks.length(1, 1)],
	['Date of Birth', 'dateOfBirth', 'date_of_birth', 'e.g. 1980-04-21', checks.day],
	['Security Phrase', 'securityPhrase', 'security_phrase', '', checks.length(1, 100)],
	['Comments', 'comments', 'comments', '', checks.length(1, 255)],
	['Rank', 'rank', 'rank', 'e.g. 5', checks.digits(1, 5)],
	['Owner', 'owner', 'owner', 'e.g. 1000', checks.length(1, 20)],
];

const gender = choiceField('Gender', 'gender', 'gender', 'U (undefined) unless set', [
	{ name: 'Female', value: 'F' },
	{ name: 'Male', value: 'M' },
	{ name: 'Undefined', value: 'U' },
], LEAD);

function leadFields(extra: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Lead Fields',
		name: LEAD,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			...leadData.map(([displayName, name, queryName, placeholder, check]) =>
				x5Field({ displayName, name, placeholder, description: `Sent as ${queryName}; --BLANK-- empties it` }, queryName, { check, collection: LEAD }),
			),
			gender,
			...extra,
		],
	};
}

/**
 * Custom list fields: VICIdial reads each custom field as a query parameter named by its label
 * (with custom_fields=Y, sent by this field).
 */
const customFields: INodeProperties = {
	displayName: 'Custom Fields',
	name: 'customFields',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Custom Field',
	default: {},
	description: "Values of the list's custom fields, by their field label",
	options: [
		{
			displayName: 'Field',
			name: 'field',
			values: [
				{ displayName: 'Label', name: 'label', type: 'string', default: '', placeholder: 'e.g. favorite_color' },
				{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. blue' },
			],
		},
	],
	routing: {
		send: {
			preSend: [
				async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions): Promise<IHttpRequestOptions> {
					const entries = ((this.getNodeParameter('customFields.field', []) as IDataObject[]) ?? []).filter((entry) => String(entry.label ?? '').trim() !== '');
					if (!entries.length) return request;
					const qs: IDataObject = { ...(request.qs as IDataObject), custom_fields: 'Y' };
					for (const entry of entries) {
						const label = String(entry.label).trim();
						if (!/^[A-Za-z0-9_]+$/.test(label)) {
							throw new NodeOperationError(this.getNode(), `Custom field label "${label}" may hold only letters, digits and _`, { itemIndex: this.getItemIndex() });
						}
						if (label in qs) throw new NodeOperationError(this.getNode(), `Custom field label "${label}" is already a field of this request`, { itemIndex: this.getItemIndex() });
						qs[label] = String(entry.value ?? '');
					}
					request.qs = qs;
					return request;
				},
			],
		},
	},
};

const callbackSettings = (collection: string): INodeProperties[] => [
	x5Field({ displayName: 'Callback Status', name: 'callbackStatus', placeholder: 'e.g. CALLBK', description: 'Status of the scheduled callback (CALLBK unless set)' }, 'callback_status', { check: checks.length(1, 6), collection: collection }),
	x5Field({ displayName: 'Callback Date and Time', name: 'callbackDatetime', placeholder: 'e.g. 2026-12-10+14:00:00, NOW or 3DAYS', description: 'When to call back: YYYY-MM-DD+HH:MM:SS, NOW, or a number of days ahead (3DAYS)' }, 'callback_datetime', {
		check: (value) => (/^(\d{4}-\d{2}-\d{2}[+ ]\d{2}:\d{2}:\d{2}|NOW|\d+DAYS)$/.test(value) ? undefined : 'must be YYYY-MM-DD+HH:MM:SS, NOW or a number of days such as 3DAYS'),
		write: (value) => value.replace(' ', '+'),
		collection: collection,
	}),
	choiceField('Callback Type', 'callbackType', 'callback_type', 'Who gets the callback (anyone unless set)', [
		{ name: 'Anyone', value: 'ANYONE' },
		{ name: 'User Only', value: 'USERONLY' },
	], collection),
	x5Field({ displayName: 'Callback User', name: 'callbackUser', placeholder: 'e.g. 1000', description: 'The agent a User Only callback is for' }, 'callback_user', { collection: collection }),
	x5Field({ displayName: 'Callback Comments', name: 'callbackComments', placeholder: 'e.g. Call after lunch', description: 'Shown to the agent when the callback comes up' }, 'callback_comments', { collection: collection }),
];

const hopperSettings = (collection: string): INodeProperties[] => [
	yesNoField('Add to Hopper', 'addToHopper', 'add_to_hopper', 'Queue the lead for dialing now', collection),
	x5Field({ displayName: 'Hopper Priority', name: 'hopperPriority', placeholder: 'e.g. 99', description: 'From -99 to 99, higher dials first (0 unless set)' }, 'hopper_priority', {
		check: (value) => (/^-?\d{1,2}$/.test(value) ? undefined : 'must be a whole number from -99 to 99'),
		collection: collection,
	}),
	x5Field({ displayName: 'Campaign ID', name: 'campaignId', placeholder: 'e.g. TESTCAMP', description: 'Needed for callbacks and the campaign DNC check' }, 'campaign_id', { check: checks.length(2, 8), collection: collection }),
];

const phoneNumber = x5Field(
	{ displayName: 'Phone Number', name: 'phoneNumber', required: true, placeholder: 'e.g. 7275551212', description: 'Digits only, 6 to 16 (without the country code)' },
	'phone_number',
	{ check: checks.digits(6, 16) },
);

const create = defineOperation(ytelX5, {
	value: 'create',
	name: 'Create',
	action: 'Create a lead',
	description: 'Add a lead to a list of the dialer',
	method: 'GET',
	path: NON_AGENT_PATH,
	query: { function: 'add_lead' },
	answer: statusAnswer(['phone_number', DROP, 'list_id', 'lead_id', 'gmt_offset_now'], { lead_id: 'number', gmt_offset_now: 'number' }),
	properties: [
		phoneNumber,
		x5Field({ displayName: 'List ID', name: 'listId', placeholder: 'e.g. 999', description: 'The list to add the lead to (999 unless set)' }, 'list_id', { check: checks.digits(3, 12) }),
		x5Field({ displayName: 'Phone Code', name: 'phoneCode', placeholder: 'e.g. 1', description: 'The country dialing code (1 unless set)' }, 'phone_code', { check: checks.digits(1, 4) }),
		leadFields([x5Field({ displayName: 'Multi Alt Phones', name: 'multiAltPhones', placeholder: 'e.g. 7275551212_1_work!7275551213_1_sister', description: 'More numbers: number_code_note entries separated by !' }, 'multi_alt_phones', { check: checks.length(5, 1024), collection: LEAD })]),
		customFields,
		{
			displayName: 'Settings',
			name: SETTINGS,
			type: 'collection',
			placeholder: 'Add Setting',
			default: {},
			options: [
				...hopperSettings(SETTINGS),
				choiceField('DNC Check', 'dncCheck', 'dnc_check', 'Refuse numbers on the system DNC list', [
					{ name: 'Yes', value: 'Y' },
					{ name: 'No', value: 'N' },
					{ name: 'Area Code', value: 'AREACODE' },
				], SETTINGS),
				choiceField('Campaign DNC Check', 'campaignDncCheck', 'campaign_dnc_check', "Refuse numbers on the campaign's DNC list (needs Campaign ID)", [
					{ name: 'Yes', value: 'Y' },
					{ name: 'No', value: 'N' },
					{ name: 'Area Code', value: 'AREACODE' },
				], SETTINGS),
				x5Field({ displayName: 'Duplicate Check', name: 'duplicateCheck', placeholder: 'e.g. DUPLIST-DUPNAMEPHONELIST', description: 'Checks joined by -, e.g. DUPLIST, DUPCAMP, DUPSYS, DUPSYS90DAY; a duplicate is an error' }, 'duplicate_check', { collection: SETTINGS }),
				yesNoField('USA/Canada Prefix Check', 'usacanPrefixCheck', 'usacan_prefix_check', 'Refuse a 4th digit of 0 or 1', SETTINGS),
				yesNoField('USA/Canada Area Code Check', 'usacanAreacodeCheck', 'usacan_areacode_check', 'Refuse unknown area codes and numbers that are not 10 digits', SETTINGS),
				choiceField('Time Zone Method', 'tzMethod', 'tz_method', 'How the lead’s time zone is found (country and area code unless set)', [
					{ name: 'Postal Code', value: 'POSTAL' },
					{ name: 'Time Zone Code in Owner', value: 'TZCODE' },
					{ name: 'NANPA Prefix', value: 'NANPA' },
				], SETTINGS),
				yesNoField('Schedule Callback', 'callback', 'callback', 'Schedule a callback for the lead (needs Campaign ID and the date)', SETTINGS),
				...callbackSettings(SETTINGS),
			],
		},
	],
});

const update = defineOperation(ytelX5, {
	value: 'update',
	name: 'Update',
	action: 'Update a lead',
	description: 'Update, find, reset or delete a lead',
	method: 'GET',
	path: NON_AGENT_PATH,
	query: { function: 'update_lead' },
	answer: statusAnswer([DROP, 'lead_id'], { lead_id: 'number' }),
	properties: [
		x5Field({ displayName: 'Lead ID', name: 'leadId', placeholder: 'e.g. 193716', description: 'The lead to update (or find it by Vendor Lead Code or Phone Number with Search Method)' }, 'lead_id', { check: checks.digits(1, 9) }),
		x5Field({ displayName: 'Phone Number', name: 'searchPhoneNumber', placeholder: 'e.g. 7275551212', description: 'Finds the lead with Search Method Phone Number' }, 'phone_number', { check: checks.digits(6, 16) }),
		leadFields([
			x5Field({ displayName: 'Status', name: 'status', placeholder: 'e.g. NEW', description: 'The lead’s status, 1 to 6 characters' }, 'status', { check: checks.length(1, 6), collection: LEAD }),
			x5Field({ displayName: 'User', name: 'userField', placeholder: 'e.g. 1000', description: "The lead's user (agent)" }, 'user_field', { check: checks.length(1, 20), collection: LEAD }),
			x5Field({ displayName: 'Move to List ID', name: 'listIdField', placeholder: 'e.g. 107', description: 'Moves the lead to this list' }, 'list_id_field', { check: checks.digits(3, 12), collection: LEAD }),
			x5Field({ displayName: 'Called Count', name: 'calledCount', placeholder: 'e.g. 0', description: 'Number of dial attempts' }, 'called_count', { check: checks.digits(1, 9), collection: LEAD }),
		]),
		fieldsToClearField(
			'leadFieldsToClear',
			leadData
				.filter(([, , queryName]) => !['rank', 'date_of_birth', 'gmt_offset_now'].includes(queryName))
				.map(([displayName, , queryName]) => ({ name: displayName, value: queryName })),
		),
		customFields,
		{
			displayName: 'Update Fields',
			name: 'updateSettings',
			type: 'collection',
			placeholder: 'Add Setting',
			default: {},
			options: [
				x5Field({ displayName: 'Search Method', name: 'searchMethod', placeholder: 'e.g. VENDOR_LEAD_CODE_PHONE_NUMBER', description: 'LEAD_ID, VENDOR_LEAD_CODE, PHONE_NUMBER or a combination joined by _ (LEAD_ID unless set)' }, 'search_method', {
					check: (value) => (/^(LEAD_ID|VENDOR_LEAD_CODE|PHONE_NUMBER)(_(LEAD_ID|VENDOR_LEAD_CODE|PHONE_NUMBER))*$/.test(value) ? undefined : 'must be LEAD_ID, VENDOR_LEAD_CODE, PHONE_NUMBER or a combination joined by _'),
					collection: 'updateSettings',
				}),
				choiceField('Search Location', 'searchLocation', 'search_location', 'Where to look for the lead (the whole system unless set)', [
					{ name: 'List', value: 'LIST' },
					{ name: 'Campaign', value: 'CAMPAIGN' },
					{ name: 'System', value: 'SYSTEM' },
				], 'updateSettings'),
				yesNoField('Insert If Not Found', 'insertIfNotFound', 'insert_if_not_found', 'Add the lead when none matches (needs Phone Number, Phone Code and List ID)', 'updateSettings'),
				x5Field({ displayName: 'Records', name: 'records', placeholder: 'e.g. 2', description: 'How many matching leads to update (the newest one unless set)' }, 'records', { check: checks.digits(1, 6), collection: 'updateSettings' }),
				yesNoField('Find Only (No Update)', 'noUpdate', 'no_update', 'Only report whether a lead matches, change nothing', 'updateSettings'),
				yesNoField('Delete Lead', 'deleteLead', 'delete_lead', 'Delete the lead', 'updateSettings'),
				yesNoField('Reset Lead', 'resetLead', 'reset_lead', 'Reset the called-since-last-reset flag', 'updateSettings'),
				choiceField('Callback', 'updateCallback', 'callback', 'Schedule (Yes) or remove (Remove) a callback', [
					{ name: 'Yes', value: 'Y' },
					{ name: 'No', value: 'N' },
					{ name: 'Remove', value: 'REMOVE' },
				], 'updateSettings'),
				...callbackSettings('updateSettings'),
				...hopperSettings('updateSettings'),
				yesNoField('Hopper Local Call Time Check', 'hopperLocalCallTimeCheck', 'hopper_local_call_time_check', 'Check local call times before queueing', 'updateSettings'),
				yesNoField('Add to DNC', 'addToDnc', 'ADDTODNC', "Add the lead's number to the DNC list", 'updateSettings'),
				yesNoField('Custom Override', 'customOverride', 'custom_override', 'Sent as custom_override', 'updateSettings'),
				yesNoField('From Ytel API', 'fromYtelApi', 'from_ytel_api', 'Sent as from_ytel_api', 'updateSettings'),
				yesNoField('Update Phone Number', 'updateNumber', 'updateNumber', 'Change the lead’s phone number to Phone Number', 'updateSettings'),
				yesNoField('Add to Filter Phone Group', 'addToFilterPhoneGroup', 'addToFilterPhoneGroup', "Add the lead's number to a filter phone group", 'updateSettings'),
				x5Field({ displayName: 'Filter Phone Group ID', name: 'filterPhoneGroupId', placeholder: 'e.g. 1111', description: 'The group for Add to Filter Phone Group' }, 'filter_phone_group_id', { collection: 'updateSettings' }),
			],
		},
	],
});

export const lead: ResourceSpec = {
	name: 'Lead',
	value: 'lead',
	description: 'Leads of the dialer’s lists',
	operations: [create, update],
	defaultOperation: 'create',
};
