/**
 * The XONVO simulator against the collection: its saved examples replayed and compared by value
 * (keys, types, nulls), every collection request accepted on the seeded records, and the
 * behaviours node tests will lean on: Basic auth, Spring error bodies in three modes,
 * validation, bulk, phone encoding, and statistics that move.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { shapeDifferences } from '../helpers/fidelity';
import { XONVO_DEFAULT_ACCOUNT_ID, XONVO_USER, useXonvoSim } from '../helpers/xonvo-sim';

const { startSimulator } = require('../../scripts/lib/simulators');

interface CollectionRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	body: any;
}

interface Example {
	folderPath: string[];
	name: string;
	request: CollectionRequest;
	recorded: CollectionRequest;
	response: { status: number; headers: Record<string, string>; body: unknown; bodyRaw: string | null };
}

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'xonvo');
const examples: Example[] = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'examples.json'), 'utf8'));
const requests: Array<{ folderPath: string[]; name: string; request: CollectionRequest }> = JSON.parse(
	fs.readFileSync(path.join(FIXTURES, 'requests.json'), 'utf8'),
);
const xonvoRows = (JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'endpoints.json'), 'utf8')) as Array<{ vendor: string }>).filter(
	(row) => row.vendor === 'XONVO',
);

/** The collection's (disabled) accountId variable and the lead the statistics example reads. */
const VARIABLES: Record<string, string> = { '{{accountId}}': '21', '{{leadExternalId}}': '2' };
/** Requests whose example record is already in the seed, so they replay on an empty simulator. */
const NEEDS_EMPTY_SEED = new Set(['Add an agent']);
/** Headers that differ per response by nature. */
const VOLATILE_HEADERS = new Set(['date', 'content-length', 'connection', 'transfer-encoding', 'set-cookie', 'keep-alive']);

function concrete(request: CollectionRequest): string {
	const filled = Object.entries(VARIABLES).reduce((current, [name, value]) => current.split(name).join(value), request.path);
	const query = Object.entries(request.query)
		.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
		.join('&');
	return query ? `${filled}?${query}` : filled;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const exampleLead = () => clone(requests.find((entry) => entry.name === 'Add a lead')!.request.body);
const exampleAgent = () => clone(requests.find((entry) => entry.name === 'Add an agent')!.request.body);

function bulkLead(index: number, overrides: Record<string, unknown> = {}) {
	return {
		firstName: `First${index}`,
		lastName: `Last${index}`,
		phone: `+1555-000-${String(index).padStart(4, '0')}`,
		timestamp: '06-23-2021 22:55:23',
		email: `lead${index}@example.com`,
		state: 'WA',
		attributes: { DISCOUNT_CODE: `CODE${index}` },
		externalId: `BULK-${index}`,
		...overrides,
	};
}

/** Spring Boot's default error body, as the simulator serves it. */
const springShape = { timestamp: '2021-08-24T05:51:32.000+00:00', status: 400, error: 'Bad Request', message: 'text', path: '/lead' };

describe('XONVO simulator', () => {
	const sim = useXonvoSim();

	const accountStats = async (accountId: number, query = '') => (await sim.api('GET', `/accounts/${accountId}/statistics${query}`)).body;
	const leadStats = async (accountId: number, externalId: string) =>
		(await sim.api('GET', `/accounts/${accountId}/leads/${encodeURIComponent(externalId)}/statistics`)).body;
	const leadOf = async (accountId: number, externalId: string) =>
		(await sim.state(accountId)).accounts[0].leads.find((lead: any) => lead.externalId === externalId);

	describe('fidelity to the saved examples', () => {
		it('carries all 6 saved examples and serves all 15 XONVO rows', () => {
			expect(examples.map((example) => example.name).sort()).toEqual(
				['Add a lead', 'Add an agent', 'Create an account', 'Get account statistics', 'Lead statistics', 'Update an account'].sort(),
			);
			expect(xonvoRows).toHaveLength(15);
			expect(requests).toHaveLength(15);
		});

		it.each(examples.map((example) => [example.name, example] as const))('%s', async (_name, example) => {
			if (NEEDS_EMPTY_SEED.has(example.name)) await sim.reset(true);
			// The recorded request when it is the same call (it holds the statistics range); the
			// collection's own otherwise (Update an account's example was recorded from a create).
			const sameCall = example.recorded.method === example.request.method && example.recorded.path === example.request.path;
			const request = sameCall ? example.recorded : example.request;
			const response = await sim.api(request.method, concrete(request), request.body ?? undefined);

			expect(response.status).toBe(example.response.status);
			if (example.response.body === null) {
				expect(response.text).toBe(example.response.bodyRaw);
			} else {
				expect(shapeDifferences(example.response.body, response.body)).toEqual([]);
			}
			for (const [name, value] of Object.entries(example.response.headers)) {
				if (VOLATILE_HEADERS.has(name.toLowerCase())) continue;
				expect({ name, value: response.headers.get(name) }).toEqual({ name, value });
			}
			if (example.response.headers['Set-Cookie']) expect(response.headers.get('set-cookie')).toMatch(/^JSESSIONID=[0-9A-F]{32}; Path=\/; HttpOnly$/);
		});

		it('answers create and update with exactly {"id": <int>}', async () => {
			const body = clone(requests.find((entry) => entry.name === 'Create an account')!.request.body);
			const first = await sim.api('POST', '/accounts', body);
			const second = await sim.api('POST', '/accounts', { ...body, name: 'Second' });
			expect(first.body).toEqual({ id: 22 });
			expect(second.body).toEqual({ id: 23 });
			const update = await sim.api('PUT', '/accounts/22', { description: 'Changed' });
			expect(update.body).toEqual({ id: 22 });
			const [account] = (await sim.state(22)).accounts;
			expect(account).toMatchObject({ id: 22, name: 'Acme Account', description: 'Changed', areaCode: 434 });
		});

		it('answers lead and agent adds and every body-less action with 200 and an empty body', async () => {
			const calls: Array<[string, string, unknown?]> = [
				['POST', '/agent', { ...exampleAgent(), externalId: '7' }],
				['POST', '/lead', { ...exampleLead(), externalId: 'NEW-1', agentExternalId: '7' }],
				['POST', '/leads/bulk', { leadsByAccountId: { 18: [bulkLead(1)] } }],
				['PUT', '/leads/bulk', { leadsByAccountId: { 18: [bulkLead(1, { firstName: 'Changed' })] } }],
				['PUT', '/accounts/18/leads/NEW-1/stop'],
				['PUT', '/accounts/18/leads/NEW-1/reset'],
				['PUT', '/accounts/18/leads/NEW-1/unsubscribe'],
				['PUT', '/lead/unsubscribe?phone=%2B1555-000-0001'],
				['PUT', '/accounts/18/pause'],
				['PUT', '/accounts/18/unpause'],
				['PUT', '/accounts/18/inactivate'],
			];
			for (const [method, route, body] of calls) {
				const response = await sim.api(method, route, body);
				expect({ route, status: response.status, text: response.text }).toEqual({ route, status: 200, text: '' });
			}
		});
	});

	describe('routes', () => {
		it.each(requests.map((entry) => [entry.name, entry.request] as const))('accepts the collection request "%s" on the seed', async (name, request) => {
			if (NEEDS_EMPTY_SEED.has(name)) await sim.reset(true);
			const response = await sim.api(request.method, concrete(request), request.body ?? undefined);
			expect({ name, status: response.status, body: response.body }).toEqual({ name, status: 200, body: expect.anything() });
		});

		it('serves the API at the base URL itself and accepts a trailing slash', async () => {
			expect((await sim.api('GET', '/accounts/21/statistics/')).status).toBe(200);
			expect((await sim.api('GET', '/api/accounts/21/statistics')).status).toBe(404);
		});
	});

	describe('HTTP Basic authentication', () => {
		it.each([
			['no Authorization header', { auth: null }],
			['a wrong password', { auth: { username: XONVO_USER.username, password: 'wrong' } }],
			['a wrong user', { auth: { username: 'someone', password: XONVO_USER.password } }],
			['another scheme', { auth: null, headers: { authorization: `Bearer ${XONVO_USER.password}` } }],
		])('answers %s with 401, WWW-Authenticate and a Spring body', async (_case, options) => {
			const response = await sim.request('GET', '/accounts/21/statistics', options as any);
			expect(response.status).toBe(401);
			expect(response.headers.get('www-authenticate')).toBe('Basic realm="ALOT-EXTERNAL"');
			expect(shapeDifferences(springShape, response.body)).toEqual([]);
			expect(response.body).toMatchObject({ status: 401, error: 'Unauthorized', path: '/accounts/21/statistics' });
			expect(response.text).not.toContain('CANARY');
		});

		it('refuses writes without credentials and changes nothing', async () => {
			const response = await sim.request('POST', '/lead', { auth: null, body: { ...exampleLead(), externalId: 'X' } });
			expect(response.status).toBe(401);
			expect(await leadOf(18, 'X')).toBeUndefined();
		});

		it('accepts the scheme name in any case and sends Spring Security headers on success', async () => {
			const token = Buffer.from(`${XONVO_USER.username}:${XONVO_USER.password}`).toString('base64');
			const response = await sim.request('GET', '/accounts/21/statistics', { auth: null, headers: { authorization: `basic ${token}` } });
			expect(response.status).toBe(200);
			for (const [name, value] of Object.entries({
				'www-authenticate': 'Basic realm="ALOT-EXTERNAL"',
				'x-frame-options': 'DENY',
				'x-content-type-options': 'nosniff',
				'cache-control': 'no-cache, no-store, max-age=0, must-revalidate',
			})) {
				expect({ name, value: response.headers.get(name) }).toEqual({ name, value });
			}
		});
	});

	describe('error bodies', () => {
		it('uses the Spring body by default, naming the path without its query', async () => {
			const response = await sim.api('GET', '/accounts/21/leads/NOPE/statistics?x=1');
			expect(response.status).toBe(404);
			expect(response.headers.get('content-type')).toMatch(/^application\/json/);
			expect(shapeDifferences(springShape, response.body)).toEqual([]);
			expect(response.body).toMatchObject({ status: 404, error: 'Not Found', path: '/accounts/21/leads/NOPE/statistics' });
			expect(response.body.message).toContain("'NOPE'");
			expect(Date.parse(response.body.timestamp)).not.toBeNaN();
		});

		it.each([
			['spring', (response: any) => expect(response.body).toMatchObject({ status: 400, error: 'Bad Request', message: expect.stringContaining('firstName') })],
			['text', (response: any) => {
				expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
				expect(response.text).toMatch(/^Validation failed .*firstName: must not be blank/);
			}],
			['empty', (response: any) => {
				expect(response.text).toBe('');
				expect(response.headers.get('content-type')).toBeNull();
			}],
		])('serves %s error bodies when configured', async (mode, check) => {
			expect(await sim.control('config', { errorBodies: mode })).toMatchObject({ errorBodies: mode });
			const { firstName, ...withoutFirstName } = exampleLead();
			const response = await sim.api('POST', '/lead', withoutFirstName);
			expect(response.status).toBe(400);
			check(response);
			const unauthorized = await sim.request('GET', '/accounts/21/statistics', { auth: null });
			expect(unauthorized.status).toBe(401);
			expect(unauthorized.headers.get('www-authenticate')).toBe('Basic realm="ALOT-EXTERNAL"');
			expect(unauthorized.text).toEqual(mode === 'spring' ? expect.any(String) : mode === 'text' ? 'Unauthorized' : '');
		});

		it('renders injected failures in the configured mode, and reset restores Spring bodies', async () => {
			await sim.control('fail', { status: 500, message: 'Boom' });
			const failed = await sim.api('GET', '/accounts/21/statistics');
			expect(failed.status).toBe(500);
			expect(failed.body).toMatchObject({ status: 500, error: 'Internal Server Error', message: 'Boom', path: '/accounts/21/statistics' });

			await sim.control('config', { errorBodies: 'text' });
			await sim.control('fail', { status: 503, message: 'Down for maintenance' });
			const text = await sim.api('GET', '/accounts/21/statistics');
			expect({ status: text.status, text: text.text }).toEqual({ status: 503, text: 'Down for maintenance' });

			await sim.reset();
			expect((await sim.api('GET', '/accounts/999/statistics')).body).toMatchObject({ status: 404, error: 'Not Found' });
		});

		it('refuses an unknown errorBodies mode', async () => {
			await expect(sim.control('config', { errorBodies: 'xml' })).rejects.toThrow(/errorBodies must be one of/);
		});
	});

	describe('validation', () => {
		const long = (length: number) => 'x'.repeat(length);

		it.each<[string, (lead: any) => void, string]>([
			['firstName missing', (lead) => delete lead.firstName, 'firstName: must not be blank'],
			['firstName blank', (lead) => (lead.firstName = '  '), 'firstName: must not be blank'],
			['firstName over 250', (lead) => (lead.firstName = long(251)), 'firstName: size must be between 0 and 250'],
			['lastName missing', (lead) => delete lead.lastName, 'lastName: must not be blank'],
			['lastName over 250', (lead) => (lead.lastName = long(251)), 'lastName: size must be between 0 and 250'],
			['phone missing', (lead) => delete lead.phone, 'phone: must not be blank'],
			['phone over 100', (lead) => (lead.phone = long(101)), 'phone: size must be between 0 and 100'],
			['timestamp missing', (lead) => delete lead.timestamp, 'timestamp: must not be null'],
			['timestamp in ISO form', (lead) => (lead.timestamp = '2021-06-23T22:55:23Z'), 'timestamp: "2021-06-23T22:55:23Z" does not match'],
			['timestamp day first', (lead) => (lead.timestamp = '23-06-2021 22:55:23'), 'timestamp:'],
			['timestamp not a real date', (lead) => (lead.timestamp = '02-30-2021 10:00:00'), 'timestamp:'],
			['state without city or zip', (lead) => delete lead.zip, 'zip: either state and city, or zip, is required'],
			['no jornayaLeadId or trustedFormId', (lead) => delete lead.jornayaLeadId, 'jornayaLeadId: either jornayaLeadId or trustedFormId'],
			['an unknown agentExternalId', (lead) => (lead.agentExternalId = '404'), "agentExternalId: no agent with externalId '404'"],
			['an object where a string belongs', (lead) => (lead.email = { address: 'x' }), 'email: JSON parse error'],
		])('refuses a lead with %s (400, naming the field) and stores nothing', async (_case, mutate, message) => {
			const lead = { ...exampleLead(), externalId: 'NEW-1' };
			mutate(lead);
			const response = await sim.api('POST', '/lead', lead);
			expect(response.status).toBe(400);
			expect(response.body.message).toContain(message);
			expect(await leadOf(XONVO_DEFAULT_ACCOUNT_ID, 'NEW-1')).toBeUndefined();
		});

		it.each<[string, (lead: any) => void]>([
			['names at exactly 250 and a phone at 100', (lead) => Object.assign(lead, { firstName: long(250), lastName: long(250), phone: long(100) })],
			['state and city instead of zip', (lead) => Object.assign(lead, { zip: undefined, city: 'Seattle' })],
			['zip alone', (lead) => Object.assign(lead, { state: undefined })],
			['trustedFormId instead of jornayaLeadId', (lead) => Object.assign(lead, { jornayaLeadId: undefined, trustedFormId: 'tf-1' })],
			['no agent', (lead) => Object.assign(lead, { agentExternalId: undefined })],
			['fields the API does not know', (lead) => Object.assign(lead, { favouriteColour: 'blue' })],
		])('accepts a lead with %s into the default account', async (_case, mutate) => {
			const lead = { ...exampleLead(), externalId: 'NEW-1' };
			mutate(lead);
			const response = await sim.api('POST', '/lead', lead);
			expect({ status: response.status, text: response.text }).toEqual({ status: 200, text: '' });
			expect(await leadOf(XONVO_DEFAULT_ACCOUNT_ID, 'NEW-1')).toMatchObject({ firstName: lead.firstName, status: 'ACTIVE' });
		});

		it('sends single leads to the configured default account', async () => {
			await sim.control('config', { defaultAccountId: 21 });
			expect((await sim.api('POST', '/lead', { ...exampleLead(), externalId: 'NEW-21' })).status).toBe(200);
			expect(await leadOf(21, 'NEW-21')).toBeDefined();
		});

		it('refuses a second lead with the same externalId in an account', async () => {
			expect((await sim.api('POST', '/lead', exampleLead())).status).toBe(200);
			const again = await sim.api('POST', '/lead', exampleLead());
			expect(again.status).toBe(400);
			expect(again.body.message).toContain("externalId: a lead with externalId '2' already exists");
		});

		it.each(['firstName', 'lastName', 'phone', 'externalId'])('refuses an agent without %s', async (field) => {
			const agent = { ...exampleAgent(), externalId: 'A-1' };
			delete (agent as any)[field];
			const response = await sim.api('POST', '/agent', agent);
			expect(response.status).toBe(400);
			expect(response.body.message).toContain(`${field}: must not be blank`);
		});

		it('refuses an agent added twice, and an agent name over 250', async () => {
			const twice = await sim.api('POST', '/agent', exampleAgent());
			expect(twice.status).toBe(400);
			expect(twice.body.message).toContain("an agent with externalId '2' already exists");
			const tooLong = await sim.api('POST', '/agent', { ...exampleAgent(), externalId: 'A-2', lastName: long(251) });
			expect(tooLong.body.message).toContain('lastName: size must be between 0 and 250');
		});

		it('refuses a missing body (400), malformed JSON (400) and a body that is not JSON (415)', async () => {
			const missing = await sim.request('POST', '/lead', { headers: { 'content-type': 'application/json' } });
			expect(missing.status).toBe(400);
			expect(missing.body.message).toBe('Required request body is missing');
			const malformed = await sim.request('POST', '/agent', { body: '{"firstName": ' });
			expect(malformed.status).toBe(400);
			expect(malformed.body.message).toContain('JSON parse error');
			const form = await sim.request('POST', '/agent', { body: 'firstName=John', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
			expect(form.status).toBe(415);
			expect(form.body).toMatchObject({ error: 'Unsupported Media Type' });
		});

		it('answers 404 for unknown accounts and leads, 400 for a non-numeric account id', async () => {
			const routes = [
				['PUT', '/accounts/999/pause'],
				['PUT', '/accounts/999', { name: 'x' }],
				['GET', '/accounts/999/statistics'],
				['PUT', '/accounts/21/leads/NOPE/stop'],
				['PUT', '/accounts/21/leads/NOPE/reset'],
				['PUT', '/accounts/21/leads/NOPE/unsubscribe'],
				['GET', '/accounts/18/leads/2/statistics'],
			] as const;
			for (const [method, route, body] of routes) {
				const response = await sim.api(method, route, body);
				expect({ route, status: response.status }).toEqual({ route, status: 404 });
			}
			const notNumeric = await sim.api('GET', '/accounts/abc/statistics');
			expect(notNumeric.status).toBe(400);
			expect(notNumeric.body.message).toContain('For input string: "abc"');
		});

		it('needs a name to create an account and an integer areaCode', async () => {
			const { name, ...withoutName } = clone(requests.find((entry) => entry.name === 'Create an account')!.request.body);
			const noName = await sim.api('POST', '/accounts', withoutName);
			expect(noName.status).toBe(400);
			expect(noName.body.message).toContain('name: must not be blank');
			const badArea = await sim.api('POST', '/accounts', { name: 'A', areaCode: 'abc' });
			expect(badArea.body.message).toContain('areaCode');
			expect((await sim.api('POST', '/accounts', { name: 'A', areaCode: '434' })).body).toEqual({ id: 22 });
		});

		it('keeps an inactive account from taking leads or being paused', async () => {
			await sim.control('config', { defaultAccountId: 21 });
			await sim.api('PUT', '/accounts/21/inactivate');
			const lead = await sim.api('POST', '/lead', { ...exampleLead(), externalId: 'NEW-1' });
			expect(lead.status).toBe(400);
			expect(lead.body.message).toContain('Account 21 is inactive');
			expect((await sim.api('POST', '/leads/bulk', { leadsByAccountId: { 21: [bulkLead(1)] } })).status).toBe(400);
			expect((await sim.api('PUT', '/accounts/21/pause')).status).toBe(400);
			expect((await sim.api('PUT', '/accounts/21/inactivate')).status).toBe(200);
		});
	});

	describe('bulk', () => {
		it('adds 500 leads in one request quickly, to the accounts named', async () => {
			const leads18 = Array.from({ length: 400 }, (_, index) => bulkLead(index));
			const leads21 = Array.from({ length: 100 }, (_, index) => bulkLead(1000 + index));
			const started = Date.now();
			const response = await sim.api('POST', '/leads/bulk', { leadsByAccountId: { 18: leads18, 21: leads21 } });
			const elapsed = Date.now() - started;
			expect({ status: response.status, text: response.text }).toEqual({ status: 200, text: '' });
			expect(elapsed).toBeLessThan(5000);
			expect((await accountStats(18)).leadCount).toBe(400);
			expect((await accountStats(21)).leadCount).toBe(102);
			expect(await leadOf(18, 'BULK-399')).toMatchObject({ phone: '+1555-000-0399', attributes: { DISCOUNT_CODE: 'CODE399' } });
		});

		it('refuses the whole request when one lead of 500 is invalid, naming the account and the position', async () => {
			const leads = Array.from({ length: 500 }, (_, index) => bulkLead(index));
			delete (leads[346] as any).phone;
			const response = await sim.api('POST', '/leads/bulk', { leadsByAccountId: { 18: leads } });
			expect(response.status).toBe(400);
			expect(response.body.message).toContain('leadsByAccountId[18][346].phone: must not be blank (account 18, lead 347 of 500)');
			expect((await accountStats(18)).leadCount).toBe(0);
		});

		it('needs no location or consent id in bulk, as the collection\'s bulk examples show', async () => {
			const response = await sim.api('POST', '/leads/bulk', { leadsByAccountId: { 18: [bulkLead(1, { state: undefined })] } });
			expect(response.status).toBe(200);
		});

		it('refuses unknown accounts (404), existing or repeated externalIds (400) and a missing map (400)', async () => {
			const unknown = await sim.api('POST', '/leads/bulk', { leadsByAccountId: { 999: [bulkLead(1)] } });
			expect(unknown.status).toBe(404);
			expect(unknown.body.message).toContain('Account 999 not found');
			const existing = await sim.api('POST', '/leads/bulk', { leadsByAccountId: { 21: [bulkLead(1, { externalId: 'EXT-32342-TR' })] } });
			expect(existing.status).toBe(400);
			expect(existing.body.message).toContain("leadsByAccountId[21][0].externalId: a lead with externalId 'EXT-32342-TR' already exists");
			const repeated = await sim.api('POST', '/leads/bulk', { leadsByAccountId: { 18: [bulkLead(1), bulkLead(1)] } });
			expect(repeated.body.message).toContain("leadsByAccountId[18][1].externalId: 'BULK-1' appears twice");
			const missing = await sim.api('POST', '/leads/bulk', { 18: [bulkLead(1)] });
			expect(missing.status).toBe(400);
			expect(missing.body.message).toContain('leadsByAccountId: must not be null');
		});

		it('updates leads by externalId, keeping fields left out and the lead\'s statistics', async () => {
			const response = await sim.api('PUT', '/leads/bulk', {
				leadsByAccountId: { 21: [{ firstName: 'Johnny', lastName: 'Smith', phone: '+1999-000-0002', timestamp: '05-30-2022 10:00:00', externalId: '2' }] },
			});
			expect({ status: response.status, text: response.text }).toEqual({ status: 200, text: '' });
			expect(await leadOf(21, '2')).toMatchObject({ firstName: 'Johnny', phone: '+1999-000-0002', zip: '98121', deliveredCount: 2, qualified: true });
			expect((await sim.api('PUT', '/lead/unsubscribe?phone=%2B1999-000-0002')).status).toBe(200);
		});

		it('refuses an update naming an unknown externalId (404, nothing changed) or none (400)', async () => {
			const unknown = await sim.api('PUT', '/leads/bulk', {
				leadsByAccountId: { 21: [bulkLead(1, { externalId: 'EXT-32342-TR', firstName: 'Changed' }), bulkLead(2, { externalId: 'GHOST' })] },
			});
			expect(unknown.status).toBe(404);
			expect(unknown.body.message).toContain("Lead with externalId 'GHOST' not found in account 21 (account 21, lead 2 of 2)");
			expect((await leadOf(21, 'EXT-32342-TR')).firstName).toBe('Janet');
			const anonymous = await sim.api('PUT', '/leads/bulk', { leadsByAccountId: { 21: [bulkLead(1, { externalId: undefined })] } });
			expect(anonymous.status).toBe(400);
			expect(anonymous.body.message).toContain('leadsByAccountId[21][0].externalId: must not be blank');
		});
	});

	describe('unsubscribe by phone', () => {
		it('matches %2B as a plus sign', async () => {
			const response = await sim.api('PUT', '/lead/unsubscribe?phone=%2B1333-111-8888');
			expect({ status: response.status, text: response.text }).toEqual({ status: 200, text: '' });
			expect((await leadOf(21, '2')).status).toBe('UNSUBSCRIBED');
			expect((await accountStats(21)).unsubscribeCount).toBe(1);
		});

		it('reads an unencoded + as a space, so it finds nothing (404) and changes nothing', async () => {
			const response = await sim.api('PUT', '/lead/unsubscribe?phone=+1333-111-8888');
			expect(response.status).toBe(404);
			expect(response.body.message).toBe("Lead with phone ' 1333-111-8888' not found");
			expect((await leadOf(21, '2')).status).toBe('ACTIVE');
			expect((await accountStats(21)).unsubscribeCount).toBe(0);
		});

		it('unsubscribes the phone in every account, and needs the phone parameter', async () => {
			await sim.api('POST', '/leads/bulk', { leadsByAccountId: { 18: [bulkLead(1, { phone: '+1333-111-8888' })] } });
			expect((await sim.api('PUT', '/lead/unsubscribe?phone=%2B1333-111-8888')).status).toBe(200);
			expect((await accountStats(18)).unsubscribeCount).toBe(1);
			expect((await accountStats(21)).unsubscribeCount).toBe(1);
			const missing = await sim.api('PUT', '/lead/unsubscribe');
			expect(missing.status).toBe(400);
			expect(missing.body.message).toContain("parameter 'phone'");
		});
	});

	describe('statistics', () => {
		it('move with adds, deliveries, engagement, stops, resets and unsubscribes', async () => {
			const zero = { engagedCount: 0, leadCount: 0, unsubscribeCount: 0, deliveredCount: 0, ctr: 0 };
			expect(await accountStats(18)).toEqual(zero);

			await sim.api('POST', '/lead', { ...exampleLead(), externalId: 'A' });
			await sim.api('POST', '/leads/bulk', { leadsByAccountId: { 18: [bulkLead(1, { externalId: 'B' }), bulkLead(2, { externalId: 'C' })] } });
			expect(await accountStats(18)).toEqual({ ...zero, leadCount: 3 });
			expect(await leadStats(18, 'A')).toEqual({ deliveredCount: 0, qualified: false, lastDeliveredTime: null });

			const before = Date.now();
			await sim.control('deliver', { accountId: 18, externalId: 'A', count: 2 });
			const delivered = await leadStats(18, 'A');
			expect(delivered.deliveredCount).toBe(2);
			expect(delivered.lastDeliveredTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
			expect(Date.parse(delivered.lastDeliveredTime)).toBeGreaterThanOrEqual(before - 1000);
			expect(await accountStats(18)).toEqual({ ...zero, leadCount: 3, deliveredCount: 2 });

			await sim.control('engage', { accountId: 18, externalId: 'A' });
			expect(await accountStats(18)).toEqual({ ...zero, leadCount: 3, deliveredCount: 2, engagedCount: 1, ctr: 100 });
			await sim.control('deliver', { accountId: 18, externalId: 'B' });
			expect(await accountStats(18)).toMatchObject({ deliveredCount: 3, engagedCount: 1, ctr: 50 });

			await sim.control('qualify', { accountId: 18, externalId: 'A' });
			expect((await leadStats(18, 'A')).qualified).toBe(true);

			// A stopped lead gets nothing more until it is reset; reset starts a new interaction.
			await sim.api('PUT', '/accounts/18/leads/B/stop');
			await expect(sim.control('deliver', { accountId: 18, externalId: 'B' })).rejects.toThrow(/stopped/);
			expect((await accountStats(18)).deliveredCount).toBe(3);
			await sim.api('PUT', '/accounts/18/leads/A/reset');
			expect(await leadStats(18, 'A')).toEqual({ deliveredCount: 0, qualified: false, lastDeliveredTime: null });
			expect(await accountStats(18)).toEqual({ ...zero, leadCount: 3, deliveredCount: 1 });
			await sim.api('PUT', '/accounts/18/leads/B/reset');
			await sim.control('deliver', { accountId: 18, externalId: 'B' });
			expect((await leadStats(18, 'B')).deliveredCount).toBe(1);

			await sim.api('PUT', '/accounts/18/leads/C/unsubscribe');
			expect((await accountStats(18)).unsubscribeCount).toBe(1);
			expect((await sim.api('PUT', '/accounts/18/leads/C/unsubscribe')).status).toBe(200);
			expect((await accountStats(18)).unsubscribeCount).toBe(1);
			const reset = await sim.api('PUT', '/accounts/18/leads/C/reset');
			expect(reset.status).toBe(400);
			expect(reset.body.message).toContain('unsubscribed');
			await expect(sim.control('deliver', { accountId: 18, externalId: 'C' })).rejects.toThrow(/unsubscribed/);
		});

		it('stop deliveries while the account is paused', async () => {
			await sim.api('PUT', '/accounts/21/pause');
			await expect(sim.control('deliver', { accountId: 21, externalId: '2' })).rejects.toThrow(/paused/);
			await sim.api('PUT', '/accounts/21/unpause');
			await sim.control('deliver', { accountId: 21, externalId: '2' });
			expect((await leadStats(21, '2')).deliveredCount).toBe(3);
		});

		it('narrow to leads acquired between from and to (inclusive, offsets honoured)', async () => {
			const exampleRange = '?from=2022-02-20T01:30:00.000-05:00&to=2022-10-31T01:30:00.000-05:00';
			expect((await accountStats(21, exampleRange)).leadCount).toBe(1);
			expect((await accountStats(21)).leadCount).toBe(2);
			expect((await accountStats(21, '?to=2022-01-01T00:00:00Z')).leadCount).toBe(1);
			expect((await accountStats(21, '?from=2022-01-01T00:00:00Z')).leadCount).toBe(1);
			// Lead "2" was acquired at 05-30-2022 10:00:00 UTC: both bounds are inclusive.
			expect((await accountStats(21, '?from=2022-05-30T10:00:00Z&to=2022-05-30T10:00:00Z')).leadCount).toBe(1);
			expect((await accountStats(21, '?from=2022-05-30T10:00:01Z')).leadCount).toBe(0);
			// The same instant written with a positive offset, encoded as it must be.
			expect((await accountStats(21, '?from=2022-05-30T15:00:00.000%2B05:00')).leadCount).toBe(1);
			expect((await accountStats(21, '?from=2022-05-30T15:00:00.001%2B05:00')).leadCount).toBe(0);
			expect(await accountStats(21, exampleRange)).toEqual({ engagedCount: 0, leadCount: 1, unsubscribeCount: 0, deliveredCount: 2, ctr: 0 });
		});

		it('refuse a range bound that is not an ISO-8601 date-time with an offset (a raw + arrives as a space)', async () => {
			for (const query of ['?from=2022-05-30T15:00:00.000+05:00', '?from=2022-05-30', '?to=yesterday', '?from=2022-05-30T10:00:00']) {
				const response = await sim.api('GET', `/accounts/21/statistics${query}`);
				expect({ query, status: response.status }).toEqual({ query, status: 400 });
				expect(response.body.message).toMatch(/parameter '(from|to)'/);
			}
		});
	});

	describe('controls', () => {
		it('logs requests with their raw bodies and clears the log', async () => {
			await sim.clearLog();
			await sim.api('POST', '/agent', { ...exampleAgent(), externalId: 'LOGGED' });
			const [entry] = await sim.requests();
			expect(entry).toMatchObject({ method: 'POST', path: '/agent', status: 200, body: { externalId: 'LOGGED' } });
			expect(entry.headers.authorization).toMatch(/^Basic /);
			await sim.clearLog();
			expect(await sim.requests()).toEqual([]);
		});

		it('resets to the seed, or to an empty default account', async () => {
			await sim.reset(true);
			const empty = await sim.state();
			expect(empty.agents).toEqual([]);
			expect(empty.accounts).toEqual([expect.objectContaining({ id: XONVO_DEFAULT_ACCOUNT_ID, leads: [] })]);
			await sim.reset();
			const seeded = await sim.state();
			expect(seeded.accounts.map((account: any) => account.id)).toEqual([18, 21]);
			expect(seeded.agents.map((agent: any) => agent.externalId)).toEqual(['2']);
			expect(seeded.accounts[1].leads.map((lead: any) => lead.externalId)).toEqual(['2', 'EXT-32342-TR']);
		});

		it('has no rate limit by default, and takes one through config', async () => {
			const statuses = await Promise.all(Array.from({ length: 30 }, () => sim.api('GET', '/accounts/21/statistics').then((response) => response.status)));
			expect(new Set(statuses)).toEqual(new Set([200]));
			try {
				expect(await sim.control('config', { rateLimit: { max: 2, windowMs: 60_000 } })).toMatchObject({ rateLimit: { max: 2, windowMs: 60_000 } });
				const limited = [];
				for (let index = 0; index < 3; index++) limited.push(await sim.api('GET', '/accounts/21/statistics'));
				expect(limited.map((response) => response.status)).toEqual([200, 200, 429]);
				expect(limited[2].body).toMatchObject({ status: 429, error: 'Too Many Requests', path: '/accounts/21/statistics' });
				expect((await sim.control('stats', {}, 'GET')).rateLimited).toBe(1);
			} finally {
				await sim.control('config', { rateLimit: null });
			}
		});
	});

	it('runs as its own process and says where it listens', async () => {
		const running = await startSimulator('xonvo');
		try {
			expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
			const response = await fetch(`${running.url}/accounts/21/leads/2/statistics`, {
				headers: { authorization: `Basic ${Buffer.from(`${XONVO_USER.username}:${XONVO_USER.password}`).toString('base64')}` },
			});
			expect(await response.json()).toEqual({ deliveredCount: 2, qualified: true, lastDeliveredTime: '2022-06-01T12:15:55.360Z' });
		} finally {
			await running.stop();
		}
	});
});
