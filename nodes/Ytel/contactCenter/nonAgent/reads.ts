import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { readTextAnswer } from '../../../shared/textAnswer';
import { ytelX5 } from '../api';
import { checks, NON_AGENT_PATH, rowsAnswer, statusAnswer, x5Field } from './kit';

/**
 * The Non-Agent API's lists and exports. Each asks for one known layout (exports: `stage=tab`
 * with `header=YES`; lists: `format=tab`) and returns one item per row with the document's column
 * names, typed: numbers as numbers, `YYYY-MM-DD HH:MM:SS` as `YYYY-MM-DDTHH:MM:SS` (the dialer's
 * time, no zone given), percentages as numbers. Tabs, not pipes: names and URLs may hold `|`.
 */

const EXPORT_LAYOUT = { stage: 'tab', header: 'YES' };
const day = (displayName: string, name: string, required: boolean, description: string) =>
	x5Field({ displayName, name, required, placeholder: 'e.g. 2026-12-01', description }, 'date', { check: checks.day });

/** `comments` names the form field an HTML chooser fills: meaningless for tab rows, sent when set. */
const commentsOption = (collection: string): INodeProperties =>
	x5Field({ displayName: 'Comments', name: 'comments', placeholder: 'e.g. fieldname', description: 'Sent as comments (the field an HTML chooser fills; no effect on the rows)' }, 'comments', { collection });

const getRecordings = defineOperation(ytelX5, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many recordings',
	description: 'Look recordings up by agent and day, lead or call (at most 100,000)',
	method: 'GET',
	path: NON_AGENT_PATH,
	query: { function: 'recording_lookup', ...EXPORT_LAYOUT },
	answer: rowsAnswer({ delimiter: '\t', header: true, types: { start_time: 'dateTime', recording_id: 'number', lead_id: 'number', duration: 'number' } }),
	properties: [
		x5Field({ displayName: 'Agent User', name: 'agentUser', placeholder: 'e.g. 1000', description: "The agent's user ID, 2 to 20 characters" }, 'agent_user', { check: checks.agentUser }),
		day('Date', 'date', false, 'The day of the calls, YYYY-MM-DD'),
		x5Field({ displayName: 'Lead ID', name: 'leadId', placeholder: 'e.g. 876409' }, 'lead_id', { check: checks.digits(1, 10) }),
		x5Field({ displayName: 'Call Unique ID', name: 'uniqueid', placeholder: 'e.g. 1796116364.1', description: 'Best with another search field' }, 'uniqueid'),
	],
	validate(request) {
		const qs = (request.qs ?? {}) as IDataObject;
		if (!['agent_user', 'lead_id', 'date', 'uniqueid'].some((name) => qs[name] !== undefined)) {
			throw new NodeOperationError(this.getNode(), 'Fill at least one of "Agent User", "Date", "Lead ID" or "Call Unique ID"', { itemIndex: this.getItemIndex() });
		}
	},
});

export const recording: ResourceSpec = {
	name: 'Recording',
	value: 'recording',
	description: 'Call recordings',
	operations: [getRecordings],
	defaultOperation: getRecordings.spec.value,
};

const didLog = defineOperation(ytelX5, {
	value: 'exportDidLog',
	name: 'Export DID Log',
	action: 'Export the calls to a DID',
	description: 'Every inbound call to a number (DID) on one day (at most 100,000)',
	method: 'GET',
	path: NON_AGENT_PATH,
	query: { function: 'did_log_export', ...EXPORT_LAYOUT },
	answer: rowsAnswer({ delimiter: '\t', header: true, types: { call_date: 'dateTime', length_in_sec: 'number' } }),
	properties: [
		x5Field({ displayName: 'DID', name: 'didNumber', required: true, placeholder: 'e.g. 3125551212', description: 'The inbound number, 2 to 20 characters' }, 'phone_number', { check: checks.length(2, 20) }),
		day('Date', 'didDate', true, 'The day of the calls, YYYY-MM-DD'),
	],
});

const DATETIME = /^(\d{4}-\d{2}-\d{2})[ T+](\d{2}:\d{2}:\d{2})$/;
const dateTime = (displayName: string, name: string, placeholder: string) =>
	x5Field({ displayName, name, required: true, placeholder, description: 'YYYY-MM-DD HH:MM:SS, in the dialer’s time' }, name === 'datetimeStart' ? 'datetime_start' : 'datetime_end', {
		check: (value) => {
			const match = DATETIME.exec(value);
			return match && checks.day(match[1]) === undefined ? undefined : 'must be a date and time in the form YYYY-MM-DD HH:MM:SS';
		},
		write: (value) => value.replace(DATETIME, '$1+$2'),
	});

/** Columns the document shows in H:MM:SS; asked as seconds (time_format=S), so they are numbers. */
const SECONDS = ['login_time', 'total_talk_time', 'avg_talk_time', 'avg_wait_time', 'pause_time', 'avg_session', 'avg_pause_time', 'wait_time', 'talk_time', 'dispo_time', 'dead_time'];

const agentStats = defineOperation(ytelX5, {
	value: 'exportAgentStats',
	name: 'Export Agent Stats',
	action: 'Export agent statistics',
	description: 'Agent activity between two times, one item per agent; times in seconds',
	method: 'GET',
	path: NON_AGENT_PATH,
	query: { function: 'agent_stats_export', ...EXPORT_LAYOUT, time_format: 'S' },
	answer: rowsAnswer({
		delimiter: '\t',
		header: true,
		types: {
			calls: 'number',
			sessions: 'number',
			pauses: 'number',
			pauses_per_session: 'number',
			pct_of_queue: 'percent',
			pause_pct: 'percent',
			...Object.fromEntries(SECONDS.map((name) => [name, 'number' as const])),
		},
	}),
	properties: [
		dateTime('Start', 'datetimeStart', 'e.g. 2026-12-01 00:00:00'),
		dateTime('End', 'datetimeEnd', 'e.g. 2026-12-01 23:59:59'),
		x5Field({ displayName: 'Agent User', name: 'agentUser', placeholder: 'e.g. 1000', description: "Only this agent's statistics, 2 to 20 characters" }, 'agent_user', { check: checks.agentUser }),
	],
});

export const report: ResourceSpec = {
	name: 'Report',
	value: 'report',
	description: 'Call and agent exports',
	operations: [didLog, agentStats],
	defaultOperation: 'exportDidLog',
};

const voicemailBoxes = defineOperation(ytelX5, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many voicemail boxes',
	description: 'List the voicemail boxes',
	method: 'GET',
	path: NON_AGENT_PATH,
	query: { function: 'vm_list', format: 'tab' },
	answer: rowsAnswer({ delimiter: '\t', columns: ['voicemail_id', 'fullname', 'email'], types: {} }),
	properties: [{ displayName: 'Options', name: 'voicemailOptions', type: 'collection', placeholder: 'Add Option', default: {}, options: [commentsOption('voicemailOptions')] }],
});

export const voicemailBox: ResourceSpec = {
	name: 'Voicemail Box',
	value: 'voicemailBox',
	description: 'Voicemail boxes of the contact centre',
	operations: [voicemailBoxes],
	defaultOperation: voicemailBoxes.spec.value,
};

const soundFiles = defineOperation(ytelX5, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many audio files',
	description: 'List the audio store’s files',
	method: 'GET',
	path: NON_AGENT_PATH,
	query: { function: 'sounds_list', format: 'tab' },
	answer: rowsAnswer({ delimiter: '\t', columns: ['position', 'filename', 'date', 'size', 'epoch'], types: { position: 'number', date: 'dateTime', size: 'number', epoch: 'number' } }),
	properties: [
		{
			displayName: 'Options',
			name: 'audioOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				x5Field({ displayName: 'Sort By', name: 'sortBy', type: 'options', default: '', description: 'The order of the files', options: [
					{ name: 'Default', value: '' },
					{ name: 'Date (Newest First)', value: 'date' },
					{ name: 'Name', value: 'name' },
					{ name: 'Size (Largest First)', value: 'size' },
				] }, 'stage', { collection: 'audioOptions' }),
				commentsOption('audioOptions'),
			],
		},
	],
});

const mohClasses = defineOperation(ytelX5, {
	value: 'getMusicOnHold',
	name: 'Get Music On Hold Classes',
	action: 'Get the music on hold classes',
	description: 'List the music on hold classes',
	method: 'GET',
	path: NON_AGENT_PATH,
	query: { function: 'moh_list', format: 'tab' },
	answer: rowsAnswer({ delimiter: '\t', columns: ['moh_id', 'moh_name', 'random'], types: {} }),
	properties: [{ displayName: 'Options', name: 'mohOptions', type: 'collection', placeholder: 'Add Option', default: {}, options: [commentsOption('mohOptions')] }],
});

export const audio: ResourceSpec = {
	name: 'Audio',
	value: 'audio',
	description: 'Audio files and music on hold',
	operations: [soundFiles, mohClasses],
	defaultOperation: soundFiles.spec.value,
};

/** `SUCCESS:  - 1000|text` then `KEY: value` lines: one item with the agent's in-groups as a list. */
function ingroupInfo(body: unknown): IDataObject[] {
	const first = /^SUCCESS:[^\n]*?-\s*([^|\n]*)\|/m.exec(typeof body === 'string' ? body : '');
	const [lines] = readTextAnswer(body, { kind: 'keyValue' });
	const selected = String(lines['SELECTED INGROUPS'] ?? '')
		.split(/\s+/)
		.filter((group) => group && group !== '-');
	return [
		{
			success: true,
			agent_user: first?.[1].trim() ?? '',
			selected_ingroups: selected,
			outbound_autodial: lines['OUTBOUND AUTODIAL'] ?? '',
			manager_override: lines['MANAGER OVERRIDE'] ?? '',
			manager: lines.MANAGER ?? '',
		},
	];
}

const monitor = defineOperation(ytelX5, {
	value: 'monitor',
	name: 'Monitor',
	action: 'Monitor an agent session',
	description: 'Call a phone and put it in an agent’s session to listen, barge in or whisper',
	method: 'GET',
	path: NON_AGENT_PATH,
	query: { function: 'blind_monitor' },
	answer: statusAnswer(['phone_login', 'conference_dial', 'session_id'], { session_id: 'number' }),
	properties: [
		x5Field({ displayName: 'Session ID', name: 'sessionId', required: true, placeholder: 'e.g. 8600051', description: "The agent's session (conference), 7 digits" }, 'session_id', { check: checks.digits(7, 7) }),
		x5Field({ displayName: 'Phone Login', name: 'phoneLogin', required: true, placeholder: 'e.g. 350a', description: 'The phone to call, letters and digits' }, 'phone_login', {
			check: (value) => (/^[A-Za-z0-9]+$/.test(value) ? undefined : 'may hold only letters and digits'),
		}),
		x5Field({ displayName: 'Server IP', name: 'serverIp', required: true, placeholder: 'e.g. 10.10.10.16', description: "The server of the agent's session" }, 'server_ip', {
			check: (value) => (/^[\d.]{7,15}$/.test(value) ? undefined : 'must be an IPv4 address such as 10.10.10.16'),
		}),
		x5Field({ displayName: 'Mode', name: 'monitorMode', type: 'options', default: 'MONITOR', options: [
			{ name: 'Listen', value: 'MONITOR' },
			{ name: 'Barge In', value: 'BARGE' },
			{ name: 'Barge Swap', value: 'BARGESWAP' },
			{ name: 'Whisper', value: 'WHISPER' },
		] }, 'stage'),
	],
});

const inGroups = defineOperation(ytelX5, {
	value: 'getInGroups',
	name: 'Get In-Groups',
	action: "Get a logged-in agent's in-groups",
	description: 'The in-groups and outbound auto-dial of a logged-in agent',
	method: 'GET',
	path: NON_AGENT_PATH,
	query: { function: 'agent_ingroup_info', stage: 'text' },
	answer: ingroupInfo,
	properties: [x5Field({ displayName: 'Agent User', name: 'agentUser', required: true, placeholder: 'e.g. 1000', description: "The agent's user ID, 2 to 20 characters" }, 'agent_user', { check: checks.agentUser })],
});

export const agentOperations = { monitor, inGroups };
