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
import { YTEL_ACCOUNT_SID, YTEL_API_TOKEN, YTEL_USER, YtelRequestOptions, YtelSim, useYtelSim } from '../helpers/ytel-sim';

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
type YtelRequestForm = NonNullable<YtelRequestOptions['form']>;

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
	// The number the recorded Assign WebRTC request put where the collection writes {{fromnumber}}.
	'{{fromnumber}}': '+12513561234',
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
			// Kong's headers the example shows (older examples spell `-second` in lower case): the limits by value.
			for (const [header, value] of Object.entries(example.response.headers)) {
				const name = header.toLowerCase();
				if (!/^(x-ratelimit-|ratelimit-|via$)/.test(name)) continue;
				const served = response.headers.get(name);
				expect({ header, served: served === null ? null : 'present' }).toEqual({ header, served: 'present' });
				if (/limit-limit|^ratelimit-limit$/.test(name)) expect({ header, served }).toEqual({ header, served: value });
			}
			const typeOnly = new Set([...Object.keys(settings.generated ?? {}), ...Object.keys(settings.differs ?? {})]);
			const differences = settings.listKey
				? listDifferences(expectedOf(example), response.body, settings.listKey, typeOnly)
				: valueDifferences(expectedOf(example), response.body, '', typeOnly);
			expect(differences).toEqual([]);
		});
	});

	describe('every part-1 request, as the collection writes it', () => {
		const collectionRequests: Array<{ folderPath: string[]; name: string; request: ExampleRequest }> = (
			JSON.parse(fs.readFileSync(path.join(FIXTURES, 'ytel', 'requests.json'), 'utf8')) as Array<{ folderPath: string[]; name: string; request: ExampleRequest }>
		).filter(isPartOne);
		const campaign = '24926fc0-59c8-11eb-a850-5d6f7436c35b';
		const batch = 'b2904860-59cd-11eb-b685-d322c09b20ac';
		const wave = { filename: 'myaudio.wav', content: 'RIFF-simulated-wave', contentType: 'audio/wave' };
		const csv = (content: string) => ({ filename: 'upload.csv', content, contentType: 'text/csv' });
		/** Ids for the requests without an example, and what some of them need to exist first. */
		const EXTRA: Record<string, { params?: Record<string, string>; form?: YtelRequestForm; body?: Json; setup?: (ytel: YtelSim) => Promise<Record<string, string>> }> = {
			// The collection's contact is the one its Add example created: add it to an account without it.
			'Add Contact': {
				setup: async (ytel) => {
					await ytel.reset(true);
					return {};
				},
			},
			'Upload Asset': { form: { type: 'audio', name: 'myaudio.wav', '': wave } },
			'Update Asset': { form: { type: 'audio', name: 'myaudio.wav', '': wave } },
			'Upload Contacts': { form: { parts: csv('firstname,phonenumber1\nAna,+15550001234\n') } },
			'Upload Contacts Async': { form: { parts: csv('firstname,phonenumber1\nAna,+15550001234\n') } },
			'Upload DNC': { form: { file: csv('+15558675309\n+15558675310\n') } },
			'Upload DNC Async': { form: { file: csv('+15558675309\n') } },
			'Check DNC': {
				params: { endpoint: '+15558675309', selector: 'CUSTOMER_GLOBAL', subtype: 'sms' },
				setup: async (ytel) => {
					await ytel.api('POST', '/v4/dnc', { endpoint: '+15558675309' });
					return {};
				},
			},
			'Update Inbox status': { body: { inbox: '173c6f7f-c911-f823-fb2d-a13e4780c307', time: 'db31d030-6156-11ed-8f22-3d2972e44898', status: 'read', open: 'closed' } },
			'Delete Inbox': {
				setup: async (ytel) => {
					await ytel.api('POST', '/v4/inbox/create', { name: 'TestBox' });
					return { inboxName: 'TestBox' };
				},
			},
			'Update Inbox': {
				setup: async (ytel) => {
					await ytel.api('POST', '/v4/inbox/create', { name: 'testbox' });
					return { inboxName: 'testbox' };
				},
			},
			'Edit Number Set': { params: { numberSetId: '0e275620-52a2-11ea-810d-915e5688a0a1' } },
			'Update Saved Query': {
				setup: async (ytel) => {
					const added = await ytel.api('POST', '/v4/query/contact', { queryName: 'first', query: { statements: [] } });
					return { queryId: added.body.payload[0].queryId };
				},
			},
			'Add Schedule': { params: { campaignId: campaign } },
			'Edit Schedule': {
				setup: async (ytel) => {
					const added = await ytel.api('POST', `/v4/campaign/${campaign}/batch/schedule`, { status: 1 });
					return { campaignId: campaign, scheduleId: added.body.payload[0].scheduleId };
				},
			},
			'Get next Campaign Runner (Manual)': { params: { campaignId: campaign, batchId: batch } },
			'Send next Campaign Runner (Manual)': { params: { campaignId: campaign, batchId: batch } },
		};

		it.each(collectionRequests.map((entry) => [entry.name, entry] as const))('%s', async (name, entry) => {
			const extra = EXTRA[name] ?? {};
			const params = { ...PARAMS[name], ...extra.params, ...(extra.setup ? await extra.setup(sim) : {}) };
			const filled = fill(entry.request.path).replace(/:(\w+)|\{\{(\w+)\}\}/g, (whole, colon?: string, braces?: string) => {
				const key = (colon ?? braces)!;
				return key in params ? encodeURIComponent(params[key]) : whole;
			});
			const query = new URLSearchParams(Object.entries(entry.request.query).map(([key, value]): [string, string] => [key, fill(value)])).toString();
			const body = extra.body ?? (entry.request.body === null || ['GET', 'DELETE'].includes(entry.request.method) ? undefined : JSON.parse(fill(JSON.stringify(entry.request.body))));
			const response = await sim.request(entry.request.method, `${filled}${query ? `?${query}` : ''}`, extra.form ? { form: extra.form } : { body });
			expect({ name, status: response.status }).toEqual({ name, status: 200 });
			expect({ name, error: response.body.error ?? response.body.Message360?.Message?.Status }).toEqual({ name, error: name === 'Export CDR/MDR Logs' ? 'processing' : expect.not.arrayContaining([expect.anything()]) });
			if (name !== 'Export CDR/MDR Logs') expect({ name, status: response.body.status, count: response.body.count }).toEqual({ name, status: true, count: response.body.payload.length });
		});
	});

	describe('Export CDR/MDR Logs and its hourly limit', () => {
		const example = exampleNamed('Export CDR/MDR Logs');

		it('answers the legacy wrapper once, then 429 from Kong with RateLimit-Reset, as the example headers show', async () => {
			// 1082 s into an hour: the example's RateLimit-Reset 2518 is what is left of it.
			const hourStart = Math.floor(Date.now() / 3_600_000) * 3_600_000 + 3_600_000;
			await sim.setClock(hourStart + 1_082_000);
			const request = requestOf(example, {});
			const first = await sim.api('POST', request.path, request.body);
			expect(first.status).toBe(200);
			expect(shapeDifferences(example.response.body, first.body)).toEqual([]);
			expect(first.body.Message360).toMatchObject({ ResponseStatus: 1, Message: { ApiVersion: '4', Status: 'processing' } });
			expect(first.headers.get('x-ratelimit-limit-hour')).toBe('1');
			expect(first.headers.get('x-ratelimit-remaining-hour')).toBe('0');

			const second = await sim.api('POST', request.path, request.body);
			expect(second.status).toBe(example.response.status);
			for (const name of ['X-RateLimit-Remaining-Hour', 'X-RateLimit-Limit-Hour', 'Retry-After', 'RateLimit-Reset', 'RateLimit-Limit', 'RateLimit-Remaining', 'Content-Length', 'Server']) {
				expect({ name, value: second.headers.get(name) }).toEqual({ name, value: example.response.headers[name] });
			}
			expect(second.body).toEqual({ message: 'API rate limit exceeded' });

			// The hourly bucket is the export's own: other requests go on.
			const other = await sim.api('GET', '/v4/timezone/');
			expect(other.status).toBe(200);
			expect(other.headers.get('x-ratelimit-remaining-second')).toBe('149');
			const records = await sim.control<any[]>('records?kind=exports', {}, 'GET');
			expect(records).toHaveLength(1);
		});

		it('allows as many exports an hour as configured (the docs say 3) and a new hour resets the count', async () => {
			const hourStart = Math.floor(Date.now() / 3_600_000) * 3_600_000 + 3_600_000;
			await sim.setClock(hourStart + 10_000);
			await sim.control('config', { kong: { exportHour: 3 } });
			const request = requestOf(example, {});
			const statuses: number[] = [];
			for (let index = 0; index < 4; index++) statuses.push((await sim.api('POST', request.path, request.body)).status);
			expect(statuses).toEqual([200, 200, 200, 429]);
			await sim.setClock(hourStart + 3_600_000 + 10_000);
			expect((await sim.api('POST', request.path, request.body)).status).toBe(200);
		});

		it('refuses a range over 3 months with status:false', async () => {
			const response = await sim.api('POST', '/v4/logs/export', { email: 'a@example.com', startdate: '2022-01-01', enddate: '2022-06-30', type: '1' });
			expect(response.status).toBe(200);
			expect(response.body).toEqual({ status: false, count: 0, page: 1, payload: [], error: [{ code: '400', message: 'Bad Request', moreInfo: 'the date range must not exceed 3 months' }] });
		});
	});

	describe('token exchange', () => {
		const password = { grantType: 'resource_owner_credentials', username: YTEL_USER.email, password: YTEL_USER.password };
		const rejectionOf = async (token: string) => await sim.request('GET', '/v4/contact/', { token });

		it('answers the password grant with the envelope of {accessToken, refreshToken, tokenType} and no expiry', async () => {
			const response = await sim.exchange({ ...password, refreshDurationMinutes: 120 });
			expect(response.status).toBe(200);
			expect(Object.keys(response.body)).toEqual(['status', 'count', 'page', 'payload']);
			expect(Object.keys(response.body.payload[0])).toEqual(['accessToken', 'refreshToken', 'tokenType']);
			expect(response.body.payload[0].tokenType).toBe('Bearer');
			expect(response.body.payload[0].accessToken.split('.')).toHaveLength(3);
			expect(response.headers.get('x-ratelimit-limit-second')).toBe('25');
			expect((await sim.request('GET', '/v4/contact/', { token: response.body.payload[0].accessToken })).body.status).toBe(true);
		});

		it('refuses a wrong password without echoing it', async () => {
			const response = await sim.exchange({ ...password, password: 'wrong-password-CANARY' });
			expect(response.status).toBe(200);
			expect(response.body).toEqual({ status: false, count: 0, page: 1, payload: [], error: [{ code: '403', message: 'Authentication Error', moreInfo: 'Invalid username or password' }] });
			expect(response.text).not.toContain('wrong-password-CANARY');
			expect((await sim.control<any>('auth', {})).exchanges).toEqual({ password: 0, refresh: 0, refused: 1 });
		});

		it('keeps an access token 120 minutes', async () => {
			const { accessToken } = await sim.login();
			const start = Date.now();
			await sim.setClock(start + 119 * 60_000);
			expect((await rejectionOf(accessToken)).body.status).toBe(true);
			await sim.setClock(start + 121 * 60_000);
			expect((await rejectionOf(accessToken)).body).toMatchObject({ status: false, error: [{ code: '403', message: 'Authentication Error', moreInfo: 'Bad token' }] });
		});

		it.each([
			['http401', 401, { message: 'Unauthorized' }],
			['http403', 403, { status: false, count: 0, page: 1, payload: [], error: [{ code: '403', message: 'Authentication Error', moreInfo: 'Bad token' }] }],
			['status200-401', 200, { status: false, count: 0, page: 1, payload: [], error: [{ code: '401', message: 'Authentication Error', moreInfo: 'Bad token' }] }],
			['status200-403', 200, { status: false, count: 0, page: 1, payload: [], error: [{ code: '403', message: 'Authentication Error', moreInfo: 'Bad token' }] }],
		])('refuses a forcibly expired token as %s', async (rejection, status, body) => {
			await sim.control('auth', { rejection });
			const { accessToken } = await sim.login();
			const other = (await sim.login()).accessToken;
			expect(await sim.control('expireTokens', { token: accessToken })).toEqual({ expired: 1 });
			const refused = await rejectionOf(accessToken);
			expect(refused.status).toBe(status);
			expect(refused.body).toEqual(body);
			expect(refused.headers.get('x-ratelimit-limit-second')).toBe('150');
			expect((await rejectionOf(other)).body.status).toBe(true);
		});

		it('rotates refresh tokens: each is good once, the new pair works', async () => {
			const first = await sim.login();
			const renewed = await sim.exchange({ grantType: 'refresh_token', refreshToken: first.refreshToken });
			expect(renewed.body.status).toBe(true);
			const second = renewed.body.payload[0];
			expect(second.accessToken).not.toBe(first.accessToken);
			expect(second.refreshToken).not.toBe(first.refreshToken);
			expect((await rejectionOf(second.accessToken)).body.status).toBe(true);

			const reused = await sim.exchange({ grantType: 'refresh_token', refreshToken: first.refreshToken });
			expect(reused.body).toMatchObject({ status: false, error: [{ code: '403', moreInfo: 'Invalid refresh token' }] });
			expect((await sim.exchange({ grantType: 'refresh_token', refreshToken: second.refreshToken })).body.status).toBe(true);
			expect((await sim.control<any>('auth', {})).exchanges).toEqual({ password: 1, refresh: 2, refused: 1 });
		});

		it('refuses a revoked refresh token; the password grant still works', async () => {
			const { refreshToken } = await sim.login();
			expect(await sim.control('revokeRefreshTokens', {})).toEqual({ revoked: 1 });
			expect((await sim.exchange({ grantType: 'refresh_token', refreshToken })).body.status).toBe(false);
			expect((await sim.exchange(password)).body.status).toBe(true);
		});

		it('lets a refresh token expire after refreshDurationMinutes', async () => {
			const response = await sim.exchange({ ...password, refreshDurationMinutes: 5 });
			const { refreshToken } = response.body.payload[0];
			await sim.setClock(Date.now() + 6 * 60_000);
			expect((await sim.exchange({ grantType: 'refresh_token', refreshToken })).body).toMatchObject({ status: false, error: [{ moreInfo: 'Invalid refresh token' }] });
		});

		it('accepts the API token on v4 only, and no token nowhere', async () => {
			expect((await sim.request('GET', '/v4/contact/', { token: YTEL_API_TOKEN })).body.status).toBe(true);
			const administration = await sim.request('GET', '/ams/v3/accounts', { token: YTEL_API_TOKEN });
			expect(administration.status).toBe(200);
			expect(administration.body.error[0]).toMatchObject({ code: '403', message: 'Authentication Error' });
			// An exchanged token reaches administration (ams-accounts.js answers it).
			expect((await sim.request('GET', '/ams/v3/accounts', {})).body).toMatchObject({ status: true, payload: [{ accountSid: expect.any(String) }] });
			expect((await sim.request('GET', '/v4/contact/', { token: null })).body).toMatchObject({ status: false, error: [{ code: '403' }] });
		});
	});

	describe('envelope and errors', () => {
		it('answers an unknown record with HTTP 200, status:false and a string code', async () => {
			const response = await sim.api('GET', '/v4/contact/00000000-0000-4000-8000-000000000000');
			expect(response.status).toBe(200);
			expect(response.body).toEqual({
				status: false,
				count: 0,
				page: 1,
				payload: [],
				error: [{ code: '404', message: 'Not Found', moreInfo: 'Contact 00000000-0000-4000-8000-000000000000 not found' }],
			});
		});

		it('names the empty one-of group of Send SMS', async () => {
			const response = await sim.api('POST', '/v4/sms/', { from: '+19513561234', text: 'Hi' });
			expect(response.body.error).toEqual([{ code: '400', message: 'Bad Request', moreInfo: 'to or contactId is required' }]);
			const badNumber = await sim.api('POST', '/v4/sms/', { from: '+19513561234', to: '9492221234', text: 'Hi' });
			expect(badNumber.body.error[0].moreInfo).toBe('to must be a phone number in E.164 format (e.g. +15551234567)');
		});

		it('answers a bulk request with both payload and error[]', async () => {
			const response = await sim.api('POST', '/v4/number/purchase/', { phoneNumber: ['+17144061234', '7145550000', '+19495065906'] });
			expect(response.body.status).toBe(true);
			expect(response.body.count).toBe(1);
			expect(response.body.payload.map((number: Json) => number.phoneNumber)).toEqual(['+17144061234']);
			expect(response.body.error).toEqual([
				{ code: '400', message: 'Bad Request', moreInfo: '7145550000 is not in E.164 format' },
				{ code: '409', message: 'Conflict', moreInfo: '+19495065906 is not available' },
			]);
		});

		it('tells the duplicated Get Assets rows apart by the type query the "by type" request leaves out', async () => {
			expect((await sim.api('GET', '/v4/asset/')).body.count).toBe(3);
			expect((await sim.api('GET', '/v4/asset/?type=audio')).body.count).toBe(3);
			expect((await sim.api('GET', '/v4/asset/?type=image')).body).toEqual({ status: true, count: 0, page: 1, payload: [] });
		});

		it('keeps the library\'s latency control in its own config', async () => {
			await sim.token();
			expect((await sim.control<any>('config', { latency: { ms: 200, jitterMs: 0 } })).latency).toEqual({ ms: 200, jitterMs: 0 });
			const started = Date.now();
			expect((await sim.api('GET', '/v4/timezone/')).status).toBe(200);
			expect(Date.now() - started).toBeGreaterThanOrEqual(190);
		});

		it('reads E.164 numbers from paths with + encoded or not', async () => {
			for (const written of ['%2B19495065906', '+19495065906']) {
				const response = await sim.api('GET', `/v4/number/${written}/`);
				expect(response.body.payload[0].phoneNumber).toBe('+19495065906');
			}
		});
	});

	describe('paging, each by its real parameters', () => {
		const base64 = (text: string) => Buffer.from(text).toString('base64');

		it('numbers: nextKey is the base64 of the last number, size the page; a short page ends', async () => {
			await sim.reset(true);
			await sim.insert({ kind: 'number', records: ['+15550000005', '+15550000001', '+15550000004', '+15550000002', '+15550000003'].map((phoneNumber) => ({ phoneNumber })) });
			expect(base64('+19495554444')).toBe('KzE5NDk1NTU0NDQ0');
			const pages: string[][] = [];
			let nextKey = '';
			for (let guard = 0; guard < 10; guard++) {
				const response = await sim.api('GET', `/v4/number/?size=2${nextKey ? `&nextKey=${encodeURIComponent(nextKey)}` : ''}`);
				const numbers = response.body.payload.map((number: Json) => number.phoneNumber);
				expect(response.body.count).toBe(numbers.length);
				pages.push(numbers);
				if (numbers.length < 2) break;
				nextKey = base64(numbers.at(-1));
			}
			expect(pages).toEqual([['+15550000001', '+15550000002'], ['+15550000003', '+15550000004'], ['+15550000005']]);
		});

		it('call and SMS logs: a UTC date window, limit (at most 5000) and offset', async () => {
			const day = Date.UTC(2024, 4, 10);
			await sim.insert({ kind: 'call', records: Array.from({ length: 7 }, (_, index) => ({ at: day + index * 60_000 })) });
			await sim.insert({ kind: 'call', at: day + 86_400_000 + 5 });
			await sim.insert({ kind: 'sms', records: Array.from({ length: 4 }, (_, index) => ({ at: day + index * 1000 })) });
			const sizes: number[] = [];
			const seen = new Set<string>();
			for (const offset of [0, 3, 6]) {
				const response = await sim.api('GET', `/v4/logs/call/?startDate=2024-05-10&endDate=2024-05-10&limit=3&offset=${offset}`);
				sizes.push(response.body.count);
				for (const call of response.body.payload) seen.add(call.callSid);
			}
			expect(sizes).toEqual([3, 3, 1]);
			expect(seen.size).toBe(7);
			const twoDays = await sim.api('GET', '/v4/logs/call/?startDate=20240510&endDate=20240511&limit=5000');
			expect(twoDays.body.count).toBe(8);
			const inbound = await sim.api('GET', '/v4/logs/sms/?startDate=2024-05-10&endDate=2024-05-10&direction=inbound&limit=2&offset=2');
			expect(inbound.body.payload.map((sms: Json) => sms.date)).toEqual([day + 2000, day + 3000]);
			const tooMany = await sim.api('GET', '/v4/logs/sms/?startDate=2024-05-10&endDate=2024-05-10&limit=5001');
			expect(tooMany.body.error).toEqual([{ code: '400', message: 'Bad Request', moreInfo: 'limit must be at most 5000' }]);
		});

		it('recordings by lastCallSid, carrier logs by lastId', async () => {
			const day = Date.UTC(2024, 4, 10);
			const recordings = await sim.insert({ kind: 'recording', records: Array.from({ length: 5 }, (_, index) => ({ at: day + index * 1000, callSid: `00000000-0000-4000-8000-00000000000${index}` })) });
			const walked: string[] = [];
			let last = '';
			for (let guard = 0; guard < 10; guard++) {
				const response = await sim.api('GET', `/v4/logs/recording/?startDate=2024-05-10&limit=2${last ? `&lastCallSid=${last}` : ''}`);
				walked.push(...response.body.payload.map((recording: Json) => recording.recordingSid));
				if (response.body.count < 2) break;
				last = response.body.payload.at(-1).callSid;
			}
			expect(walked).toEqual(recordings.map((recording) => recording.id));

			const lookups = await sim.insert({ kind: 'carrier', records: Array.from({ length: 3 }, (_, index) => ({ at: day + index * 1000 })) });
			const first = await sim.api('GET', '/v4/logs/carrier/?startDate=2024-05-10&endDate=2024-05-10&limit=2');
			const next = await sim.api('GET', `/v4/logs/carrier/?startDate=2024-05-10&endDate=2024-05-10&limit=2&lastId=${first.body.payload[1].carrierSid}`);
			expect([...first.body.payload, ...next.body.payload].map((lookup: Json) => lookup.carrierSid)).toEqual(lookups.map((lookup) => lookup.id));
		});

		it('inbox by lastTime, backwards, one entry per conversation', async () => {
			const start = Date.now() - 3_600_000;
			const messages = await sim.insert({ kind: 'sms', records: Array.from({ length: 5 }, (_, index) => ({ at: start + index * 60_000, from: `+1555000010${index}` })) });
			// A second message in the first conversation: it replaces that conversation's entry.
			const latest = await sim.insert({ kind: 'sms', at: start + 10 * 60_000, from: '+15550000100' });
			const walked: string[] = [];
			let lastTime = '';
			for (let guard = 0; guard < 10; guard++) {
				const response = await sim.api('GET', `/v4/inbox/?limit=2${lastTime ? `&lastTime=${lastTime}` : ''}`);
				walked.push(...response.body.payload.map((entry: Json) => entry.time));
				if (response.body.count < 2) break;
				lastTime = response.body.payload.at(-1).time;
			}
			expect(walked).toEqual([latest[0].id, ...messages.slice(1).map((message) => message.id).reverse()]);
			await sim.control('paging', { inboxOnePerConversation: false });
			expect((await sim.api('GET', '/v4/inbox/?limit=100')).body.count).toBe(6);
		});

		it('conversations by lastId and size, backwards', async () => {
			const start = Date.now() - 60_000;
			const messages = await sim.insert({ kind: 'sms', records: Array.from({ length: 5 }, (_, index) => ({ at: start + index * 1000, from: '+15550000200' })) });
			const contactId = messages[0].contactId!;
			const walked: string[] = [];
			let lastId = '';
			for (let guard = 0; guard < 10; guard++) {
				const response = await sim.api('GET', `/v4/conversation/?contactId=${contactId}&size=2${lastId ? `&lastId=${lastId}` : ''}`);
				walked.push(...response.body.payload.map((event: Json) => event.time));
				if (response.body.count < 2) break;
				lastId = response.body.payload.at(-1).time;
			}
			expect(walked).toEqual(messages.map((message) => message.id).reverse());
		});

		it('contact search by size in the body (capped at 10,000); keys win over statements; GET /v4/contact stops at 1,000', async () => {
			await sim.reset(true);
			await sim.insert({ kind: 'contact', count: 1005, firstname: 'Paged' });
			const search = async (body: Json) => (await sim.api('POST', '/v4/contact/search', body)).body;
			const five = await search({ size: 5, statements: [{ variable: 'firstname', operation: 'equals', value: 'paged' }] });
			expect(five.count).toBe(5);
			const phone = five.payload[3].extData.phonenumber1;
			expect((await search({ size: 20000, statements: [{ variable: 'firstname', operation: 'contains', value: 'Page' }] })).count).toBe(1005);
			const byKey = await search({ keys: [phone], statements: [{ variable: 'firstname', operation: 'equals', value: 'nobody' }] });
			expect(byKey.payload.map((contact: Json) => contact.extData.phonenumber1)).toEqual([phone]);
			const listed = (await sim.api('GET', '/v4/contact/')).body;
			expect(listed.count).toBe(1000);
			expect(listed.payload).toHaveLength(1000);
		});
	});

	describe('time data', () => {
		it('decodes the examples\' time-UUIDs to their epoch-ms fields and makes new ones the same way', async () => {
			expect(timeOf('db31d030-6156-11ed-8f22-3d2972e44898')).toBe(1668126119091);
			expect(timeOf('af2c5810-52d6-11eb-8214-896651f1fc24')).toBe(1610236758033);
			expect(timeOf(timeUuid(1700000000123))).toBe(1700000000123);
			const at = Date.UTC(2024, 0, 2, 3, 4, 5, 678);
			const [sms] = await sim.insert({ kind: 'sms', at });
			const [contact] = await sim.insert({ kind: 'contact', at });
			const [number] = await sim.insert({ kind: 'number', at, phoneNumber: '+15550009999' });
			const log = (await sim.api('GET', `/v4/logs/sms/details/${sms.id}`)).body.payload[0];
			expect(log).toMatchObject({ smsSid: sms.id, date: at, yearMonthDay: '20240102', direction: 'inbound' });
			expect(timeOf(log.smsSid)).toBe(at);
			expect(timeOf((await sim.api('GET', `/v4/contact/${contact.id}`)).body.payload[0].created)).toBe(at);
			expect((await sim.api('GET', `/v4/number/${encodeURIComponent(number.id)}`)).body.payload[0].purchaseDate).toBe(at);
		});
	});

	describe('records for trigger tests', () => {
		it('keeps hidden records out of every answer until revealed, and back-dates late ones', async () => {
			const [hidden] = await sim.insert({ kind: 'sms', hidden: true, from: '+15550000300' });
			const today = new Date().toISOString().slice(0, 10);
			const logs = async () => (await sim.api('GET', `/v4/logs/sms/?startDate=${today}&endDate=${today}&direction=inbound`)).body.payload.map((sms: Json) => sms.smsSid);
			const inbox = async () => (await sim.api('GET', '/v4/inbox/')).body.payload.map((entry: Json) => entry.time);
			expect(await logs()).not.toContain(hidden.id);
			expect(await inbox()).not.toContain(hidden.id);
			expect(await sim.control('reveal', { ids: [hidden.id] })).toEqual({ revealed: 3 });
			expect(await logs()).toContain(hidden.id);
			expect(await inbox()).toContain(hidden.id);

			const before = Date.now();
			const [late] = await sim.insert({ kind: 'call', late: 600 });
			expect(late.at).toBeLessThanOrEqual(before - 590_000);
		});
	});

	describe('Kong headers and the per-second limit', () => {
		it('counts down X-RateLimit-Remaining-Second and RateLimit-Remaining in a second window', async () => {
			await sim.token();
			await sim.setClock(Math.ceil(Date.now() / 1000) * 1000 + 5);
			const first = await sim.api('GET', '/v4/timezone/');
			const second = await sim.api('GET', '/v4/timezone/');
			expect(first.headers.get('x-ratelimit-limit-second')).toBe('150');
			expect([first.headers.get('x-ratelimit-remaining-second'), second.headers.get('x-ratelimit-remaining-second')]).toEqual(['149', '148']);
			expect(second.headers.get('ratelimit-remaining')).toBe('148');
			expect(second.headers.get('ratelimit-limit')).toBe('150');
			expect(second.headers.get('ratelimit-reset')).toBe('1');
			expect(second.headers.get('via')).toBe('kong/2.8.3');
			const debug = await sim.api('GET', '/v4/logs/debug/6be998f3-d47e-4b17-b80b-0456cf070179');
			expect(debug.headers.get('x-ratelimit-limit-second')).toBe('100');
		});

		it('answers 429 with Kong\'s body once the second is full', async () => {
			await sim.token();
			await sim.control('config', { kong: { second: 3 } });
			await sim.setClock(Math.ceil(Date.now() / 1000) * 1000 + 5);
			const statuses: number[] = [];
			let limited: Awaited<ReturnType<YtelSim['api']>> | undefined;
			for (let index = 0; index < 4; index++) {
				const response = await sim.api('GET', '/v4/timezone/');
				statuses.push(response.status);
				if (response.status === 429) limited = response;
			}
			expect(statuses).toEqual([200, 200, 200, 429]);
			expect(limited!.text).toBe('{\n  "message":"API rate limit exceeded"\n}');
			expect(limited!.headers.get('x-ratelimit-remaining-second')).toBe('0');
			expect(limited!.headers.get('retry-after')).toBe('1');
			await sim.setClock(Math.ceil(Date.now() / 1000) * 1000 + 2005);
			expect((await sim.api('GET', '/v4/timezone/')).status).toBe(200);
		});
	});

	describe('request log', () => {
		it('records method, full path, raw query, exact body and headers', async () => {
			await sim.token();
			await sim.clearLog();
			await sim.request('PUT', '/v4/number/%2B19495065906/?x=a%20b&x=c', { body: '{"friendlyName": "Kept  as sent"}', headers: { 'content-type': 'application/json' } });
			const [entry] = await sim.requests();
			expect(entry).toMatchObject({ method: 'PUT', url: '/v4/number/%2B19495065906/?x=a%20b&x=c', path: '/v4/number/%2B19495065906/', rawBody: '{"friendlyName": "Kept  as sent"}', status: 200 });
			expect(entry.headers.authorization).toMatch(/^Bearer /);
		});
	});

	it('starts as its own process with startSimulator("ytel")', async () => {
		const running = await startSimulator('ytel');
		try {
			const remote = new YtelSim(running.url);
			expect((await remote.login()).tokenType).toBe('Bearer');
			expect((await remote.control<any>('stats', {}, 'GET')).pid).toBe(running.pid);
		} finally {
			await running.stop();
		}
	});
});
