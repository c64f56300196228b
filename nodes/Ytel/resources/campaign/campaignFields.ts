import type { INodeProperties } from 'n8n-workflow';
import { extraProperties, sendAs } from '../campaignKit';

/** A campaign's settings, as Add Campaign and Edit Campaign take them (every one optional on Edit). */

export const campaignName = (required: boolean): INodeProperties =>
	sendAs({
		displayName: 'Campaign Name',
		name: 'campaignName',
		type: 'string',
		default: '',
		placeholder: 'e.g. Spring follow-up',
		...(required ? { required: true } : {}),
	});

const numberSet = sendAs({
	displayName: 'Number Set ID',
	name: 'numberSet',
	type: 'string',
	default: '',
	placeholder: 'e.g. 9c3080b2-9ba7-4d76-b362-60ec4c9bdeec',
	description: 'The number set the campaign sends from (a random number of the set for each message)',
});

const settings: INodeProperties[] = [
	sendAs({
		displayName: 'Quiet Hours Mode',
		name: 'timezoneProtectionType',
		type: 'number',
		default: 0,
		description: "Ytel's timezone protection type: 0 sends at any time; other values keep sending inside the start and end times",
	}),
	sendAs({
		displayName: 'Quiet Hours Start Time',
		name: 'timezoneProtectionStartTime',
		type: 'string',
		default: '',
		placeholder: 'e.g. 08:00:00',
		description: 'Earliest time of day to send (HH:mm:ss)',
	}),
	sendAs({
		displayName: 'Quiet Hours End Time',
		name: 'timezoneProtectionEndTime',
		type: 'string',
		default: '',
		placeholder: 'e.g. 22:00:00',
		description: 'Latest time of day to send (HH:mm:ss)',
	}),
	sendAs({
		displayName: 'Fixed Timezone ID',
		name: 'timezoneProtectionTimezoneFixed',
		type: 'number',
		default: 0,
		description: "Ytel's timezone ID the start and end times are read in, e.g. -20 (Timezones lists them)",
	}),
	sendAs({
		displayName: 'Workflow Display Type',
		name: 'workflowDisplayType',
		type: 'number',
		default: 1,
		description: 'How Ytel shows the workflow of the campaign, e.g. 1',
	}),
];

const EXAMPLE = '{"workflowDisplayType": 1}';

export const campaignAdditionalFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [numberSet, ...settings, extraProperties('additionalFields', EXAMPLE)],
};

export const campaignUpdateFields: INodeProperties = {
	displayName: 'Update Fields',
	name: 'updateFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [campaignName(false), numberSet, ...settings, extraProperties('updateFields', EXAMPLE)],
};
