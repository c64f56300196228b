import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { ResourceSpec } from '../../../shared/operations';
import { agentUser, BLANK, camel, x5Choice, x5DateField, x5Operation, x5Text } from '../../contactCenter/fields';

/**
 * The lead on a logged-in agent's screen, in the x5 Agent API: add one to the campaign's manual
 * dial list, or change fields of the lead the agent has up (`--BLANK--` clears a field).
 */

/** The lead fields both functions take, in the API's names, with their labels. */
const LEAD_FIELDS: Array<[string, string, string]> = [
	['phone_number', 'Phone Number', 'e.g. 7275551212'],
	['phone_code', 'Phone Code', 'e.g. 1'],
	['first_name', 'First Name', 'e.g. Bob'],
	['middle_initial', 'Middle Initial', 'e.g. J'],
	['last_name', 'Last Name', 'e.g. Smith'],
	['email', 'Email', 'e.g. name@email.com'],
	['alt_phone', 'Alt Phone', 'e.g. 7275551213'],
	['address1', 'Address 1', 'e.g. 1 Main St'],
	['address2', 'Address 2', 'e.g. Suite 5'],
	['address3', 'Address 3', 'e.g. 7275551214'],
	['city', 'City', 'e.g. Tampa'],
	['state', 'State', 'e.g. FL'],
	['province', 'Province', 'e.g. Hillsborough'],
	['postal_code', 'Postal Code', 'e.g. 33601'],
	['country_code', 'Country Code', 'e.g. USA'],
	['gender', 'Gender', 'e.g. M'],
	['gmt_offset_now', 'GMT Offset Now', 'e.g. -5.00'],
	['comments', 'Comments', 'e.g. Asked for a quote'],
	['security_phrase', 'Security Phrase', 'e.g. blue'],
	['source_id', 'Source ID', 'e.g. WEB'],
	['title', 'Title', 'e.g. Mr.'],
	['vendor_lead_code', 'Vendor Lead Code', 'e.g. 1234567'],
	['rank', 'Rank', 'e.g. 10'],
	['owner', 'Owner', 'e.g. 1000'],
];

function leadFields(collection: string): INodeProperties {
	const options = LEAD_FIELDS.map(([queryName, label, placeholder]) => x5Text(label, queryName, placeholder));
	const dateOfBirth = x5DateField({ displayName: 'Date of Birth', name: 'dateOfBirth', description: 'YYYY-MM-DD' }, 'date_of_birth', false, `${collection}.dateOfBirth`);
	return {
		displayName: 'Lead Fields',
		name: collection,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...options, dateOfBirth].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

const addLead = x5Operation({
	function: 'external_add_lead',
	value: 'addLead',
	name: 'Add to Manual Dial List',
	action: 'Add a lead to the agent’s manual dial list',
	description: 'Add a lead to the manual dial list of the logged-in agent’s campaign',
	properties: [
		agentUser,
		x5Choice('DNC Check', 'dnc_check', [{ name: 'Default', value: '' }, { name: 'Yes', value: 'YES' }, { name: 'No', value: 'NO' }], { default: '', description: 'Check the number against the system’s do-not-call list' }),
		x5Choice('Campaign DNC Check', 'campaign_dnc_check', [{ name: 'Default', value: '' }, { name: 'Yes', value: 'YES' }, { name: 'No', value: 'NO' }], { default: '', description: 'Check the number against the campaign’s do-not-call list' }),
		leadFields('leadFields'),
	],
	answer: { kind: 'status', values: ['phoneNumber', 'campaignId', 'listId', 'leadId', 'agentUser'], types: { listId: 'number', leadId: 'number' } },
});

const CLEARABLE = [...LEAD_FIELDS.map(([queryName, label]) => ({ name: label, value: queryName })), { name: 'Date of Birth', value: 'date_of_birth' }].sort((a, b) => a.name.localeCompare(b.name));

/** Sends `--BLANK--` for each field to clear; a field both set and cleared is refused by name. */
const fieldsToClear: INodeProperties = {
	displayName: 'Fields to Clear',
	name: 'fieldsToClear',
	type: 'multiOptions',
	options: CLEARABLE,
	default: [],
	description: 'Lead fields to empty on the agent’s screen',
	routing: {
		send: {
			preSend: [
				async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
					const cleared = (this.getNodeParameter('fieldsToClear', []) as string[]) ?? [];
					const set = (this.getNodeParameter('updateFields', {}) as IDataObject) ?? {};
					const qs = { ...(requestOptions.qs as IDataObject) };
					for (const field of cleared) {
						const value = set[camel(field)];
						if (value !== undefined && String(value).trim() !== '') {
							const label = CLEARABLE.find((option) => option.value === field)?.name ?? field;
							throw new NodeOperationError(this.getNode(), `"${label}" is both set and cleared`, {
								itemIndex: this.getItemIndex(),
								description: `Remove "${label}" from Lead Fields or from Fields to Clear.`,
							});
						}
						qs[field] = BLANK;
					}
					requestOptions.qs = qs;
					return requestOptions;
				},
			],
		},
	},
};

const updateFields = x5Operation({
	function: 'update_fields',
	value: 'updateFields',
	name: 'Update Lead on Screen',
	action: 'Update the lead on the agent’s screen',
	description: 'Change fields of the lead the agent has on screen; only the fields given change',
	properties: [agentUser, leadFields('updateFields'), fieldsToClear],
	answer: { kind: 'status', values: ['user', 'agentUser', 'leadId', 'fieldsUpdated'], types: { leadId: 'number' } },
});

export const agentLead: ResourceSpec = {
	name: 'Agent Lead',
	value: 'agentLead',
	description: 'The lead on a logged-in agent’s screen, and leads added to their manual dial list',
	operations: [addLead, updateFields],
	defaultOperation: addLead.spec.value,
};
