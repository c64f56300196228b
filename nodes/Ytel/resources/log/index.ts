import { limitField, returnAllField } from '../../../shared/fields';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { bodyTop, extraOnly, fieldCollection, queryTop, type YtelField } from '../../numbers/fields';
import { ytel, ytelCarrierPaging, ytelLogPaging, ytelRecordingPaging } from '../../shared/api';

const list = [returnAllField, limitField];
const DAY_WINDOW = 'UTC day; Ytel reads whole days';
const startDay: YtelField = { key: 'startDate', label: 'Start Date', kind: 'day', required: true, description: `First day of the window (${DAY_WINDOW})` };
const endDay: YtelField = { key: 'endDate', label: 'End Date', kind: 'day', required: true, description: `Last day of the window (${DAY_WINDOW})` };
const logWindow = [queryTop(startDay), queryTop(endDay)];

const DIRECTIONS = [
	{ name: 'Inbound', value: 'inbound' },
	{ name: 'Outbound', value: 'outbound' },
];
const logFilters = (name: string, statusExample: string, typeExample: string, directions = DIRECTIONS) =>
	fieldCollection({
		displayName: 'Filters',
		name,
		target: 'query',
		placeholder: 'Add Filter',
		fields: [
			{ key: 'direction', label: 'Direction', kind: 'options', options: directions },
			{ key: 'status', label: 'Status', kind: 'text', placeholder: `e.g. ${statusExample}` },
			{ key: 'type', label: 'Type', kind: 'text', placeholder: `e.g. ${typeExample}` },
			{ key: 'campaignId', label: 'Campaign ID', kind: 'text', placeholder: 'e.g. 24926fc0-f1b4-11ec-9ba5-8f09fd1b1f8d' },
			{ key: 'to', label: 'To', kind: 'phone' },
			{ key: 'from', label: 'From', kind: 'phone' },
		],
	});

const getCallLogs = defineOperation(ytel, {
	value: 'getCallLogs',
	name: 'Get Call Logs',
	action: 'Get call logs',
	description: 'Calls between two UTC days, oldest first',
	method: 'GET',
	path: '/v4/logs/call',
	output: 'list',
	paging: ytelLogPaging,
	properties: [...logWindow, ...list, logFilters('callFilters', 'completed', 'outbound-api')],
});

const getSmsLogs = defineOperation(ytel, {
	value: 'getSmsLogs',
	name: 'Get SMS Logs',
	action: 'Get SMS logs',
	description: 'Messages between two UTC days, oldest first',
	method: 'GET',
	path: '/v4/logs/sms',
	output: 'list',
	paging: ytelLogPaging,
	properties: [
		...logWindow,
		...list,
		logFilters('smsFilters', 'failed', 'regular', [
			{ name: 'Inbound', value: 'in' },
			{ name: 'Outbound', value: 'out' },
		]),
	],
});

const callSid: YtelField = { key: 'callSid', label: 'Call SID', kind: 'text', placeholder: 'e.g. 722e2560-f632-11ec-b1f1-8d4764fd08ab' };

const getCallDetail = defineOperation(ytel, {
	value: 'getCallDetail',
	name: 'Get Call Detail',
	action: 'Get the log of a call',
	description: 'The log of one call by its SID',
	method: 'GET',
	path: '/v4/logs/call/details/{callSid}',
	properties: [{ displayName: 'Call SID', name: 'callSid', type: 'string', default: '', required: true, placeholder: 'e.g. 722e2560-f632-11ec-b1f1-8d4764fd08ab' }],
});

const getSmsDetail = defineOperation(ytel, {
	value: 'getSmsDetail',
	name: 'Get SMS Detail',
	action: 'Get the log of a message',
	description: 'The log of one message by its SID',
	method: 'GET',
	path: '/v4/logs/sms/details/{smsSid}',
	properties: [{ displayName: 'Message SID', name: 'smsSid', type: 'string', default: '', required: true, placeholder: 'e.g. 1c3a5e20-5357-11eb-8c7a-1d0e3f4b7c61' }],
});

const getRecordings = defineOperation(ytel, {
	value: 'getRecordings',
	name: 'Get Recordings',
	action: 'Get call recordings',
	description: 'Call recordings from a UTC day on, oldest first; or those of one call',
	method: 'GET',
	path: '/v4/logs/recording',
	output: 'list',
	paging: ytelRecordingPaging,
	properties: [
		...list,
		fieldCollection({
			displayName: 'Filters',
			name: 'recordingFilters',
			target: 'query',
			placeholder: 'Add Filter',
			fields: [
				{ key: 'startDate', label: 'Start Date', kind: 'day', description: 'First day (UTC); with a call SID, the day of that call' },
				callSid,
				{ key: 'recordingSid', label: 'Recording SID', kind: 'text', placeholder: 'e.g. 542e2590-f632-11ec-b1f1-8d4764fd08ab' },
			],
		}),
	],
});

const getCarrierLogs = defineOperation(ytel, {
	value: 'getCarrierLogs',
	name: 'Get Carrier Lookup Logs',
	action: 'Get carrier lookup logs',
	description: 'Carrier lookups between two UTC days, oldest first',
	method: 'GET',
	path: '/v4/logs/carrier',
	output: 'list',
	paging: ytelCarrierPaging,
	properties: [...logWindow, ...list],
});

const getDebugLogs = defineOperation(ytel, {
	value: 'getDebugLogs',
	name: 'Get Debug Logs',
	action: 'Get debug logs',
	description: 'The debug entries Ytel wrote for one request, by the ID its answer or callback carried',
	method: 'GET',
	path: '/v4/logs/debug/{debugId}',
	properties: [{ displayName: 'Debug ID', name: 'debugId', type: 'string', default: '', required: true, placeholder: 'e.g. 6be998f3-d47e-4b17-b80b-0456cf070179' }],
});

const exportEmail: YtelField = { key: 'email', label: 'Email', kind: 'text', required: true, placeholder: 'e.g. name@email.com', description: 'Where Ytel sends the link to the export file (kept 48 hours)' };
const exportType: YtelField = {
	key: 'type',
	label: 'Logs',
	kind: 'options',
	required: true,
	default: '1',
	options: [
		{ name: 'Calls (CDR)', value: '1' },
		{ name: 'Messages (MDR)', value: '2' },
	],
};

const exportLogs = defineOperation(ytel, {
	value: 'export',
	name: 'Export',
	action: 'Export call or message logs',
	description: 'Email a file of call (CDR) or message (MDR) logs of up to three months. Ytel allows a few exports an hour: a refused export fails at once with the time to retry.',
	method: 'POST',
	path: '/v4/logs/export',
	properties: [
		bodyTop(exportEmail),
		bodyTop({ key: 'startdate', name: 'exportStart', label: 'Start Date', kind: 'day', required: true, description: 'First day (UTC)' }),
		bodyTop({ key: 'enddate', name: 'exportEnd', label: 'End Date', kind: 'day', required: true, description: 'Last day (UTC), at most three months after the start' }),
		bodyTop(exportType),
		extraOnly('{"timezone": "UTC"}'),
	],
});

export const log: ResourceSpec = {
	name: 'Log',
	value: 'log',
	operations: [getCallLogs, getSmsLogs, getCallDetail, getSmsDetail, getRecordings, getCarrierLogs, getDebugLogs, exportLogs],
	defaultOperation: getSmsLogs.spec.value,
};
