/**
 * The shared layer every Ytel request rests on, run through n8n-core's engine against the Ytel
 * simulator: the envelope (a record, one item per payload entry, the rows a bulk request refused),
 * `status:false` errors in Ytel's words, each paging preset driven by its real parameters, and
 * the export's hourly bucket that fails that operation at once without holding the others.
 * The node is a test-only declarative description built from the shared pieces and the Ytel
 * vendor definition (the real nodes come with the next step); the credential is a stand-in
 * carrying an exchanged token (the real one, with its exchange, is another helper's work).
 */
import {
	NodeConnectionTypes,
	type ICredentialType,
	type IDataObject,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import type { PagingPreset } from '../../nodes/shared/api';
import { bodyField, limitField, queryField, returnAllField } from '../../nodes/shared/fields';
import { assembleResources, defineOperation } from '../../nodes/shared/operations';
import { resetPacing } from '../../nodes/shared/pacing';
import {
	ytel,
	ytelCarrierPaging,
	ytelConversationPaging,
	ytelInboxPaging,
	ytelLogPaging,
	ytelNumbersPaging,
	ytelRecordingPaging,
	ytelSearchPaging,
} from '../../nodes/Ytel/shared/api';
import { runNode, testNode, type TestEnvironment } from '../helpers/engine';
import { useYtelSim } from '../helpers/ytel-sim';

type Json = Record<string, any>;

/** Small pages, so that a few inserted records make several pages of each preset. */
const PAGE = 10;
const small = (preset: PagingPreset): PagingPreset => ({ ...preset, maxPageSize: () => PAGE });

const text = (name: string, required = false): INodeProperties => ({ displayName: name, name, type: 'string', default: '', required });
const json = (name: string): INodeProperties => ({ displayName: name, name, type: 'json', default: '' });
const listFields = [returnAllField, limitField];

const list = (value: string, path: string, paging: PagingPreset, properties: INodeProperties[] = [], method: 'GET' | 'POST' = 'GET') =>
	defineOperation(ytel, { value, name: value, action: value, description: value, method, path, output: 'list', paging, properties: [...listFields, ...properties] });

const day = [queryField(text('startDate')), queryField(text('endDate'))];
const operations = [
	defineOperation(ytel, { value: 'getContact', name: 'Get Contact', action: 'Get', description: 'x', method: 'GET', path: '/v4/contact/{contactId}', properties: [text('contactId', true)] }),
	defineOperation(ytel, { value: 'purchase', name: 'Purchase', action: 'Purchase', description: 'x', method: 'POST', path: '/v4/number/purchase/', properties: [bodyField(json('phoneNumber'), 'phoneNumber')] }),
	defineOperation(ytel, {
		value: 'export',
		name: 'Export',
		action: 'Export',
		description: 'x',
		method: 'POST',
		path: '/v4/logs/export',
		properties: ['email', 'startdate', 'enddate', 'type'].map((name) => bodyField(text(name), name)),
	}),
	list('contacts', '/v4/contact/', ytel.paging!),
	list('numbers', '/v4/number/', small(ytelNumbersPaging)),
	list('numbersWhole', '/v4/number/', ytelNumbersPaging),
	list('smsLogs', '/v4/logs/sms/', small(ytelLogPaging), [...day, queryField(text('direction'))]),
	list('recordings', '/v4/logs/recording/', small(ytelRecordingPaging), [queryField(text('startDate'))]),
	list('carrier', '/v4/logs/carrier/', small(ytelCarrierPaging), day),
	list('inbox', '/v4/inbox/', small(ytelInboxPaging)),
	list('conversation', '/v4/conversation/', small(ytelConversationPaging), [queryField(text('contactId'))]),
	list('search', '/v4/contact/search', ytelSearchPaging, [bodyField(json('statements'), 'statements')], 'POST'),
];
const resources = assembleResources([{ name: 'Thing', value: 'thing', defaultOperation: 'getContact', operations }], 'thing');

class YtelUnderTest implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ytel (test)',
		name: 'ytelUnderTest',
		group: ['transform'],
		version: 1,
		description: 'the shared layer with the Ytel vendor',
		defaults: { name: 'Ytel' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'ytelApi', required: true }],
		requestDefaults: { json: true },
		properties: resources.properties,
	};
}

/** A stand-in for the Ytel credential: the same field names, a token already exchanged. */
class YtelTokenStandIn implements ICredentialType {
	name = 'ytelApi';
	displayName = 'Ytel (test stand-in)';
	properties: INodeProperties[] = [
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: 'https://api.ytel.com' },
		{ displayName: 'Access Token', name: 'accessToken', type: 'string', default: '' },
		{ displayName: 'Requests per Second', name: 'requestsPerSecond', type: 'number', default: 50 },
	];
	authenticate = { type: 'generic' as const, properties: { headers: { Authorization: '=Bearer {{$credentials.accessToken}}' } } };
}

const DAY_START = Date.UTC(2024, 4, 10);
const base64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');

describe('Ytel shared layer (engine + simulator)', () => {
	const sim = useYtelSim();
	let env: TestEnvironment;

	/** The credential with a token of the simulator's clock (set the clock first). */
	const login = async () => {
		env.credentials.ytelApi = { baseUrl: sim.url, accessToken: await sim.token(), requestsPerSecond: 100 };
	};
	beforeEach(async () => {
		resetPacing();
		env = { nodeTypes: { ytelUnderTest: new YtelUnderTest() }, credentialTypes: { ytelApi: new YtelTokenStandIn() }, credentials: {} };
		await login();
	});

	const run = async (parameters: IDataObject, items: IDataObject[] = [{}]) =>
		await runNode(env, testNode('ytelUnderTest', { resource: 'thing', ...parameters }, { credentials: { ytelApi: { id: 'ytel-1', name: 'Ytel' } } }), items);
	const output = (result: Awaited<ReturnType<typeof run>>) => {
		if (result.error) throw result.error;
		return result.items.map((item) => item.json as Json);
	};
	/** What the node sent to `path` (method and query), oldest first. */
	const sent = async (path: string) => (await sim.requests()).filter((request) => request.path === path);
	/** Ytel's own answer, for the expected values. */
	const payloadOf = async (method: string, path: string, body?: unknown) => (await sim.api(method, path, body)).body.payload as Json[];

	describe('envelope', () => {
		it('a single-record operation outputs the record, not the envelope', async () => {
			const [first] = await payloadOf('GET', '/v4/contact/');
			const expected = await payloadOf('GET', `/v4/contact/${first.contactId}`);
			expect(output(await run({ operation: 'getContact', contactId: first.contactId }))).toEqual(expected);
		});

		it('a list outputs one item per payload entry', async () => {
			const expected = await payloadOf('GET', '/v4/contact/');
			expect(expected.length).toBeGreaterThan(1);
			expect(output(await run({ operation: 'contacts', returnAll: true }))).toEqual(expected);
		});

		it('HTTP 200 with status:false is an error in Ytel\'s words: code, message and moreInfo', async () => {
			const missing = '00000000-0000-4000-8000-000000000000';
			const answer = (await sim.api('GET', `/v4/contact/${missing}`)).body;
			expect(answer.status).toBe(false);
			const [error] = answer.error;
			const result = await run({ operation: 'getContact', contactId: missing });
			expect(result.error?.message).toBe(`Ytel error (HTTP 200, code ${error.code}): ${error.message} (${error.moreInfo})`);
			expect(result.error).toMatchObject({ httpCode: '200' });
		});

		it('a bulk answer with payload and error[]: the successes, then each refused row marked failed', async () => {
			const wanted = ['+17144061234', '7145550000', '+19495065906'];
			const expected = (await sim.api('POST', '/v4/number/purchase/', { phoneNumber: wanted })).body;
			expect(expected.payload.length).toBeGreaterThan(0);
			expect(expected.error.length).toBeGreaterThan(0);
			await sim.reset();
			await login();
			const items = output(await run({ operation: 'purchase', phoneNumber: `={{ ${JSON.stringify(wanted)} }}` }));
			const successes = items.filter((item) => !item.failed);
			expect(successes.map((item) => item.phoneNumber)).toEqual(expected.payload.map((record: Json) => record.phoneNumber));
			expect(items.slice(successes.length)).toEqual(expected.error.map((error: Json) => ({ failed: true, ...error })));
		});
	});

	describe('paging presets', () => {
		it('numbers: nextKey is the base64 of the last number received, size the page; a short page ends', async () => {
			await sim.insert({ kind: 'number', count: 2 * PAGE + 3 });
			const expected = await payloadOf('GET', '/v4/number/?size=5000');
			expect(expected.length).toBeGreaterThanOrEqual(2 * PAGE + 3);
			await sim.clearLog();
			const items = output(await run({ operation: 'numbers', returnAll: true }));
			expect(items).toEqual(expected);
			const pages = Math.floor(expected.length / PAGE) + 1;
			expect((await sent('/v4/number/')).map((request) => request.query)).toEqual(
				Array.from({ length: pages }, (_, page) => (page ? { size: String(PAGE), nextKey: base64(expected[page * PAGE - 1].phoneNumber) } : { size: String(PAGE) })),
			);
		});

		it('numbers at the real page size: one request for an account with fewer numbers', async () => {
			const expected = await payloadOf('GET', '/v4/number/?size=5000');
			await sim.clearLog();
			expect(output(await run({ operation: 'numbersWhole', returnAll: true }))).toEqual(expected);
			expect((await sent('/v4/number/')).map((request) => request.query)).toEqual([{ size: '1000' }]);
		});

		it('SMS logs: a UTC day window, limit and offset until a short page', async () => {
			await sim.insert({ kind: 'sms', count: 2 * PAGE + 3, at: DAY_START + 3_600_000 });
			const window = { startDate: '2024-05-10', endDate: '2024-05-10' };
			const expected = await payloadOf('GET', '/v4/logs/sms/?startDate=2024-05-10&endDate=2024-05-10&limit=5000');
			expect(expected).toHaveLength(2 * PAGE + 3);
			const items = output(await run({ operation: 'smsLogs', returnAll: true, ...window }));
			expect(items).toEqual(expected);
			expect((await sent('/v4/logs/sms/')).slice(1).map((request) => request.query)).toEqual(
				[0, PAGE, 2 * PAGE].map((offset) => ({ ...window, limit: String(PAGE), offset: String(offset) })),
			);
		});

		it('a first page shorter than asked is the last (Ytel serves the limit asked): one request', async () => {
			await sim.insert({ kind: 'sms', count: 3, at: DAY_START + 3_600_000 });
			const items = output(await run({ operation: 'smsLogs', returnAll: true, startDate: '2024-05-10', endDate: '2024-05-10' }));
			expect(items).toHaveLength(3);
			expect((await sent('/v4/logs/sms/')).map((request) => request.query.offset)).toEqual(['0']);
		});

		it('a Limit stops the walk once it has enough', async () => {
			await sim.insert({ kind: 'sms', count: 2 * PAGE + 3, at: DAY_START + 3_600_000 });
			const items = output(await run({ operation: 'smsLogs', returnAll: false, limit: PAGE + 2, startDate: '2024-05-10', endDate: '2024-05-10' }));
			expect(items).toHaveLength(PAGE + 2);
			expect(await sent('/v4/logs/sms/')).toHaveLength(2);
		});

		const keysets: Array<[string, string, Json, string, string, (expected: Json[]) => string]> = [
			['recordings', 'recording', { startDate: '2024-05-10' }, '/v4/logs/recording/', 'lastCallSid', (records) => records[PAGE - 1].callSid],
			['carrier', 'carrier', { startDate: '2024-05-10', endDate: '2024-05-10' }, '/v4/logs/carrier/', 'lastId', (records) => records[PAGE - 1].carrierSid],
			['inbox', 'inbox', {}, '/v4/inbox/', 'lastTime', (records) => records[PAGE - 1].time],
		];
		it.each(keysets)('%s: the cursor is the last record\'s, pages until a short one', async (operation, kind, query, path, cursorParam, cursorOf) => {
			const at = kind === 'inbox' ? Date.now() - 3_600_000 : DAY_START + 3_600_000;
			await sim.insert({ kind, count: 2 * PAGE + 3, at });
			const qs = new URLSearchParams({ ...query, limit: '5000' }).toString();
			const expected = await payloadOf('GET', `${path}?${qs}`);
			expect(expected.length).toBeGreaterThanOrEqual(2 * PAGE + 3);
			const items = output(await run({ operation, returnAll: true, ...query }));
			expect(items).toEqual(expected);
			const requests = (await sent(path)).slice(1);
			expect(requests.length).toBe(Math.floor(expected.length / PAGE) + 1);
			expect(requests[0].query[cursorParam]).toBeUndefined();
			expect(requests[1].query).toEqual({ ...query, limit: String(PAGE), [cursorParam]: cursorOf(expected) });
		});

		it('conversation: backwards by lastId (the last event\'s time) and size', async () => {
			const [first] = await sim.insert({ kind: 'sms', from: '+15550001111', at: Date.now() - 7_200_000 });
			await sim.insert({ kind: 'sms', from: '+15550001111', count: 2 * PAGE + 2 });
			const expected = await payloadOf('GET', `/v4/conversation/?contactId=${first.contactId}&size=5000`);
			expect(expected.length).toBeGreaterThanOrEqual(2 * PAGE + 3);
			const items = output(await run({ operation: 'conversation', returnAll: true, contactId: first.contactId }));
			expect(items).toEqual(expected);
			const requests = (await sent('/v4/conversation/')).slice(1);
			expect(requests[1].query).toEqual({ contactId: first.contactId, size: String(PAGE), lastId: expected[PAGE - 1].time });
		});

		it('contact search: one request whose body size is the Limit (10,000 for Return All)', async () => {
			await sim.insert({ kind: 'contact', count: 5, firstname: 'Searched' });
			const statements = [{ variable: 'firstname', operation: 'equals', value: 'Searched' }];
			const expected = await payloadOf('POST', '/v4/contact/search', { statements, size: 10000 });
			expect(expected).toHaveLength(5);
			const limited = output(await run({ operation: 'search', returnAll: false, limit: 3, statements: `={{ ${JSON.stringify(statements)} }}` }));
			expect(limited).toEqual(expected.slice(0, 3));
			const all = output(await run({ operation: 'search', returnAll: true, statements: `={{ ${JSON.stringify(statements)} }}` }));
			expect(all).toEqual(expected);
			const bodies = (await sent('/v4/contact/search')).slice(1).map((request) => request.body);
			expect(bodies).toEqual([
				{ statements, size: 3 },
				{ statements, size: 10000 },
			]);
		});
	});

	describe('rate limits', () => {
		const exportBody = { email: 'ops@example.com', startdate: '2024-01-01', enddate: '2024-01-31', type: '1' };

		it('the hourly export limit fails Export at once with the time to retry, and holds nothing else', async () => {
			// 10:18:02 UTC: 2518 s left in the hour, as in the collection's 429 example.
			await sim.setClock(Date.UTC(2026, 0, 5, 10, 18, 2));
			await login();
			const used = await sim.api('POST', '/v4/logs/export', exportBody);
			expect(used.status).toBe(200);
			const started = Date.now();
			const refused = await run({ operation: 'export', ...exportBody });
			expect(Date.now() - started).toBeLessThan(3000);
			const [limited] = (await sent('/v4/logs/export')).slice(1);
			expect(limited.status).toBe(429);
			expect(refused.error?.message).toMatch(/^Ytel rate limit reached \(HTTP 429\): Ytel asks to wait 2518 s\. Try again after \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\.$/);
			expect(refused.error).toMatchObject({ httpCode: '429' });
			// The credential's other operations go on at once.
			const [contact] = await payloadOf('GET', '/v4/contact/');
			const other = Date.now();
			expect(output(await run({ operation: 'getContact', contactId: contact.contactId }))[0].contactId).toBe(contact.contactId);
			expect(Date.now() - other).toBeLessThan(2000);
			// Export itself is refused without being sent until the hour is over.
			const again = await run({ operation: 'export', ...exportBody });
			expect(again.error?.message).toMatch(/^Ytel rate limit reached \(HTTP 429\): Ytel asks to wait 25\d\d s\./);
			expect(await sent('/v4/logs/export')).toHaveLength(2);
		});

		it('an export that uses up the hour (X-RateLimit-Remaining-Hour: 0) refuses the next one unsent, not the others', async () => {
			await sim.setClock(Date.UTC(2026, 0, 5, 10, 18, 2));
			await login();
			const first = output(await run({ operation: 'export', ...exportBody }));
			expect(first[0]).toHaveProperty('Message360.Message.Status', 'processing');
			const second = await run({ operation: 'export', ...exportBody });
			expect(second.error?.message).toMatch(/^Ytel rate limit reached \(HTTP 429\): Ytel asks to wait 25\d\d s\./);
			expect(await sent('/v4/logs/export')).toHaveLength(1);
			const [contact] = await payloadOf('GET', '/v4/contact/');
			expect(output(await run({ operation: 'getContact', contactId: contact.contactId }))).toHaveLength(1);
		});

		it('Kong\'s per-second headers pace the credential: no request runs into the limit', async () => {
			await sim.control('config', { kong: { second: 3 } });
			env.credentials.ytelApi.requestsPerSecond = 20;
			const [contact] = await payloadOf('GET', '/v4/contact/');
			await new Promise((resolve) => setTimeout(resolve, 1100));
			const items = output(await run({ operation: 'getContact', contactId: contact.contactId }, Array.from({ length: 7 }, () => ({}))));
			expect(items).toHaveLength(7);
			const answers = (await sent(`/v4/contact/${contact.contactId}`)).map((request) => request.status);
			expect(answers).toEqual(Array(7).fill(200));
		});
	});
});
