/**
 * Shared pieces Ytel brought, tested once for any vendor with a scripted server through n8n-core:
 * the keyset preset's guards (a cursor that does not move, a last record without one, paging
 * parameters in the body), envelopes with listed errors and partial failures, and rate buckets
 * whose long refusals hold only their own requests while an unbucketed one still holds the
 * credential. Plus the header and error readers on their own.
 */
import * as http from 'node:http';
import { NodeConnectionTypes, type ICredentialType, type IDataObject, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { defineVendor, type PagingPreset } from '../../nodes/shared/api';
import { partialFailures, rateLimitPauseMs, readVendorError } from '../../nodes/shared/errors';
import { bodyField, limitField, returnAllField } from '../../nodes/shared/fields';
import { assembleResources, defineOperation } from '../../nodes/shared/operations';
import { resetPacing } from '../../nodes/shared/pacing';
import { runNode, testNode, type TestEnvironment } from '../helpers/engine';

interface Logged {
	url: string;
	query: Record<string, string>;
	body: string;
}

class ScriptedServer {
	readonly log: Logged[] = [];
	handler: (request: Logged, index: number) => { status?: number; body?: unknown; headers?: Record<string, string> } = () => ({ body: {} });
	private server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const logged = { url: url.pathname, query: Object.fromEntries(url.searchParams), body: Buffer.concat(chunks).toString('utf8') };
			this.log.push(logged);
			const answer = this.handler(logged, this.log.length - 1);
			res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
			res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
		});
	});
	url = '';
	async start() {
		await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
		this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
	}
	async stop() {
		this.server.closeAllConnections();
		await new Promise((resolve) => this.server.close(resolve));
	}
}

const ERROR_LIST = { list: 'problems', code: 'code', message: 'text', detail: 'hint' };
const records = (body: unknown) => (((body as IDataObject)?.items ?? []) as IDataObject[]);
const acme = defineVendor({
	service: 'Acme',
	credentialType: 'acmeApi',
	baseUrl: { urlField: 'url', missing: 'the Acme URL' },
	defaultRequestsPerSecond: 1000,
	envelope: { records: (body) => ((body as IDataObject)?.ok === undefined ? undefined : records(body)) },
	rateBuckets: [{ name: 'report', method: 'POST', path: /^\/report$/ }],
	errors: { failureIn2xx: (body, status) => ((body as IDataObject)?.ok === false ? status : undefined), errorList: ERROR_LIST },
});

const keyset: PagingPreset = { style: 'keyset', pageParam: 'after', sizeParam: 'size', cursor: { field: 'key' }, maxPageSize: () => 3, records };
const inBody: PagingPreset = { ...keyset, paramsIn: 'body' };

const operations = [
	defineOperation(acme, { value: 'keyset', name: 'Keyset', action: 'Keyset', description: 'x', method: 'GET', path: '/things', output: 'list', paging: keyset, properties: [returnAllField, limitField] }),
	defineOperation(acme, {
		value: 'inBody',
		name: 'In Body',
		action: 'In Body',
		description: 'x',
		method: 'POST',
		path: '/search',
		output: 'list',
		paging: inBody,
		properties: [returnAllField, limitField, bodyField({ displayName: 'Query', name: 'query', type: 'string', default: '' }, 'query')],
	}),
	defineOperation(acme, { value: 'report', name: 'Report', action: 'Report', description: 'x', method: 'POST', path: '/report' }),
	defineOperation(acme, { value: 'get', name: 'Get', action: 'Get', description: 'x', method: 'GET', path: '/thing' }),
];
const resources = assembleResources([{ name: 'Thing', value: 'thing', defaultOperation: 'get', operations }], 'thing');

class Acme implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Acme',
		name: 'acme',
		group: ['transform'],
		version: 1,
		description: 'test vendor',
		defaults: { name: 'Acme' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'acmeApi', required: true }],
		requestDefaults: { json: true },
		properties: resources.properties,
	};
}

class AcmeApi implements ICredentialType {
	name = 'acmeApi';
	displayName = 'Acme';
	properties = [{ displayName: 'URL', name: 'url', type: 'string' as const, default: '' }];
}

describe('shared keyset paging, envelopes and rate buckets', () => {
	const server = new ScriptedServer();
	let env: TestEnvironment;
	beforeAll(async () => await server.start());
	afterAll(async () => await server.stop());
	beforeEach(() => {
		resetPacing();
		server.log.length = 0;
		env = { nodeTypes: { acme: new Acme() }, credentialTypes: { acmeApi: new AcmeApi() }, credentials: { acmeApi: { url: server.url } } };
	});
	const run = async (parameters: IDataObject) =>
		await runNode(env, testNode('acme', { resource: 'thing', ...parameters }, { credentials: { acmeApi: { id: 'acme-1', name: 'Acme' } } }));
	const ids = (result: Awaited<ReturnType<typeof run>>) => result.items.map((item) => item.json.id);

	describe('keyset', () => {
		/** Records 1..n keyed k1..kn, served after the key given. */
		const serve = (count: number, keyOf: (id: number) => string | undefined = (id) => `k${id}`) => (request: Logged) => {
			const all = Array.from({ length: count }, (_, index) => ({ id: index + 1, key: keyOf(index + 1) }));
			const after = request.query.after ?? (JSON.parse(request.body || '{}') as IDataObject).after;
			const start = after === undefined ? 0 : all.findIndex((record) => record.key === after) + 1;
			const size = Number(request.query.size ?? (JSON.parse(request.body || '{}') as IDataObject).size);
			return { body: { ok: true, items: all.slice(start, start + size) } };
		};

		it('goes on from the last record until a short page', async () => {
			server.handler = serve(7);
			const result = await run({ operation: 'keyset', returnAll: true });
			expect(ids(result)).toEqual([1, 2, 3, 4, 5, 6, 7]);
			expect(server.log.map((request) => request.query)).toEqual([{ size: '3' }, { size: '3', after: 'k3' }, { size: '3', after: 'k6' }]);
		});

		it('stops on a cursor that does not move (a server that keeps its last key)', async () => {
			let page = 0;
			server.handler = () => ({ body: { ok: true, items: [{ id: ++page, key: 'a' }, { id: ++page, key: 'b' }, { id: ++page, key: 'same' }] } });
			const result = await run({ operation: 'keyset', returnAll: true });
			expect(ids(result)).toEqual([1, 2, 3, 4, 5, 6]);
			expect(server.log).toHaveLength(2);
		});

		it('stops when the last record has no cursor', async () => {
			server.handler = serve(9, (id) => (id === 3 ? undefined : `k${id}`));
			const result = await run({ operation: 'keyset', returnAll: true });
			expect(ids(result)).toEqual([1, 2, 3]);
			expect(server.log).toHaveLength(1);
		});

		it('puts size and cursor in the body when the preset says so, next to the fields', async () => {
			server.handler = serve(5);
			const result = await run({ operation: 'inBody', returnAll: true, query: 'x' });
			expect(ids(result)).toEqual([1, 2, 3, 4, 5]);
			expect(server.log.map((request) => [request.query, JSON.parse(request.body)])).toEqual([
				[{}, { query: 'x', size: 3 }],
				[{}, { query: 'x', size: 3, after: 'k3' }],
			]);
		});
	});

	describe('envelope and listed errors', () => {
		it('a record operation outputs the envelope\'s records, then the refused rows marked failed', async () => {
			server.handler = () => ({ body: { ok: true, items: [{ id: 1 }, { id: 2 }], problems: [{ code: '409', text: 'Conflict', hint: 'row 3' }] } });
			const result = await run({ operation: 'get' });
			expect(result.items.map((item) => item.json)).toEqual([{ id: 1 }, { id: 2 }, { failed: true, code: '409', text: 'Conflict', hint: 'row 3' }]);
		});

		it('an empty envelope is a success; a body that is not an envelope is output as it is', async () => {
			server.handler = (_request, index) => ({ body: index === 0 ? { ok: true, items: [] } : { legacy: { status: 'processing' } } });
			expect((await run({ operation: 'get' })).items.map((item) => item.json)).toEqual([{ success: true }]);
			expect((await run({ operation: 'get' })).items.map((item) => item.json)).toEqual([{ legacy: { status: 'processing' } }]);
		});

		it('a failure in a 2xx body reports the answer\'s own status and the vendor\'s numeric code as a code', async () => {
			server.handler = () => ({ body: { ok: false, problems: [{ code: '404', text: 'Not Found', hint: 'no thing 7' }, { code: '400', text: 'Bad' }] } });
			const result = await run({ operation: 'get' });
			expect(result.error?.message).toBe('Acme error (HTTP 200, code 404): Not Found (no thing 7); Bad');
		});

		it('reads listed errors only where the vendor says they are', () => {
			const body = { problems: [{ code: 'E1', text: 'Broken', hint: 'Broken' }] };
			expect(readVendorError(body, { errorList: ERROR_LIST })).toEqual({ message: 'Broken', code: 'E1' });
			expect(readVendorError(body)).toEqual({ message: JSON.stringify(body), code: undefined });
			expect(partialFailures(JSON.stringify(body), { errorList: ERROR_LIST })).toEqual([{ failed: true, ...body.problems[0] }]);
			expect(partialFailures(body)).toEqual([]);
		});
	});

	describe('rate buckets', () => {
		it('a long Retry-After on a bucketed operation refuses that operation only', async () => {
			server.handler = (request) => (request.url === '/report' ? { status: 429, body: { message: 'hourly' }, headers: { 'retry-after': '2518' } } : { body: { ok: true, items: [{ id: 1 }] } });
			const refused = await run({ operation: 'report' });
			expect(refused.error?.message).toMatch(/^Acme rate limit reached \(HTTP 429\): Acme asks to wait 2518 s\. Try again after /);
			expect((await run({ operation: 'get' })).items.map((item) => item.json)).toEqual([{ id: 1 }]);
			expect((await run({ operation: 'report' })).error?.message).toMatch(/asks to wait 25\d\d s/);
			expect(server.log.map((request) => request.url)).toEqual(['/report', '/thing']);
		});

		it('a long Retry-After on an operation without a bucket still refuses the credential', async () => {
			server.handler = (request) => (request.url === '/thing' ? { status: 429, body: { message: 'quota' }, headers: { 'retry-after': '3600' } } : { body: { ok: true, items: [] } });
			expect((await run({ operation: 'get' })).error?.message).toMatch(/asks to wait 3600 s/);
			expect((await run({ operation: 'report' })).error?.message).toMatch(/asks to wait 3\d{3} s/);
			expect(server.log.map((request) => request.url)).toEqual(['/thing']);
		});

		it('a 429 without Retry-After is read from RateLimit-Reset', async () => {
			server.handler = () => ({ status: 429, body: { message: 'hourly' }, headers: { 'ratelimit-remaining': '0', 'ratelimit-reset': '900' } });
			expect((await run({ operation: 'report' })).error?.message).toMatch(/asks to wait 900 s/);
			expect(server.log).toHaveLength(1);
		});
	});

	it('reads Kong\'s per-window headers: the exhausted window, or RateLimit-Reset when given', () => {
		const now = 1_700_000_000_000;
		expect(rateLimitPauseMs({ 'X-RateLimit-Remaining-Second': '0', 'X-RateLimit-Limit-Second': '150' }, now)).toBe(1000);
		expect(rateLimitPauseMs({ 'X-RateLimit-Remaining-Hour': '0', 'X-RateLimit-Remaining-Second': '3' }, now)).toBe(3_600_000);
		expect(rateLimitPauseMs({ 'X-RateLimit-Remaining-Hour': '0', 'RateLimit-Remaining': '0', 'RateLimit-Reset': '2518' }, now)).toBe(2_518_000);
		expect(rateLimitPauseMs({ 'x-ratelimit-remaining-second': '149', 'ratelimit-remaining': '149', 'ratelimit-reset': '1' }, now)).toBeUndefined();
	});
});
