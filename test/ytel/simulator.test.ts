/**
 * The Ytel simulator against the collection (issue 18, part 1): every saved example of the
 * part-1 folders replayed and compared BY VALUE where the simulator answers the example's own
 * record (keys, JSON types, nulls and values; only values the simulator makes itself, such as new
 * ids and times, are compared by type, each listed with its reason), and the behaviours the node
 * and trigger tests will lean on: the token flows, each paging style, Kong's headers and limits.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { shapeDifferences } from '../helpers/fidelity';
import { YTEL_ACCOUNT_SID, YTEL_API_TOKEN, YTEL_USER, YtelSim, useYtelSim } from '../helpers/ytel-sim';

const { startSimulator } = require('../../scripts/lib/simulators');
const { timeOf, timeUuid } = require('../simulators/ytel/timeuuid');

interface ExampleRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	bodyMode: string | null;
	body: any;
}
interface Example {
	folderPath: string[];
	name: string;
	request: ExampleRequest;
	recorded: ExampleRequest;
	response: { status: number; headers: Record<string, string>; body: any };
}
type Json = Record<string, any>;

const PART_ONE_FOLDERS = [
	'Authentication',
	'AI/ML',
	'Assets',
	'Billing',
	'Carrier',
	'Contacts',
	'DNC',
	'Inbox',
	'Logs',
	'Numbers',
	'Number Sets',
	'Saved Contact Queries',
	'Shortcodes',
	'SMS',
	'SMS Templates',
	'Statistics',
	'Timezones',
	'Webhooks',
	'Workflows',
	'Workflow Runner',
];
const FIXTURES = path.join(__dirname, '..', 'fixtures');
const isPartOne = (entry: { folderPath: string[] }) => PART_ONE_FOLDERS.includes(entry.folderPath[1]);
const examples: Example[] = (JSON.parse(fs.readFileSync(path.join(FIXTURES, 'ytel', 'examples.json'), 'utf8')) as Example[]).filter(isPartOne);
const rows = (JSON.parse(fs.readFileSync(path.join(FIXTURES, 'endpoints.json'), 'utf8')) as Array<{ vendor: string; folderPath: string[]; name: string; method: string; path: string }>).filter(
	(row) => row.vendor === 'Ytel' && isPartOne(row),
);
const exampleNamed = (name: string) => examples.find((example) => example.name === name)!;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Ids of the examples' own records, for the collection's `:param` placeholders. */
const PARAMS: Record<string, Record<string, string>> = {
	'Delete Asset': { type: 'audio', name: 'testwav.wav' },
	'Get Carrier': { phoneNumber: '+15714345400' },
	'Edit Contact': { contactId: 'c0b13242-777d-4e89-b9b2-fb5c14a1bbcf' },
	'Archive Contact': { contactId: 'c0b13242-777d-4e89-b9b2-fb5c14a1bbcf' },
	'Get Contact': { contactId: 'c0b13242-777d-4e89-b9b2-fb5c14a1bbcf' },
	'Unarchive Contact': { contactId: 'c0b13242-777d-4e89-b9b2-fb5c14a1bbcf' },
	'Get Call Detail Log': { callSid: 'e0860f96-f480-43ce-bba3-2aef8d01d2b0' },
	'Get SMS Detail Log': { smsSid: 'af2c5810-52d6-11eb-8214-896651f1fc24' },
	'Get Debug logs': { id: '6be998f3-d47e-4b17-b80b-0456cf070179' },
	'Get Number': { phoneNumber: '+19495065906' },
	'Edit Number': { phoneNumber: '+19892001234' },
	'Get Number Set': { numberSetId: '0e275620-52a2-11ea-810d-915e5688a0a1' },
	'Delete Number Set': { numberSetId: '0e275620-52a2-11ea-810d-915e5688a0a1' },
	'Delete Numbers from Set': { numberSetId: '0e275620-52a2-11ea-810d-915e5688a0a1', phoneNumbers: '+19892001234' },
	'Edit Shortcode': { phoneNumber: '12345' },
	'Edit Template': { templateId: '3539d410-5f65-11eb-a080-51e25f7d5918' },
	'Get Template': { templateId: '3539d410-5f65-11eb-a080-51e25f7d5918' },
	'Archive Template': { templateId: '3539d410-5f65-11eb-a080-51e25f7d5918' },
	'Unarchive Template': { templateId: '3539d410-5f65-11eb-a080-51e25f7d5918' },
	'Get Timezone': { timezoneId: '-28' },
	'Edit Webhook Common Configuration': { callbackAuthId: 'b41770b0-5503-11eb-9a67-59113aa55d66' },
	'Get Webhook Common Configuration by Id': { callbackAuthId: 'b41770b0-5503-11eb-9a67-59113aa55d66' },
	'Delete Webhook Common Configuration by Id': { callbackAuthId: 'b41770b0-5503-11eb-9a67-59113aa55d66' },
	'Edit Webhook Configuration': { callbackId: '93c9d4f0-55bd-11eb-8a79-2920273e2f39' },
	'Get Webhook Configuration by Id': { callbackId: '93c9d4f0-55bd-11eb-8a79-2920273e2f39' },
	'Delete Webhook Configuration': { callbackId: '93c9d4f0-55bd-11eb-8a79-2920273e2f39' },
	'Edit Campaign': { campaignId: '165c6fa0-59c8-11eb-a080-51e25f7d5918' },
	'Get Campaign': { campaignId: '165c6fa0-59c8-11eb-a080-51e25f7d5918' },
	'Send Campaign': { campaignId: '165c6fa0-59c8-11eb-a080-51e25f7d5918' },
	'Archive Campaign': { campaignId: '165c6fa0-59c8-11eb-a080-51e25f7d5918' },
	'Unarchive Campaign': { campaignId: '165c6fa0-59c8-11eb-a080-51e25f7d5918' },
	'Get Workflow': { campaignId: '24926fc0-59c8-11eb-a850-5d6f7436c35b' },
	'Add workflow': { campaignId: '24926fc0-59c8-11eb-a850-5d6f7436c35b' },
	'Edit Workflow': { campaignId: '24926fc0-59c8-11eb-a850-5d6f7436c35b' },
	'Add Runner': { campaignId: '24926fc0-59c8-11eb-a850-5d6f7436c35b' },
	'Edit Runner': { campaignId: '24926fc0-59c8-11eb-a850-5d6f7436c35b', batchId: 'b2904860-59cd-11eb-b685-d322c09b20ac' },
	'Get Campaign Runners for Campaign': { campaignId: '24926fc0-59c8-11eb-a850-5d6f7436c35b' },
	'Get Campaign Runner': { campaignId: '24926fc0-59c8-11eb-a850-5d6f7436c35b', batchId: 'b2904860-59cd-11eb-b685-d322c09b20ac' },
	'Start a Campaign Runner': { campaignId: '24926fc0-59c8-11eb-a850-5d6f7436c35b', batchId: 'b2904860-59cd-11eb-b685-d322c09b20ac' },
	'Stop a Campaign Runner': { campaignId: '24926fc0-59c8-11eb-a850-5d6f7436c35b', batchId: 'b2904860-59cd-11eb-b685-d322c09b20ac' },
};

/** The collection's variables, with the values of the simulator's account and test user. */
const VARIABLES: Record<string, string> = {
	'{{accountsid}}': YTEL_ACCOUNT_SID,
	'{{fromnumber}}': '+19513561234',
	'{{tonumber}}': '+19492221234',
	'{{callbackurl}}': 'https://yourdomain.com/status',
	'{{email}}': YTEL_USER.email,
	'{{password}}': YTEL_USER.password,
};
const fill = (text: string) => Object.entries(VARIABLES).reduce((current, [name, value]) => current.split(name).join(value), text);

interface Replay {
	/** Examples replayed first, on the same fresh simulator (the states this example was recorded after). */
	setup?: string[];
	/** The saved request to replay: the collection's (default) or the one recorded with the answer. */
	use?: 'request' | 'recorded';
	/** Replaces the path (e.g. the recorded detail-log path with its day segment). */
	path?: string;
	form?: Record<string, string | { filename: string; content: string; contentType?: string }>;
	/** Replayed on a simulator without the example records (the example creates its own record). */
	empty?: boolean;
	/** Simulator time for the replay (lists windowed on "now"). */
	clock?: number;
	/** Paths whose values the simulator makes itself (new ids, times, ciphertext): compared by type. */
	generated?: Record<string, string>;
	/** Paths whose example value the simulator does not serve, with the reason (compared by type). */
	differs?: Record<string, string>;
	/** For lists: the record key to match served items with the example's items. */
	listKey?: string;
}

const NEW_ID = 'a new record: its id is made by the simulator';
const OTHER_ACCOUNT = 'the example was recorded on another account (…c307); the simulator has one account (…c300)';

/**
 * How each example is replayed. An example missing here is replayed as the collection writes it
 * and compared wholly by value.
 */
const REPLAYS: Record<string, Replay> = {
	'Request a Token': {
		generated: { 'payload[0].accessToken': 'tokens are minted per exchange', 'payload[0].refreshToken': 'tokens are minted per exchange' },
	},
	'Get Assets': { listKey: 'name' },
	'Get Assets by Type': { listKey: 'name' },
	'Upload Asset': {
		form: { type: 'audio', name: 'myaudio.wav', '': { filename: 'myaudio.wav', content: 'RIFF-simulated-wave', contentType: 'audio/wave' } },
		generated: {
			'payload[0].publicUrl': 'a new upload gets a new public URL',
			'payload[0].modificationDate': 'the upload time',
			'payload[0].size': 'the size of the file sent',
			'payload[0].duration': 'the simulator does not decode audio (0)',
		},
	},
	'Update Asset': {
		form: { type: 'audio', name: 'myaudio.wav', '': { filename: 'myaudio.wav', content: 'RIFF-simulated-wave', contentType: 'audio/wave' } },
		generated: {
			'payload[0].publicUrl': 'a new upload gets a new public URL',
			'payload[0].modificationDate': 'the upload time',
			'payload[0].size': 'the size of the file sent',
			'payload[0].duration': 'the simulator does not decode audio (0)',
		},
	},
	'Get Contacts': { listKey: 'contactId' },
	'Add Contact': {
		empty: true,
		generated: { 'payload[0].contactId': NEW_ID, 'payload[0].created': 'the time-UUID of the creation' },
	},
	'Upload Contacts': {
		form: { parts: { filename: 'contacts.csv', content: 'firstname,lastname,phonenumber1\nJane,Upload,+15550001111\n', contentType: 'text/csv' } },
		generated: { 'payload[0].contactIds.1': NEW_ID },
	},
	'Upload Contacts Async': {
		form: { parts: { filename: 'contacts.csv', content: 'firstname,lastname,phonenumber1\nJane,Upload,+15550001111\n', contentType: 'text/csv' } },
		generated: { 'payload[0].contactIds.1': NEW_ID },
	},
	'Archive Contact': { setup: ['Edit Contact'], differs: { 'payload[0].accountSid': OTHER_ACCOUNT } },
	'Get Contact': { setup: ['Edit Contact'], differs: { 'payload[0].accountSid': OTHER_ACCOUNT } },
	'Unarchive Contact': { setup: ['Edit Contact', 'Archive Contact'], differs: { 'payload[0].accountSid': OTHER_ACCOUNT } },
	'Get inbox': {
		// Recorded within 30 days of its event (the default window), in account …c307's default inbox.
		clock: 1668126119091 + 60_000,
		path: '/v4/inbox/?inbox=173c6f7f-c911-f823-fb2d-a13e4780c307',
		listKey: 'time',
	},
	'Send Message': {
		generated: {
			'payload[0].request.messageSid': NEW_ID,
			'payload[0].messageSid': NEW_ID,
			'payload[0].scheduledTime': 'the sending time (epoch seconds)',
		},
		differs: {
			'payload[0].request.metadata.contactId': "the answer names the recorded request's contact (6c846983…), the collection's request another (da54d682…)",
			'payload[0].request.source.clientId': 'the web-app user id of the recording session',
		},
	},
	'Get Call Logs': { use: 'recorded' },
	'Get Call Detail Log': { path: '/v4/logs/call/details/e0860f96-f480-43ce-bba3-2aef8d01d2b0/20200301/' },
	'Call Recordings': {
		use: 'recorded',
		differs: {
			'payload[0].callSid': 'the saved record\'s callSid (…c6b19r) is not the one the request asks for (…c6b190) and not a UUID; the simulator answers the asked call',
		},
	},
	'Get Numbers': { use: 'recorded', listKey: 'phoneNumber' },
	'Get Carrier Lookup logs': {
		// The saved example is a copy of the recordings example (API_FACTS §4.5): compared with the
		// carrier record Get Carrier shows, asked for on the day of that lookup.
		path: '/v4/logs/carrier/?startDate=2021-01-12&endDate=2021-01-12&limit=5',
	},
	'Get Available Numbers': { use: 'recorded' },
	'Purchase Number': {
		use: 'recorded',
		generated: { 'payload[0].phoneSid': NEW_ID, 'payload[0].renewalDate': 'a month after the purchase' },
	},
	'Release Number': { use: 'recorded', setup: ['Purchase Number'], generated: { 'payload[0].phoneSid': NEW_ID, 'payload[0].renewalDate': 'a month after the purchase' } },
	'Move Numbers': {
		differs: {
			'payload[0].phoneSid': 'the example number was recorded in another state than the Edit Number example the simulator holds',
			'payload[0].friendlyName': 'idem',
			'payload[0].voiceUrl': 'idem',
			'payload[0].voiceMethod': 'idem',
			'payload[0].voiceFallbackUrl': 'idem',
			'payload[0].renewalDate': 'idem',
			'payload[0].smsUrl': 'idem',
			'payload[0].smsFallbackUrl': 'idem',
			'payload[0].heartbeatUrl': 'idem',
			'payload[0].heartbeatMethod': 'idem',
			'payload[0].hangupCallbackUrl': 'idem',
		},
	},
	'Assign WebRTC Number': { use: 'recorded' },
	'Get Number Sets': { listKey: 'numberSetId' },
	'Get Number': { differs: { 'payload[0].accountSid': 'the example\'s accountSid has a typo (…-fn2d-…)' } },
	'Add Number Set': { use: 'recorded', generated: { 'payload[0].numberSetId': NEW_ID } },
	'Add Number to Set': { differs: { 'payload[0].accountSid': OTHER_ACCOUNT } },
	'Delete Number Set': { differs: { 'payload[0].accountSid': OTHER_ACCOUNT } },
	'Delete Numbers from Set': { differs: { 'payload[0].accountSid': OTHER_ACCOUNT } },
	'Send SMS': { use: 'recorded', generated: { 'payload[0].messageSid': NEW_ID, 'payload[0].scheduledTm': 'the sending time (epoch seconds)' } },
	'Get Templates': { listKey: 'templateId' },
	'Add Template': { generated: { 'payload[0].templateId': NEW_ID } },
	'Get All Webhook Common Configurations': { listKey: 'id' },
	'Add Webook Common Configuration': {
		generated: {
			'payload[0].id': NEW_ID,
			'payload[0].authHeaders.Username': 'stored encrypted: new ciphertext each time',
			'payload[0].authHeaders.Authentication': 'stored encrypted: new ciphertext each time',
			'payload[0].authHeaders.Password': 'stored encrypted: new ciphertext each time',
		},
	},
	'Edit Webhook Common Configuration': {
		generated: {
			'payload[0].authHeaders.Username': 'stored encrypted: new ciphertext each time',
			'payload[0].authHeaders.Authentication': 'stored encrypted: new ciphertext each time',
			'payload[0].authHeaders.Password': 'stored encrypted: new ciphertext each time',
		},
	},
	'Get All Webhook Configurations': { listKey: 'id' },
	'Add Webhook Configuration': { generated: { 'payload[0].id': NEW_ID } },
	'Get Campaigns': { listKey: 'campaignId' },
	'Add Campaign': { generated: { 'payload[0].campaignId': NEW_ID } },
	'Unarchive Campaign': { setup: ['Archive Campaign'], differs: { 'payload[0].accountSid': OTHER_ACCOUNT } },
	'Add workflow': {},
	'Edit Workflow': { setup: ['Add workflow'], differs: { 'payload[0].accountSid': OTHER_ACCOUNT } },
	'Add Runner': { generated: { 'payload[0].batchId': NEW_ID } },
	'Get Campaign Runners': { listKey: 'batchId' },
	'Get Campaign Runners for Campaign': { listKey: 'batchId' },
	'Stop a Campaign Runner': {},
};

function requestOf(example: Example, replay: Replay): { method: string; path: string; body: unknown } {
	const source = replay.use === 'recorded' ? example.recorded : example.request;
	const params = PARAMS[example.name] ?? {};
	const filled = fill(source.path).replace(/:(\w+)/g, (whole, name: string) => (name in params ? encodeURIComponent(params[name]) : whole));
	const query = new URLSearchParams(Object.entries(source.query).map(([key, value]): [string, string] => [key, fill(value)])).toString();
	const target = replay.path ?? `${filled}${query ? `?${query}` : ''}`;
	const body = ['GET', 'DELETE'].includes(source.method) || source.body === null ? undefined : JSON.parse(fill(JSON.stringify(source.body)));
	return { method: source.method, path: target, body };
}

/** The example's answer, repaired where the collection saved it broken. */
function expectedOf(example: Example): Json {
	if (example.name === 'Get Carrier Lookup logs') return { ...exampleNamed('Get Carrier').response.body };
	return example.response.body;
}

async function replay(sim: YtelSim, name: string) {
	const example = exampleNamed(name);
	const settings = REPLAYS[name] ?? {};
	const request = requestOf(example, settings);
	return await sim.request(request.method, request.path, settings.form ? { form: settings.form } : { body: request.body });
}

/**
 * Differences by value: every key of the example served with the same JSON type and the same
 * value, nothing more; `typeOnly` paths are compared by type (see Replay).
 */
function valueDifferences(expected: unknown, served: unknown, where: string, typeOnly: Set<string>): string[] {
	if (typeOnly.has(where)) return shapeDifferences(expected, served, where);
	const expectedType = Array.isArray(expected) ? 'array' : expected === null ? 'null' : typeof expected;
	const servedType = Array.isArray(served) ? 'array' : served === null || served === undefined ? 'null' : typeof served;
	if (expectedType !== servedType) return [`${where}: the example holds ${expectedType}, the simulator served ${servedType}`];
	if (expectedType === 'array') {
		const list = served as unknown[];
		const wanted = expected as unknown[];
		if (list.length !== wanted.length) return [`${where}: the example holds ${wanted.length} items, the simulator served ${list.length}`];
		return wanted.flatMap((item, index) => valueDifferences(item, list[index], `${where}[${index}]`, typeOnly));
	}
	if (expectedType === 'object') {
		const wanted = expected as Json;
		const got = served as Json;
		const differences: string[] = [];
		for (const key of Object.keys(wanted)) {
			const child = where ? `${where}.${key}` : key;
			if (!(key in got)) differences.push(`${child}: missing (the example shows it)`);
			else differences.push(...valueDifferences(wanted[key], got[key], child, typeOnly));
		}
		for (const key of Object.keys(got)) if (!(key in wanted)) differences.push(`${where ? `${where}.` : ''}${key}: served, but the example does not show it`);
		return differences;
	}
	return expected === served ? [] : [`${where}: the example holds ${JSON.stringify(expected)}, the simulator served ${JSON.stringify(served)}`];
}

/** Every key any part-1 example shows on a record that carries `listKey` (a kind of record), with its JSON types. */
function keysOfKind(listKey: string): Map<string, Set<string>> {
	const keys = new Map<string, Set<string>>();
	const visit = (value: unknown) => {
		if (Array.isArray(value)) return value.forEach(visit);
		if (!value || typeof value !== 'object') return;
		const record = value as Json;
		if (listKey in record) {
			for (const [key, child] of Object.entries(record)) {
				if (!keys.has(key)) keys.set(key, new Set());
				keys.get(key)!.add(child === null ? 'null' : Array.isArray(child) ? 'array' : typeof child);
			}
		}
		Object.values(record).forEach(visit);
	};
	examples.forEach((example) => visit(example.response.body));
	return keys;
}

/**
 * A list answer: the example's items matched by `listKey` and compared by value. The simulator
 * holds more records than the example's page (records other examples show): those may carry only
 * keys, with their types, that some example shows on that kind of record, and `count` must be
 * the size of the payload served.
 */
function listDifferences(expected: Json, served: Json, listKey: string, typeOnly: Set<string>): string[] {
	const differences: string[] = [];
	const { payload: wantedItems, ...wantedRest } = expected;
	const { payload: servedItems, ...servedRest } = served;
	differences.push(...valueDifferences(wantedRest, servedRest, '', new Set([...typeOnly, 'count'])));
	if (!Array.isArray(servedItems)) return [...differences, 'payload: not a list'];
	for (const item of wantedItems as Json[]) {
		const match = (servedItems as Json[]).find((candidate) => candidate[listKey] === item[listKey]);
		if (!match) differences.push(`payload: the example's item ${item[listKey]} is not served`);
		else differences.push(...valueDifferences(item, match, `payload[${listKey}=${item[listKey]}]`, typeOnly));
	}
	const known = new Set((wantedItems as Json[]).map((item) => item[listKey]));
	const kind = keysOfKind(listKey);
	for (const item of (servedItems as Json[]).filter((candidate) => !known.has(candidate[listKey]))) {
		for (const [key, value] of Object.entries(item)) {
			const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
			if (!kind.get(key)?.has(type)) differences.push(`payload[${listKey}=${item[listKey]}].${key}: no example shows it as ${type} on such a record`);
		}
	}
	if (served.count !== (servedItems as Json[]).length) differences.push(`count: ${served.count} is not the size of the payload (${(servedItems as Json[]).length})`);
	return differences;
}

describe('Ytel simulator', () => {
	const sim = useYtelSim();

	describe('fidelity to the saved examples (part 1)', () => {
		it('carries the 104 part-1 requests and 80 saved examples', () => {
			expect(rows).toHaveLength(104);
			expect(examples).toHaveLength(80);
		});

		const byValue = examples.filter((example) => example.name !== 'Export CDR/MDR Logs');
		it.each(byValue.map((example) => [example.name] as const))('%s', async (name) => {
			const example = exampleNamed(name);
			const settings = REPLAYS[name] ?? {};
			if (settings.empty) await sim.reset(true);
			if (settings.clock !== undefined) await sim.setClock(settings.clock);
			for (const step of settings.setup ?? []) expect((await replay(sim, step)).body.status).toBe(true);
			const response = await replay(sim, name);

			expect(response.status).toBe(example.response.status);
			expect(response.headers.get('content-type')).toBe('application/json');
			const typeOnly = new Set([...Object.keys(settings.generated ?? {}), ...Object.keys(settings.differs ?? {})]);
			const differences = settings.listKey
				? listDifferences(expectedOf(example), response.body, settings.listKey, typeOnly)
				: valueDifferences(expectedOf(example), response.body, '', typeOnly);
			expect(differences).toEqual([]);
		});
	});
});
