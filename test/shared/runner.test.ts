/**
 * The shared request runner with a tiny declarative vendor ("Acme") and a scriptable server, so
 * that what every vendor relies on is tested once: paging presets and their guards, blank query
 * values, 429 pauses shared by every waiting item, the Retry-After cap, rate-limit headers,
 * 2xx failure bodies, network errors, and token renewal on 401 through n8n's preAuthentication.
 */
import * as http from 'node:http';
import {
	NodeConnectionTypes,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type IHttpRequestHelper,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { defineVendor, type PagingPreset } from '../../nodes/shared/api';
import { bodyField, dateBodyField, limitField, queryField, readDate, returnAllField } from '../../nodes/shared/fields';
import { assembleResources, defineOperation } from '../../nodes/shared/operations';
import { resetPacing } from '../../nodes/shared/pacing';
import { runNode, testNode, type TestEnvironment } from '../helpers/engine';

interface Logged {
	method: string;
	url: string;
	query: Record<string, string>;
	at: number;
	auth?: string;
	body?: string;
}

/** A server whose answers the test scripts per request. */
class ScriptedServer {
	readonly log: Logged[] = [];
	handler: (request: Logged, index: number) => { status?: number; body?: unknown; headers?: Record<string, string> } = () => ({ body: {} });
	private server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const logged: Logged = {
			method: req.method ?? 'GET',
			url: req.url ?? '',
			query: Object.fromEntries(url.searchParams),
			at: Date.now(),
			auth: req.headers.authorization,
		};
		this.log.push(logged);
		const index = this.log.length - 1;
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			logged.body = Buffer.concat(chunks).toString('utf8');
			const answer = this.handler(logged, index);
			const text = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
			res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
			res.end(text);
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

const records = (body: unknown) => ((body as IDataObject)?.data ?? body) as IDataObject[];

const presets: Record<string, PagingPreset> = {
	none: { style: 'none', records },
	envelope: {
		style: 'pageIndex',
		pageParam: 'page',
		sizeParam: 'size',
		firstPage: 1,
		maxPageSize: () => 100,
		records,
		totalPages: (body) => (body as IDataObject).totalPages as number,
	},
	silent: { style: 'recordOffset', pageParam: 'offset', sizeParam: 'limit', maxPageSize: () => 100, records },
	counted: {
		style: 'pageIndex',
		pageParam: 'page',
		sizeParam: 'size',
		firstPage: 1,
		maxPageSize: () => 100,
		records,
		total: (body) => (body as IDataObject).totalItems as number,
		totalPages: (body) => (body as IDataObject).totalPages as number,
		appliedPageSize: (body) => (body as IDataObject).itemsPerPage as number,
	},
	token: { style: 'token', pageParam: 'cursor', sizeParam: 'limit', maxPageSize: () => 10, records, nextToken: (body) => (body as IDataObject).next as string | undefined },
};

const acme = defineVendor({
	service: 'Acme',
	credentialType: 'acmeApi',
	baseUrl: { urlField: 'url', missing: 'the Acme URL' },
	defaultRequestsPerSecond: 1000,
	errors: { failureIn2xx: (body) => ((body as IDataObject)?.status === false ? 400 : undefined) },
});

const listOf = (value: string) =>
	defineOperation(acme, {
		value,
		name: `List ${value}`,
		action: `List ${value}`,
		description: 'x',
		method: 'GET',
		path: `/${value}`,
		output: 'list',
		paging: presets[value],
		properties: [returnAllField, limitField, queryField({ displayName: 'Q', name: 'q', type: 'string', default: '' })],
	});

const resources = assembleResources(
	[
		{
			name: 'Thing',
			value: 'thing',
			defaultOperation: 'get',
			operations: [
				defineOperation(acme, { value: 'get', name: 'Get', action: 'Get', description: 'x', method: 'GET', path: '/thing/{id}', properties: [{ displayName: 'ID', name: 'id', type: 'string', required: true, default: '' }] }),
				...Object.keys(presets).map(listOf),
				defineOperation(acme, {
					value: 'day',
					name: 'Day',
					action: 'Day',
					description: 'x',
					method: 'PUT',
					path: '/day/{when}',
					pathValues: {
						when(value, label) {
							return readDate(this, label, value, 'yyyy-MM-dd', 'workflow') ?? '';
						},
					},
					properties: [{ displayName: 'When', name: 'when', type: 'dateTime', required: true, default: '' }],
				}),
				defineOperation(acme, {
					value: 'write',
					name: 'Write',
					action: 'Write',
					description: 'x',
					method: 'POST',
					path: '/write',
					properties: [
						bodyField({ displayName: 'Name', name: 'name', type: 'string', default: '' }, 'Name'),
						bodyField({ displayName: 'Owner', name: 'owner', type: 'string', default: '' }, 'Owner.Uid'),
						bodyField({ displayName: 'Owner Kind', name: 'ownerKind', type: 'string', default: '' }, 'Owner.Kind'),
						dateBodyField({ displayName: 'Due', name: 'due', type: 'dateTime', default: '' }, 'Plan.Due', 'yyyy-MM-ddTHH:mm:ss', { suffix: 'Z' }),
					],
				}),
			],
		},
	],
	'thing',
);

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

/** A credential with an expiring token, renewed by n8n's preAuthentication. */
let exchanges = 0;
class AcmeApi implements ICredentialType {
	name = 'acmeApi';
	displayName = 'Acme';
	properties = [
		{ displayName: 'URL', name: 'url', type: 'string' as const, default: '' },
		{ displayName: 'Token', name: 'token', type: 'hidden' as const, typeOptions: { expirable: true }, default: '' },
		{ displayName: 'RPS', name: 'requestsPerSecond', type: 'number' as const, default: 1000 },
	];
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		exchanges++;
		const body = (await this.helpers.httpRequest({ method: 'POST', url: `${credentials.url}/auth/token`, json: true })) as IDataObject;
		return { token: body.token };
	}
	authenticate = { type: 'generic' as const, properties: { headers: { Authorization: '=Bearer {{$credentials.token}}' } } };
}

describe('the shared runner', () => {
	const server = new ScriptedServer();
	let env: TestEnvironment;
	beforeAll(async () => {
		await server.start();
	});
	afterAll(async () => {
		await server.stop();
	});
	beforeEach(() => {
		resetPacing();
		server.log.length = 0;
		exchanges = 0;
		env = {
			nodeTypes: { acme: new Acme() },
			credentialTypes: { acmeApi: new AcmeApi() },
			credentials: { acmeApi: { url: server.url, token: 'first', requestsPerSecond: 1000 } },
		};
	});
	const run = async (parameters: IDataObject, items: IDataObject[] = [{}]) =>
		await runNode(env, testNode('acme', { resource: 'thing', ...parameters }, { credentials: { acmeApi: { id: 'acme-1', name: 'Acme' } } }), items);
	const api = () => server.log.filter((request) => !request.url.startsWith('/auth/token'));

	describe('paging', () => {
		const pages = (count: number, size: number) => Array.from({ length: count }, (_, page) => Array.from({ length: size }, (_, index) => ({ id: page * size + index })));

		it('none: one request, the Limit applied locally', async () => {
			server.handler = () => ({ body: pages(1, 30)[0] });
			const result = await run({ operation: 'none', returnAll: false, limit: 7 });
			expect(result.items).toHaveLength(7);
			expect(api()).toHaveLength(1);
		});

		it('an envelope is walked to its last page, even when the server serves fewer than asked', async () => {
			const data = pages(4, 25);
			server.handler = (request) => ({ body: { totalPages: 4, data: data[Number(request.query.page) - 1] ?? [] } });
			const result = await run({ operation: 'envelope', returnAll: true });
			expect(result.items).toHaveLength(100);
			expect(api().map((request) => request.query.page)).toEqual(['1', '2', '3', '4']);
			expect(api()[0].query.size).toBe('100');
		});

		it('a server that ignores the page parameter does not make it loop, nor repeat records', async () => {
			server.handler = () => ({ body: { totalPages: 50, data: pages(1, 25)[0] } });
			const result = await run({ operation: 'envelope', returnAll: true });
			expect(result.items).toHaveLength(25);
			expect(api()).toHaveLength(2);
		});

		it('a silent cap on the first page does not end the walk; a short page after it does', async () => {
			const all = pages(1, 60)[0];
			server.handler = (request) => ({ body: all.slice(Number(request.query.offset), Number(request.query.offset) + 25) });
			const result = await run({ operation: 'silent', returnAll: true });
			expect(result.items.map((item) => item.json.id)).toEqual(all.map((record) => record.id));
			expect(api().map((request) => request.query.offset)).toEqual(['0', '25', '50']);
		});

		describe('a server that reports its total of records and caps pages at 25', () => {
			const all = pages(1, 60)[0];
			/**
			 * `echo`: it reports the size asked and a page count computed from it; `offsetBy`: the size
			 * its page numbers count in (the size asked, or the size it served).
			 */
			const capped = (echo: boolean, offsetBy: 'asked' | 'served') => (request: Logged) => {
				const asked = Number(request.query.size);
				const served = Math.min(asked, 25);
				const start = (Number(request.query.page) - 1) * (offsetBy === 'asked' ? asked : served);
				const reported = echo ? asked : served;
				return { body: { totalItems: all.length, totalPages: Math.ceil(all.length / reported), itemsPerPage: reported, data: all.slice(start, start + served) } };
			};
			const sizes = () => api().map((request) => `${request.query.page}×${request.query.size}`);
			const ids = (result: { items: Array<{ json: IDataObject }> }) => result.items.map((item) => item.json.id);

			it('silently, paging by the size asked: the walk asks the size served from then on and reads every record once', async () => {
				server.handler = capped(true, 'asked');
				const result = await run({ operation: 'counted', returnAll: true });
				expect(ids(result)).toEqual(all.map((record) => record.id));
				expect(sizes()).toEqual(['1×100', '2×25', '3×25']);
			});

			it('silently, paging by the size served: the same walk, the same records', async () => {
				server.handler = capped(true, 'served');
				const result = await run({ operation: 'counted', returnAll: true });
				expect(ids(result)).toEqual(all.map((record) => record.id));
				expect(sizes()).toEqual(['1×100', '2×25', '3×25']);
			});

			it('openly (it reports the size it served): the size asked stays, its page count is followed', async () => {
				server.handler = capped(false, 'served');
				const result = await run({ operation: 'counted', returnAll: true });
				expect(ids(result)).toEqual(all.map((record) => record.id));
				expect(sizes()).toEqual(['1×100', '2×100', '3×100']);
			});

			it('silently, with a Limit: pages of the size served until the Limit', async () => {
				server.handler = capped(true, 'asked');
				const result = await run({ operation: 'counted', returnAll: false, limit: 40 });
				expect(ids(result)).toEqual(all.slice(0, 40).map((record) => record.id));
				expect(sizes()).toEqual(['1×40', '2×25']);
			});

			it('ends at its total, whatever page count it reports', async () => {
				server.handler = (request) => ({ body: { ...capped(true, 'asked')(request).body, totalPages: 99 } });
				const result = await run({ operation: 'counted', returnAll: true });
				expect(result.items).toHaveLength(60);
				expect(api()).toHaveLength(3);
			});
		});

		it('a cursor is followed until the server gives none', async () => {
			server.handler = (request) => {
				const from = Number(request.query.cursor ?? 0);
				return { body: { data: pages(1, 30)[0].slice(from, from + 10), next: from + 10 < 30 ? String(from + 10) : undefined } };
			};
			const result = await run({ operation: 'token', returnAll: true });
			expect(result.items).toHaveLength(30);
			expect(api().map((request) => request.query.cursor)).toEqual([undefined, '10', '20']);
		});

		it('a Limit stops early', async () => {
			server.handler = (request) => ({ body: { totalPages: 9, data: pages(9, 100)[Number(request.query.page) - 1] } });
			const result = await run({ operation: 'envelope', returnAll: false, limit: 150 });
			expect(result.items).toHaveLength(150);
			expect(api()).toHaveLength(2);
		});
	});

	it('does not send a query parameter left blank', async () => {
		server.handler = () => ({ body: [] });
		await run({ operation: 'none', returnAll: true, q: '' });
		expect(api()[0].query).toEqual({});
		await run({ operation: 'none', returnAll: true, q: 'x' });
		expect(api()[1].query).toEqual({ q: 'x' });
	});

	it('a 429 pauses the whole schedule: items already waiting do not run into the limit', async () => {
		let limited = false;
		server.handler = (_request, index) => {
			if (index === 2 && !limited) {
				limited = true;
				return { status: 429, body: { message: 'slow down' }, headers: { 'retry-after': '1' } };
			}
			return { body: { ok: true } };
		};
		env.credentials.acmeApi.requestsPerSecond = 20;
		const started = Date.now();
		const result = await run({ operation: 'get', id: '={{ $json.id }}' }, Array.from({ length: 8 }, (_, id) => ({ id })));
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(8);
		const statuses = api();
		expect(statuses).toHaveLength(9);
		const pausedFrom = statuses[2].at;
		// Nothing went out during the second the vendor asked for.
		expect(statuses.filter((request) => request.at > pausedFrom && request.at < pausedFrom + 950)).toEqual([]);
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
	});

	it('a Retry-After beyond a minute is not waited for: the error says when to try again', async () => {
		server.handler = () => ({ status: 429, body: { message: 'quota' }, headers: { 'retry-after': '3600' } });
		const started = Date.now();
		const result = await run({ operation: 'get', id: '1' });
		expect(Date.now() - started).toBeLessThan(5000);
		expect(result.error?.message).toMatch(/^Acme rate limit reached \(HTTP 429\): Acme asks to wait 3600 s\. Try again after \d{4}-\d{2}-\d{2}T/);
		expect(api()).toHaveLength(1);
		// Until then, the credential's requests fail at once without reaching the vendor.
		const again = await run({ operation: 'get', id: '2' });
		expect(again.error?.message).toMatch(/^Acme rate limit reached \(HTTP 429\): Acme asks to wait 3\d{3} s\. Try again after /);
		expect(again.error).toMatchObject({ httpCode: '429' });
		expect(api()).toHaveLength(1);
	});

	it('rate-limit headers at zero hold the next request back', async () => {
		env.credentials.acmeApi.requestsPerSecond = 5;
		server.handler = (_request, index) => ({ body: { ok: true }, headers: (index === 0 ? { 'RateLimit-Remaining': '0', 'RateLimit-Reset': '1' } : {}) as Record<string, string> });
		await run({ operation: 'get', id: '={{ $json.id }}' }, [{ id: 1 }, { id: 2 }]);
		const [first, second] = api();
		expect(second.at - first.at).toBeGreaterThanOrEqual(900);
	});

	it('a 2xx body that signals a failure is an error with the vendor message', async () => {
		server.handler = () => ({ body: { status: false, error: [{ code: '403', message: 'Authentication Error', moreInfo: 'Bad token' }] } });
		const result = await run({ operation: 'get', id: '1' });
		expect(result.error?.message).toBe('Acme error (HTTP 400): Authentication Error');
	});

	it('one 401 leads to one new token and one retry, never a loop', async () => {
		let valid = 'first';
		server.handler = (request) => {
			if (request.url === '/auth/token') {
				valid = `token-${exchanges}`;
				return { body: { token: valid } };
			}
			return request.auth === `Bearer ${valid}` ? { body: { ok: true } } : { status: 401, body: { message: 'expired' } };
		};
		expect((await run({ operation: 'get', id: '1' })).error).toBeUndefined();
		expect(exchanges).toBe(0);
		valid = 'rotated-by-the-server';
		const renewed = await run({ operation: 'get', id: '2' });
		expect(renewed.error).toBeUndefined();
		expect(exchanges).toBe(1);
		expect(server.log.map((request) => `${request.url} ${request.auth ?? ''}`)).toEqual([
			'/thing/1 Bearer first',
			'/thing/2 Bearer first',
			'/auth/token ',
			'/thing/2 Bearer token-1',
		]);
		// The renewed token is kept with the credential for the next run.
		expect(env.credentials.acmeApi.token).toBe('token-1');
		server.handler = (request) => (request.url === '/auth/token' ? { body: { token: 'never-good' } } : { status: 401, body: { message: 'revoked' } });
		server.log.length = 0;
		const refused = await run({ operation: 'get', id: '3' });
		expect(refused.error?.message).toBe('Acme rejected the credentials (HTTP 401): revoked');
		expect(server.log.map((request) => request.url)).toEqual(['/thing/3', '/auth/token', '/thing/3']);
	});

	it('a path value written by the operation: a date as yyyy-MM-dd in the workflow timezone, refused by name when unreadable', async () => {
		server.handler = () => ({ body: '' });
		const workflowDay = await runNode(
			env,
			testNode('acme', { resource: 'thing', operation: 'day', when: '2024-03-01T23:30:00' }, { credentials: { acmeApi: { id: 'acme-1', name: 'Acme' } } }),
			[{}],
			{ timezone: 'Asia/Tokyo' },
		);
		expect(workflowDay.error).toBeUndefined();
		expect(server.log.map((request) => request.url)).toEqual(['/day/2024-03-01']);
		const instant = await run({ operation: 'day', when: '2024-03-01T23:30:00Z' });
		expect(instant.error).toBeUndefined();
		expect(server.log[1].url).toBe('/day/2024-03-01');
		const bad = await run({ operation: 'day', when: 'soon' });
		expect(bad.error?.message).toBe('"When" is not a date: "soon"');
		expect(server.log).toHaveLength(2);
	});

	it('blank optional body fields leave nothing behind, not even an empty parent object; dates are written in the vendor format', async () => {
		server.handler = () => ({ body: { ok: true } });
		await run({ operation: 'write', name: 'x', owner: '', ownerKind: '  ', due: '' });
		expect(JSON.parse(server.log[0].body!)).toEqual({ Name: 'x' });
		await run({ operation: 'write', name: '', owner: 'o1', due: '2024-05-01T10:00:00+02:00' });
		expect(JSON.parse(server.log[1].body!)).toEqual({ Owner: { Uid: 'o1' }, Plan: { Due: '2024-05-01T08:00:00Z' } });
	});

	it('a refused connection names the address and nothing else', async () => {
		env.credentials.acmeApi.url = 'http://127.0.0.1:9';
		const result = await run({ operation: 'get', id: '1' });
		expect(result.error?.message).toBe('Acme could not be reached at http://127.0.0.1:9: the connection was refused');
	});
});
