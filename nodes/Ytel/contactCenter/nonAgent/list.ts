import type { INodeProperties } from 'n8n-workflow';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytelX5 } from '../api';
import { checks, choiceField, DROP, fieldsToClearField, NON_AGENT_PATH, statusAnswer, x5Field, yesNoField } from './kit';

/** Dialer lists: add_list and update_list (the collection's rows send only the login; the fields are the document's). */

const listId = x5Field({ displayName: 'List ID', name: 'listId', required: true, placeholder: 'e.g. 1101', description: '2 to 14 digits' }, 'list_id', { check: checks.digits(2, 14) });

/** Settings both operations take, in `collection`. */
function listSettings(collection: string): INodeProperties[] {
	const text = (displayName: string, name: string, queryName: string, placeholder: string, check?: (value: string) => string | undefined, description?: string) =>
		x5Field({ displayName, name, placeholder, ...(description ? { description } : {}) }, queryName, { check, collection });
	return [
		choiceField('Active', 'active', 'active', 'Whether the list dials (No unless set)', [
			{ name: 'Yes', value: 'Y' },
			{ name: 'No', value: 'N' },
		], collection),
		text('Description', 'listDescription', 'list_description', 'e.g. Leads from the spring web form', checks.length(0, 255), 'Up to 255 characters; --BLANK-- empties it'),
		text('Outbound Caller ID', 'outboundCid', 'outbound_cid', 'e.g. 7275551212', checks.digits(6, 20)),
		text('Script', 'script', 'script', 'e.g. DEMOSCRIPT', checks.length(1, 10)),
		text('Answering Machine Message', 'amMessage', 'am_message', 'e.g. 8304', checks.length(2, 100)),
		text('Drop In-Group', 'dropInboundGroup', 'drop_inbound_group', 'e.g. SALESLINE', checks.length(1, 10)),
		text('Web Form Address', 'webFormAddress', 'web_form_address', 'e.g. https://crm.example.com/lead', checks.length(6, 100)),
		text('Web Form Address Two', 'webFormAddressTwo', 'web_form_address_two', '', checks.length(6, 100)),
		text('Web Form Address Three', 'webFormAddressThree', 'web_form_address_three', '', checks.length(6, 100)),
		text('Reset Times', 'resetTime', 'reset_time', 'e.g. 0900-1700-2359', (value) => (/^\d{4}(-\d{4})*$/.test(value) ? undefined : 'must be 24-hour times of 4 digits joined by -, e.g. 0900-1700')),
		choiceField('Time Zone Method', 'listTzMethod', 'tz_method', 'How leads’ time zones are found (country and area code unless set)', [
			{ name: 'Country and Area Code', value: 'COUNTRY_AND_AREA_CODE' },
			{ name: 'Postal Code', value: 'POSTAL_CODE' },
			{ name: 'NANPA Prefix', value: 'NANPA_PREFIX' },
			{ name: 'Owner Time Zone Code', value: 'OWNER_TIME_ZONE_CODE' },
		], collection),
		text('Local Call Time', 'localCallTime', 'local_call_time', 'e.g. campaign'),
		text('Expiration Date', 'expirationDate', 'expiration_date', 'e.g. 2027-06-30', checks.day),
		text('Custom Fields Copy From List', 'customFieldsCopy', 'custom_fields_copy', 'e.g. 222', checks.digits(2, 14)),
		choiceField('Custom Copy Method', 'customCopyMethod', 'custom_copy_method', 'How custom fields are copied (Append unless set)', [
			{ name: 'Append', value: 'APPEND' },
			{ name: 'Update', value: 'UPDATE' },
			{ name: 'Replace', value: 'REPLACE' },
		], collection),
	];
}

const create = defineOperation(ytelX5, {
	value: 'create',
	name: 'Create',
	action: 'Create a list',
	description: 'Add a list to a campaign',
	method: 'GET',
	path: NON_AGENT_PATH,
	query: { function: 'add_list' },
	answer: statusAnswer([DROP, 'list_id', 'campaign_id'], { list_id: 'number' }),
	properties: [
		listId,
		x5Field({ displayName: 'List Name', name: 'listName', required: true, placeholder: 'e.g. Spring leads' }, 'list_name', { check: checks.length(2, 30) }),
		x5Field({ displayName: 'Campaign ID', name: 'campaignId', required: true, placeholder: 'e.g. TESTCAMP' }, 'campaign_id', { check: checks.length(2, 8) }),
		{ displayName: 'Additional Fields', name: 'listFields', type: 'collection', placeholder: 'Add Field', default: {}, options: listSettings('listFields') },
	],
});

const update = defineOperation(ytelX5, {
	value: 'update',
	name: 'Update',
	action: 'Update a list',
	description: 'Update a list’s settings, reset its leads or delete it',
	method: 'GET',
	path: NON_AGENT_PATH,
	query: { function: 'update_list' },
	answer: statusAnswer([DROP, 'list_id'], { list_id: 'number' }),
	properties: [
		listId,
		{
			displayName: 'Update Fields',
			name: 'listUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				x5Field({ displayName: 'List Name', name: 'listName', placeholder: 'e.g. Spring leads' }, 'list_name', { check: checks.length(6, 30), collection: 'listUpdateFields' }),
				x5Field({ displayName: 'Campaign ID', name: 'campaignId', placeholder: 'e.g. TESTCAMP' }, 'campaign_id', { check: checks.length(2, 8), collection: 'listUpdateFields' }),
				...listSettings('listUpdateFields'),
				yesNoField('Insert If Not Found', 'insertIfNotFound', 'insert_if_not_found', 'Add the list when it does not exist', 'listUpdateFields'),
				yesNoField('Reset Leads', 'resetList', 'reset_list', 'Reset the called-since-last-reset flag of every lead of the list', 'listUpdateFields'),
				yesNoField('Delete List', 'deleteList', 'delete_list', 'Delete the list', 'listUpdateFields'),
				yesNoField('Delete Leads', 'deleteLeads', 'delete_leads', 'Delete every lead of the list', 'listUpdateFields'),
			],
		},
		fieldsToClearField('listFieldsToClear', [
			{ name: 'Description', value: 'list_description' },
			{ name: 'Drop In-Group', value: 'drop_inbound_group' },
			{ name: 'Script', value: 'script' },
			{ name: 'Web Form Address', value: 'web_form_address' },
		]),
	],
});

export const list: ResourceSpec = {
	name: 'List',
	value: 'list',
	description: 'Lists of leads of the dialer',
	operations: [create, update],
	defaultOperation: 'create',
};
