import type { INodeProperties } from 'n8n-workflow';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytelX5 } from '../api';
import { checks, choiceField, DROP, fieldsToClearField, NON_AGENT_PATH, statusAnswer, x5Field, yesNoField } from './kit';

/**
 * Phones (SIP/IAX extensions) and phone aliases: add_phone, update_phone, add_phone_alias,
 * update_phone_alias; and add_fpg_phone (a number into a filter phone group). The collection's
 * rows send only the login; the fields are the document's.
 */

const SERVER_IP = /^\d{1,3}(\.\d{1,3}){3}$/;
const serverIp = x5Field(
	{ displayName: 'Server IP', name: 'serverIp', required: true, placeholder: 'e.g. 192.168.198.5', description: 'The telephony server the phone is on' },
	'server_ip',
	{ check: (value) => (SERVER_IP.test(value) ? undefined : 'must be an IPv4 address such as 10.10.10.16') },
);
const extension = x5Field({ displayName: 'Extension', name: 'extension', required: true, placeholder: 'e.g. 55000' }, 'extension', { check: checks.length(2, 100) });
const protocolChoices = [
	{ name: 'EXTERNAL', value: 'EXTERNAL' },
	{ name: 'IAX2', value: 'IAX2' },
	{ name: 'SIP', value: 'SIP' },
	{ name: 'Zap', value: 'Zap' },
];
const gmt = (value: string) => (/^[+-]?\d{1,2}\.\d{2}$/.test(value) ? undefined : 'must be an offset such as -5.00');

/** Settings both operations take, in `collection`. */
function phoneSettings(collection: string): INodeProperties[] {
	const text = (displayName: string, name: string, queryName: string, placeholder: string, check?: (value: string) => string | undefined) =>
		x5Field({ displayName, name, placeholder }, queryName, { check, collection });
	return [
		text('Phone Context', 'phoneContext', 'phone_context', 'e.g. default'),
		text('Email', 'email', 'email', 'e.g. voicemail@example.com', checks.length(1, 100)),
		text('Admin User Group', 'adminUserGroup', 'admin_user_group', 'e.g. ---ALL---'),
		choiceField('Webphone', 'isWebphone', 'is_webphone', 'Treat the phone as a webphone', [
			{ name: 'Yes', value: 'Y' },
			{ name: 'No', value: 'N' },
			{ name: 'Yes, Launched by API', value: 'Y_API_LAUNCH' },
		], collection),
		yesNoField('Webphone Auto Answer', 'webphoneAutoAnswer', 'webphone_auto_answer', 'Answer as soon as the call to the agent is placed', collection),
		yesNoField('Use External Server IP', 'useExternalServerIp', 'use_external_server_ip', "Register with the server's external IP", collection),
		text('Template ID', 'templateId', 'template_id', 'e.g. SIPtemplate', checks.length(1, 15)),
		yesNoField('On-Hook Agent', 'onHookAgent', 'on_hook_agent', 'Treat the phone as on-hook when an agent logs in with it', collection),
	];
}

const createPhone = defineOperation(ytelX5, {
	value: 'create',
	name: 'Create',
	action: 'Create a phone',
	description: 'Add a phone (extension) to a server',
	method: 'GET',
	path: NON_AGENT_PATH,
	query: { function: 'add_phone' },
	answer: statusAnswer([DROP, 'extension', 'server_ip', 'protocol', 'dialplan_number']),
	properties: [
		extension,
		serverIp,
		x5Field({ displayName: 'Dialplan Number', name: 'dialplanNumber', required: true, placeholder: 'e.g. 55000' }, 'dialplan_number', { check: checks.digits(1, 20) }),
		x5Field({ displayName: 'Voicemail ID', name: 'voicemailId', required: true, placeholder: 'e.g. 55000' }, 'voicemail_id', { check: checks.digits(1, 10) }),
		x5Field({ displayName: 'Phone Login', name: 'phoneLogin', required: true, placeholder: 'e.g. 55000' }, 'phone_login', { check: checks.length(1, 20) }),
		x5Field({ displayName: 'Phone Password', name: 'phonePass', required: true, typeOptions: { password: true } }, 'phone_pass', { check: checks.length(1, 20) }),
		x5Field({ displayName: 'Protocol', name: 'protocol', type: 'options', options: protocolChoices, default: 'SIP', required: true }, 'protocol'),
		x5Field({ displayName: 'Registration Password', name: 'registrationPassword', required: true, typeOptions: { password: true } }, 'registration_password', { check: checks.length(1, 20) }),
		x5Field({ displayName: 'Phone Name', name: 'phoneFullName', required: true, placeholder: 'e.g. Extension 55000' }, 'phone_full_name', { check: checks.length(1, 50) }),
		x5Field({ displayName: 'GMT Offset', name: 'localGmt', required: true, default: '-5.00', description: 'Time zone offset, not adjusted for daylight saving' }, 'local_gmt', { check: gmt }),
		x5Field({ displayName: 'Outbound Caller ID', name: 'outboundCid', required: true, placeholder: 'e.g. 7275551212' }, 'outbound_cid', { check: checks.digits(1, 20) }),
		{ displayName: 'Additional Fields', name: 'phoneFields', type: 'collection', placeholder: 'Add Field', default: {}, options: phoneSettings('phoneFields') },
	],
});

const updatePhone = defineOperation(ytelX5, {
	value: 'update',
	name: 'Update',
	action: 'Update a phone',
	description: 'Update or delete a phone',
	method: 'GET',
	path: NON_AGENT_PATH,
	query: { function: 'update_phone' },
	answer: statusAnswer([DROP, 'extension', 'server_ip', 'protocol', 'dialplan_number']),
	properties: [
		extension,
		serverIp,
		{
			displayName: 'Update Fields',
			name: 'phoneUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				yesNoField('Delete Phone', 'deletePhone', 'delete_phone', 'Delete the phone', 'phoneUpdateFields'),
				x5Field({ displayName: 'Dialplan Number', name: 'dialplanNumber', placeholder: 'e.g. 55000' }, 'dialplan_number', { check: checks.digits(1, 20), collection: 'phoneUpdateFields' }),
				x5Field({ displayName: 'Voicemail ID', name: 'voicemailId', placeholder: 'e.g. 55000' }, 'voicemail_id', { check: checks.digits(1, 10), collection: 'phoneUpdateFields' }),
				x5Field({ displayName: 'Phone Login', name: 'phoneLogin', placeholder: 'e.g. 55000' }, 'phone_login', { check: checks.length(1, 20), collection: 'phoneUpdateFields' }),
				x5Field({ displayName: 'Phone Password', name: 'phonePass', typeOptions: { password: true } }, 'phone_pass', { check: checks.length(1, 20), collection: 'phoneUpdateFields' }),
				choiceField('Protocol', 'protocol', 'protocol', 'The phone’s protocol', protocolChoices, 'phoneUpdateFields'),
				x5Field({ displayName: 'Registration Password', name: 'registrationPassword', typeOptions: { password: true } }, 'registration_password', { check: checks.length(1, 20), collection: 'phoneUpdateFields' }),
				x5Field({ displayName: 'Phone Name', name: 'phoneFullName', placeholder: 'e.g. Extension 55000' }, 'phone_full_name', { check: checks.length(1, 50), collection: 'phoneUpdateFields' }),
				x5Field({ displayName: 'GMT Offset', name: 'localGmt', placeholder: 'e.g. -5.00' }, 'local_gmt', { check: gmt, collection: 'phoneUpdateFields' }),
				x5Field({ displayName: 'Outbound Caller ID', name: 'outboundCid', placeholder: 'e.g. 7275551212' }, 'outbound_cid', { check: checks.digits(6, 18), collection: 'phoneUpdateFields' }),
				x5Field({ displayName: 'Outbound Alt Caller ID', name: 'outboundAltCid', placeholder: 'e.g. 7275551213' }, 'outbound_alt_cid', { check: checks.digits(6, 18), collection: 'phoneUpdateFields' }),
				x5Field({ displayName: 'Ring Timeout', name: 'phoneRingTimeout', placeholder: 'e.g. 60', description: 'Seconds' }, 'phone_ring_timeout', { check: checks.digits(1, 3), collection: 'phoneUpdateFields' }),
				yesNoField('Delete Voicemail After Email', 'deleteVmAfterEmail', 'delete_vm_after_email', 'Delete voicemails once emailed', 'phoneUpdateFields'),
				...phoneSettings('phoneUpdateFields'),
			],
		},
		fieldsToClearField('phoneFieldsToClear', [
			{ name: 'Email', value: 'email' },
			{ name: 'Outbound Alt Caller ID', value: 'outbound_alt_cid' },
		]),
	],
});

const aliasId = x5Field({ displayName: 'Alias ID', name: 'aliasId', required: true, placeholder: 'e.g. xyz100' }, 'alias_id', { check: checks.length(2, 20) });
const aliasFields = (required: boolean): INodeProperties[] => [
	x5Field({ displayName: 'Alias Name', name: 'aliasName', required, placeholder: 'e.g. XYZ testing' }, 'alias_name', { check: checks.length(1, 50) }),
	x5Field({ displayName: 'Phone Logins', name: 'phoneLogins', required, placeholder: 'e.g. 100a,100b', description: 'The phone logins the alias rings, separated by commas' }, 'phone_logins', {
		check: checks.length(2, 255),
		write: (value) => value.split(',').map((login) => login.trim()).filter(Boolean).join(','),
	}),
];

const createAlias = defineOperation(ytelX5, {
	value: 'createAlias',
	name: 'Create Alias',
	action: 'Create a phone alias',
	description: 'Add a phone alias: one login for several phones',
	method: 'GET',
	path: NON_AGENT_PATH,
	query: { function: 'add_phone_alias' },
	answer: statusAnswer([DROP, 'alias_id', 'alias_name', 'phone_logins']),
	properties: [aliasId, ...aliasFields(true)],
});

const updateAlias = defineOperation(ytelX5, {
	value: 'updateAlias',
	name: 'Update Alias',
	action: 'Update a phone alias',
	description: 'Update or delete a phone alias',
	method: 'GET',
	path: NON_AGENT_PATH,
	query: { function: 'update_phone_alias' },
	answer: statusAnswer([DROP, 'alias_id']),
	properties: [aliasId, ...aliasFields(false), yesNoField('Delete Alias', 'deleteAlias', 'delete_alias', 'Delete the phone alias')],
});

export const phone: ResourceSpec = {
	name: 'Phone',
	value: 'phone',
	description: 'Phones (extensions) and phone aliases',
	operations: [createPhone, updatePhone, createAlias, updateAlias],
	defaultOperation: 'create',
};

const addNumber = defineOperation(ytelX5, {
	value: 'addNumber',
	name: 'Add Number',
	action: 'Add a number to a filter phone group',
	description: 'Add a phone number to a filter phone group',
	method: 'GET',
	path: NON_AGENT_PATH,
	query: { function: 'add_fpg_phone' },
	answer: statusAnswer([DROP, 'phone_number', 'group_id']),
	properties: [
		x5Field({ displayName: 'Phone Number', name: 'fpgPhoneNumber', required: true, placeholder: 'e.g. 9998881112', description: '6 to 20 characters' }, 'phone_number', { check: checks.length(6, 20) }),
		// The collection sends `group_id` (VICIdial's document: `group`).
		x5Field({ displayName: 'Filter Phone Group ID', name: 'groupId', required: true, placeholder: 'e.g. 1111' }, 'group_id', { check: checks.length(2, 30) }),
	],
});

export const filterPhoneGroup: ResourceSpec = {
	name: 'Filter Phone Group',
	value: 'filterPhoneGroup',
	description: 'Groups of numbers that filter inbound calls',
	operations: [addNumber],
	defaultOperation: 'addNumber',
};
