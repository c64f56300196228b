import type { INodeProperties } from 'n8n-workflow';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytelYcc } from '../../shared/api';
import { locatorToBody, locatorToQuery } from '../voiceRoutingKit';
import { bodyNumber, bodyText, bodyYesNo, requiredBodyText, settingsJson, voicemailLocator } from './kit';

/** Voicemail boxes of the contact centre. */


function boxFields(collection: string, withLoginReport: boolean): INodeProperties[] {
	return [
		bodyYesNo('Active', 'active', 'active', 'Whether the box takes messages'),
		bodyText('Email', 'email', 'email', 'e.g. name@email.com', { description: 'Where recorded messages are sent' }),
		bodyYesNo('Delete After Email', 'deleteAfterEmail', 'delete_vm_after_email', 'Whether a message is deleted once sent by email', 'N'),
		bodyText('Time Zone', 'timezone', 'voicemail_timezone', 'e.g. pacific'),
		bodyText('Agent Group', 'userGroup', 'user_group', 'e.g. ---ALL---', { description: 'The agent group the box belongs to' }),
		bodyText('Greeting', 'greeting', 'voicemail_greeting', 'e.g. vm-greeting', { description: 'The pre-recorded greeting' }),
		bodyText('Options', 'options', 'voicemail_options', 'e.g. attach=yes', { description: 'Settings specific to this box' }),
		bodyNumber('New Messages', 'messages', 'messages', 'The count of messages not listened to'),
		bodyNumber('Old Messages', 'oldMessages', 'old_messages', 'The count of messages listened to'),
		...(withLoginReport ? [bodyYesNo('On Login Report', 'onLoginReport', 'on_login_report', 'Whether the pre-built report is used')] : []),
		settingsJson('Extra Properties (JSON)', 'extraProperties', '{"email": ""}', 'Any other properties Ytel accepts here', collection),
	];
}

const password = (required: boolean): INodeProperties =>
	bodyText('Password', 'boxPassword', 'pass', '', { required, typeOptions: { password: true }, description: 'The PIN to listen to the box' });

const get = defineOperation(ytelYcc, {
	value: 'get',
	name: 'Get',
	action: 'Get a voicemail box',
	description: 'Get the settings and message counts of a voicemail box',
	method: 'GET',
	path: '/admin-utilities/get-voicemail/{voicemailId}',
	properties: [voicemailLocator],
});

const create = defineOperation(ytelYcc, {
	value: 'create',
	name: 'Create',
	action: 'Create a voicemail box',
	description: 'Add a voicemail box',
	method: 'POST',
	path: '/admin-utilities/add-new-voicemail',
	properties: [
		requiredBodyText('Voicemail Box ID', 'voicemailId', 'voicemail_id', 'e.g. 8001', { description: 'The ID of the new box' }),
		requiredBodyText('Full Name', 'fullName', 'fullname', 'e.g. Support voicemail'),
		password(true),
		{ displayName: 'Additional Fields', name: 'boxFields', type: 'collection', placeholder: 'Add Field', default: {}, options: boxFields('boxFields', false) },
	],
});

const update = defineOperation(ytelYcc, {
	value: 'update',
	name: 'Update',
	action: 'Update a voicemail box',
	description: 'Change the settings of a voicemail box; the fields added are sent',
	method: 'POST',
	path: '/admin-utilities/update-voicemail',
	properties: [
		locatorToBody(voicemailLocator, 'voicemail_id'),
		{
			displayName: 'Update Fields',
			name: 'boxUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [bodyText('Full Name', 'fullName', 'fullname', 'e.g. Support voicemail'), password(false), ...boxFields('boxUpdateFields', true)],
		},
	],
});

// Ytel deletes a voicemail box with a GET request: kept as Ytel documents it.
const remove = defineOperation(ytelYcc, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a voicemail box',
	description: 'Delete a voicemail box',
	method: 'GET',
	path: '/admin-utilities/voicemail/delete',
	properties: [locatorToQuery(voicemailLocator, 'voicemail_id')],
});

export const ccVoicemail: ResourceSpec = {
	name: 'Voicemail Box',
	value: 'yccVoicemail',
	description: 'Voicemail boxes of the contact centre',
	operations: [get, create, update, remove],
	defaultOperation: get.spec.value,
};
