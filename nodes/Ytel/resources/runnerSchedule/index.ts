import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { instantOf } from '../../../shared/dates';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { campaignLocator, computedBodyField, extraProperties, refuse, scheduleContactIds, sendAs, wholeListFields } from '../campaignKit';

/**
 * Runner schedules: a runner (`createBatchRequest`) the schedule makes on given days at a time of
 * day, once or recurring. The collection has no saved answers here: the fields follow its requests.
 */

const FIELDS = 'scheduleFields';

const runnerDisplayName: INodeProperties = {
	displayName: 'Runner Display Name',
	name: 'runnerDisplayName',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. Weekday reminders',
	description: 'Name of the runner each run makes',
	routing: { send: { type: 'body', property: 'createBatchRequest.displayName' } },
};

/** Sunday 1, Monday 2, … Saturday 64, summed: Monday to Friday is 62 as in Ytel's example. */
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const fields: INodeProperties[] = [
	computedBodyField(
		{
			displayName: 'Days of Week',
			name: 'dayOfWeek',
			type: 'multiOptions',
			default: [],
			options: DAYS.map((name, bit) => ({ name, value: String(1 << bit) })),
			description: 'The days the schedule runs on',
		},
		'dayOfWeek',
		(value) => (Array.isArray(value) && value.length ? value.reduce((sum: number, bit) => sum | Number(bit), 0) : undefined),
		FIELDS,
	),
	sendAs({ displayName: 'Time of Day', name: 'timeOfDay', type: 'string', default: '', placeholder: 'e.g. 10:00', description: 'When the schedule runs (HH:mm)' }),
	sendAs({ displayName: 'Timezone ID', name: 'timezoneId', type: 'number', default: 0, description: "Ytel's timezone ID of the time of day, e.g. -32 (Timezones lists them)" }),
	sendAs({ displayName: 'Recurring', name: 'recurring', type: 'boolean', default: true, description: 'Whether the schedule runs again every period' }),
	sendAs({ displayName: 'Period Number', name: 'periodNumber', type: 'number', typeOptions: { minValue: 1 }, default: 1, description: 'How many period units between two runs' }),
	sendAs({
		displayName: 'Period Units',
		name: 'periodUnits',
		type: 'options',
		default: 'DAYS',
		options: [
			{ name: 'Days', value: 'DAYS' },
			{ name: 'Hours', value: 'HOURS' },
			{ name: 'Months', value: 'MONTHS' },
			{ name: 'Weeks', value: 'WEEKS' },
		],
	}),
	sendAs({ displayName: 'Status', name: 'status', type: 'number', default: 1, description: "The schedule's status code, e.g. 1 (active)" }),
	sendAs({ displayName: 'Failure Mode', name: 'scheduleFailureMode', type: 'number', default: 1, description: "Ytel's schedule failure mode code, e.g. 1" }),
	computedBodyField(
		{
			displayName: 'Skip Do-Not-Contact For',
			name: 'dncFilter',
			type: 'multiOptions',
			default: [],
			options: [
				{ name: 'Calls', value: 'call' },
				{ name: 'SMS', value: 'sms' },
			],
			description: 'Leave out the contacts on the do-not-contact list of these channels',
		},
		'filters.dnc',
		(value) => (Array.isArray(value) && value.length ? value : undefined),
		FIELDS,
	),
	computedBodyField(
		{ displayName: 'Expire', name: 'expire', type: 'dateTime', default: '', description: 'When the schedule stops (sent as epoch seconds)' },
		'expire',
		function (value, label) {
			if (value === undefined || value === null || value === '') return undefined;
			const millis = instantOf(value, this.getTimezone());
			if (millis === undefined) refuse(this, `"${label}" is not a date: "${String(value)}"`, 'Enter a date such as 2024-05-01T10:00:00Z, or pick one.');
			return Math.floor(millis / 1000);
		},
		FIELDS,
	),
	sendAs(
		{ displayName: 'Runner Period (Ms)', name: 'runnerPeriodMs', type: 'number', default: -1, description: 'Milliseconds between two contacts of each run, e.g. -1 as in Ytel’s example' },
		'createBatchRequest.periodMs',
	),
	sendAs({ displayName: 'Runner Starts', name: 'runnerStart', type: 'boolean', default: true, description: 'Whether each run starts its runner at once' }, 'createBatchRequest.start'),
	extraProperties(FIELDS, '{"nextScheduled": null}'),
];

const scheduleFields: INodeProperties = { displayName: 'Schedule Fields', name: FIELDS, type: 'collection', placeholder: 'Add Field', default: {}, options: fields };

const scheduleId: INodeProperties = {
	displayName: 'Schedule ID',
	name: 'scheduleId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 3f8e1a20-77aa-11eb-9439-0242ac130002',
	description: 'The schedule to change (Get Many lists them)',
};

/** The runner a schedule makes belongs to the campaign of the path, unless Extra Properties say otherwise. */
const withCampaign = {
	validate(this: IExecuteSingleFunctions, request: { body?: unknown }) {
		const body = (request.body ?? {}) as IDataObject;
		const runner = (body.createBatchRequest ?? {}) as IDataObject;
		if (runner.campaignId === undefined) {
			body.createBatchRequest = { campaignId: String(this.getNodeParameter('campaignId', '', { extractValue: true })).trim(), ...runner };
			request.body = body;
		}
	},
};

const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create a runner schedule',
	description: 'Schedule runners of a campaign on days of the week at a time of day',
	method: 'POST',
	path: '/v4/campaign/{campaignId}/batch/schedule',
	properties: [campaignLocator, runnerDisplayName, scheduleContactIds, scheduleFields],
	validate: withCampaign.validate,
});

const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update a runner schedule',
	description: 'Change the days, time or runner of a schedule',
	method: 'PUT',
	path: '/v4/campaign/{campaignId}/batch/schedule/{scheduleId}',
	properties: [campaignLocator, scheduleId, runnerDisplayName, scheduleContactIds, scheduleFields],
	validate: withCampaign.validate,
});

const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many runner schedules',
	description: 'List the runner schedules of every campaign',
	method: 'GET',
	path: '/v4/campaign/batch/schedule',
	output: 'list',
	properties: wholeListFields(),
});

export const runnerSchedule: ResourceSpec = {
	name: 'Runner Schedule',
	value: 'runnerSchedule',
	description: 'Schedules that make runners of a campaign on given days',
	operations: [getAll, create, update],
	defaultOperation: getAll.spec.value,
};
