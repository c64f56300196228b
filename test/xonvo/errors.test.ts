/**
 * XONVO bad input (refused by name before anything is sent), error messages from every body
 * shape the Spring server answers with, the lead timestamp, and the password as a canary.
 */
import type { IDataObject } from 'n8n-workflow';
import { runNode, type NodeRun } from '../helpers/engine';
import { expectRunHasNoSecrets } from '../helpers/secrets';
import { byId, useXonvoSim, XONVO_USER, xonvoEnvironment, xonvoNode } from '../helpers/xonvo';

const CANARY = XONVO_USER.password;

const lead = (overrides: IDataObject = {}): IDataObject => ({
	firstName: 'Ada',
	lastName: 'Lovelace',
	phone: '+15550100',
	timestamp: '01-02-2024 10:00:00',
	zip: '98121',
	jornayaLeadId: 'J-1',
	...overrides,
});

const createLead = (overrides: IDataObject = {}, additional: IDataObject = {}) => {
	const { firstName, lastName, phone, timestamp, state, city, zip, jornayaLeadId, trustedFormId, ...rest } = lead(overrides);
	const top = Object.fromEntries(Object.entries({ state, city, zip, jornayaLeadId, trustedFormId }).filter(([, value]) => value !== undefined));
	return { resource: 'lead', operation: 'create', firstName, lastName, phone, timestamp, ...top, additionalFields: { ...rest, ...additional } };
};

const errorText = (run: NodeRun) => `${run.error?.message ?? ''} ${run.error?.description ?? ''}`;

describe('XONVO bad input, errors and secrets', () => {
	const sim = useXonvoSim();
	const run = async (parameters: IDataObject, overrides: IDataObject = {}, timezone = 'UTC') =>
		await runNode(xonvoEnvironment(sim, overrides), xonvoNode(parameters), [{}], { timezone });

	describe('lead rules are checked before sending, naming the field', () => {
		it.each([
			['a blank first name', createLead({ firstName: '' }), /"First Name" is required/],
			['a last name over 250 characters', createLead({ lastName: 'x'.repeat(251) }), /"Last Name" is longer than 250 characters \(251\)/],
			['a phone over 100 characters', createLead({ phone: '1'.repeat(101) }), /"Phone" is longer than 100 characters/],
			['a state without a city and no zip', createLead({ zip: '', state: 'WA' }), /"Zip" is required unless both State and City are given/],
			['no Jornaya or TrustedForm id', createLead({ jornayaLeadId: '' }), /"Jornaya Lead ID" or "TrustedForm ID" is required/],
			['a timestamp that is no date', createLead({ timestamp: 'yesterday-ish' }), /"Acquired At" is not a date/],
			['invalid JSON in Extra Properties', createLead({}, { extraProperties: '{"sourceId": ' }), /"Extra Properties \(JSON\)" is not valid JSON/],
		])('refuses %s', async (_case, parameters, message) => {
			await sim.clearLog();
			const result = await run(parameters);
			expect(errorText(result)).toMatch(message);
			expect(await sim.requests()).toHaveLength(0);
		});

		it('accepts state and city instead of a zip, and a TrustedForm id instead of a Jornaya one', async () => {
			const result = await run(createLead({ zip: '', state: 'WA', city: 'Seattle', jornayaLeadId: '', trustedFormId: 'TF-1' }));
			expect(result.error).toBeUndefined();
			const [request] = await sim.requests();
			expect(request.body).toEqual(lead({ zip: undefined, state: 'WA', city: 'Seattle', jornayaLeadId: undefined, trustedFormId: 'TF-1' }));
		});

		it('sends no blank optional field', async () => {
			await run(createLead({}, { email: '', street: '', sourceId: '' }));
			const [request] = await sim.requests();
			expect(Object.keys(request.body as IDataObject).sort()).toEqual(['firstName', 'jornayaLeadId', 'lastName', 'phone', 'timestamp', 'zip']);
		});

		it('Agent Create merges Extra Properties (JSON) into the body', async () => {
			await sim.clearLog();
			const agent = { resource: 'agent', operation: 'create', firstName: 'Ann', lastName: 'Agent', phone: '+13444343233', externalId: `agent-x-${Date.now()}` };
			const result = await run({ ...agent, additionalFields: { extraProperties: '{"email": "ann@example.com"}' } });
			expect(result.error).toBeUndefined();
			const { resource, operation, ...sent } = agent;
			expect((await sim.requests())[0].body).toEqual({ ...sent, email: 'ann@example.com' });
		});
	});

	describe('the lead timestamp', () => {
		const sentTimestamp = async (timestamp: string, timezone: string) => {
			await sim.clearLog();
			const result = await run({ ...createLead(), timestamp }, {}, timezone);
			expect(result.error).toBeUndefined();
			return ((await sim.requests())[0].body as IDataObject).timestamp;
		};

		it('passes XONVO’s own format through', async () => {
			expect(await sentTimestamp('06-23-2021 22:55:23', 'Europe/Berlin')).toBe('06-23-2021 22:55:23');
		});

		it('writes a picked date as the wall-clock time of the workflow timezone', async () => {
			expect(await sentTimestamp('2024-03-05T07:08:09', 'America/New_York')).toBe('03-05-2024 07:08:09');
		});

		it('converts a time with a zone into the workflow timezone', async () => {
			expect(await sentTimestamp('2024-07-01T12:00:00Z', 'Europe/Berlin')).toBe('07-01-2024 14:00:00');
			expect(await sentTimestamp('2024-01-01T12:00:00+00:00', 'America/Los_Angeles')).toBe('01-01-2024 04:00:00');
		});

		it('uses the current time when left empty', async () => {
			const before = Date.now();
			const sent = String(await sentTimestamp('', 'UTC'));
			const [, month, day, year, hour, minute, second] = /^(\d{2})-(\d{2})-(\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(sent)!.map(Number);
			const millis = Date.UTC(year, month - 1, day, hour, minute, second);
			expect(millis).toBeGreaterThanOrEqual(before - 1000);
			expect(millis).toBeLessThanOrEqual(Date.now());
		});
	});

	describe('bulk lists', () => {
		const many = (count: number) =>
			Array.from({ length: count }, (_, index) => lead({ externalId: `bulk-${index}`, phone: `+1555${String(index).padStart(7, '0')}` }));

		it('sends 500 leads in one request', async () => {
			await sim.clearLog();
			const result = await run({ resource: 'lead', operation: 'createMany', accountId: byId(18), leadsInput: 'list', leads: many(500) });
			expect(result.error).toBeUndefined();
			const requests = await sim.requests();
			expect(requests).toHaveLength(1);
			expect(((requests[0].body as IDataObject).leadsByAccountId as IDataObject)['18']).toHaveLength(500);
			expect((await sim.api('GET', '/accounts/18/statistics')).body.leadCount).toBeGreaterThanOrEqual(500);
		});

		it('one bad lead among 500 sends nothing and names its position and field', async () => {
			const leads = many(500);
			leads[136] = { ...leads[136], phone: '' };
			await sim.clearLog();
			const result = await run({ resource: 'lead', operation: 'createMany', accountId: byId(18), leadsInput: 'list', leads });
			expect(errorText(result)).toMatch(/Lead 137 of 500: "Phone" is required/);
			expect(await sim.requests()).toHaveLength(0);
		});

		it.each([
			['a first name over 250 characters', { firstName: 'x'.repeat(251) }, /Lead 2 of 3: "First Name" is longer than 250 characters \(251\)/],
			['no last name', { lastName: ' ' }, /Lead 2 of 3: "Last Name" is required/],
			['a phone over 100 characters', { phone: '1'.repeat(101) }, /Lead 2 of 3: "Phone" is longer than 100 characters/],
			['no timestamp', { timestamp: undefined }, /Lead 2 of 3: "timestamp" is required/],
			['an unreadable timestamp', { timestamp: 'yesterday-ish' }, /Lead 2 of 3: "Acquired At" is not a date/],
			['neither a zip nor state and city', { zip: '', state: 'WA', city: '' }, /Lead 2 of 3: "Zip" is required unless both State and City are given/],
			['no consent id', { jornayaLeadId: '', trustedFormId: '' }, /Lead 2 of 3: "Jornaya Lead ID" or "TrustedForm ID" is required/],
		])('a lead with %s is refused by position and field, and nothing is sent', async (_case, change, message) => {
			const leads = many(3);
			leads[1] = { ...leads[1], ...change };
			await sim.clearLog();
			const result = await run({ resource: 'lead', operation: 'createMany', accountId: byId(18), leadsInput: 'list', leads });
			expect(errorText(result)).toMatch(message);
			expect(await sim.requests()).toHaveLength(0);
		});

		it('a typed lead left without Acquired At goes out with the current time', async () => {
			const { firstName, lastName, phone, zip, jornayaLeadId } = lead();
			await sim.clearLog();
			const before = Date.now();
			const result = await run({
				resource: 'lead',
				operation: 'createMany',
				accountId: byId(18),
				leadsInput: 'fields',
				leadList: { lead: [{ firstName, lastName, phone, zip, jornayaLeadId, timestamp: '' }] },
			});
			expect(result.error).toBeUndefined();
			const [sent] = ((await sim.requests())[0].body as { leadsByAccountId: Record<string, IDataObject[]> }).leadsByAccountId['18'];
			expect(sent.timestamp).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}$/);
			expect(Number(String(sent.timestamp).slice(6, 10))).toBe(new Date(before).getUTCFullYear());
		});

		it('takes the list as JSON text too, and refuses what is not a list of objects', async () => {
			await sim.clearLog();
			expect((await run({ resource: 'lead', operation: 'createMany', accountId: byId(18), leads: JSON.stringify(many(2)) })).error).toBeUndefined();
			expect(errorText(await run({ resource: 'lead', operation: 'createMany', accountId: byId(18), leads: '[1, 2]' }))).toMatch(
				/"Leads" must be a list of lead objects/,
			);
			expect(errorText(await run({ resource: 'lead', operation: 'createMany', accountId: byId(18), leads: '[{' }))).toMatch(/"Leads" must be a list of lead objects, but got text that is not JSON/);
			expect(errorText(await run({ resource: 'lead', operation: 'createMany', accountId: byId(18), leads: [] }))).toMatch(/"Leads" is empty/);
			expect(await sim.requests()).toHaveLength(1);
		});

		it('reads the list from {{ $json.data }} by default, where an Aggregate node puts it', async () => {
			await sim.clearLog();
			const result = await runNode(
				xonvoEnvironment(sim),
				xonvoNode({ resource: 'lead', operation: 'createMany', accountId: byId(18) }),
				[{ data: many(2) }],
				{ timezone: 'UTC' },
			);
			expect(result.error).toBeUndefined();
			const requests = await sim.requests();
			expect(((requests[0].body as IDataObject).leadsByAccountId as IDataObject)['18']).toHaveLength(2);
		});

		it.each([
			['nothing', {}, /but got nothing/],
			['a string', { data: 'Ada Lovelace' }, /but got text that is not JSON \("Ada Lovelace"\)/],
			['a number', { data: 5 }, /but got a number \(5\)/],
			['an object that is no lead', { data: { leads: [] } }, /but got an object with no lead fields \(fields: leads\)[^]*map \{\{ \$json\.leads \}\}/],
			['a list of text', { data: ['a'] }, /but got a list whose entry 1 of 1 is text/],
		])('says what arrived when the list holds %s, and how to fix it', async (_case, item, message) => {
			await sim.clearLog();
			const result = await runNode(
				xonvoEnvironment(sim),
				xonvoNode({ resource: 'lead', operation: 'createMany', accountId: byId(18) }),
				[item as IDataObject],
				{ timezone: 'UTC' },
			);
			expect(errorText(result)).toMatch(message);
			expect(errorText(result)).toMatch(/Put an Aggregate node before this one/);
			expect(await sim.requests()).toHaveLength(0);
		});

		it('an update needs every lead’s External ID', async () => {
			await sim.clearLog();
			const result = await run({ resource: 'lead', operation: 'updateMany', accountId: byId(21), leads: [lead()] });
			expect(errorText(result)).toMatch(/Lead 1 of 1: "External ID" is required to update a lead/);
			expect(await sim.requests()).toHaveLength(0);
		});
	});

	describe('ids', () => {
		it.each([
			['empty', ''],
			['"."', '.'],
			['".."', '..'],
		])('refuses an %s lead id before sending', async (_case, value) => {
			await sim.clearLog();
			const result = await run({ resource: 'lead', operation: 'reset', accountId: byId(21), leadExternalId: value });
			expect(errorText(result)).toMatch(/"Lead External ID" (is required|cannot be)/);
			expect(await sim.requests()).toHaveLength(0);
		});

		it('refuses an account id that is not a number, typed or from an expression', async () => {
			await sim.clearLog();
			// Typed: n8n's own check of the field's pattern stops the run.
			expect(errorText(await run({ resource: 'account', operation: 'pause', accountId: byId('acme') }))).toMatch(/issues/);
			// From an expression: ours does.
			const result = await run({ resource: 'account', operation: 'pause', accountId: byId('={{ "acme" }}') });
			expect(errorText(result)).toMatch(/"Account" must be a numeric account ID/);
			expect(await sim.requests()).toHaveLength(0);
		});

		it('encodes a lead id as one path segment', async () => {
			await sim.clearLog();
			await run({ resource: 'lead', operation: 'stop', accountId: byId(21), leadExternalId: 'a/b?c#d' });
			expect((await sim.requests())[0].url).toBe('/accounts/21/leads/a%2Fb%3Fc%23d/stop');
		});

		it('unsubscribes a phone pasted with spaces around it: trimmed, the + as %2B', async () => {
			await sim.clearLog();
			await run({ resource: 'lead', operation: 'unsubscribe', by: 'phone', phone: ' +1333-111-8888 ' });
			expect((await sim.requests())[0].url).toBe('/lead/unsubscribe?phone=%2B1333-111-8888');
		});
	});

	describe('XONVO’s answers', () => {
		it.each([
			['spring', /XONVO error \(HTTP 404\): .*nosuch/i],
			['text', /XONVO error \(HTTP 404\): .+/],
			['empty', /^XONVO error \(HTTP 404\)$/],
		])('a 404 with a %s body carries the status and what XONVO said', async (mode, message) => {
			await sim.control('config', { errorBodies: mode });
			const result = await run({ resource: 'lead', operation: 'getStatistics', accountId: byId(21), leadExternalId: 'nosuch' });
			expect(result.error?.message).toMatch(message);
			expect(result.error?.httpCode).toBe('404');
		});

		it('a 400 names the field XONVO complained about', async () => {
			const result = await run({ resource: 'account', operation: 'update', accountId: byId(21), updateFields: { extraProperties: '{"areaCode": "abc"}' } });
			expect(result.error?.httpCode).toBe('400');
			expect(result.error?.message).toMatch(/^XONVO error \(HTTP 400\): .*areaCode/);
		});
	});

	describe('the password', () => {
		// The password as typed, base64 alone and in the Basic pair, URL-encoded; the wrong one tried too.
		const expectNoCanary = (result: NodeRun) =>
			expectRunHasNoSecrets(result, [{ user: XONVO_USER.username, secret: CANARY }, { user: XONVO_USER.username, secret: `wrong-${CANARY}` }]);

		it('reaches the Authorization header only', async () => {
			await sim.clearLog();
			const result = await run({ resource: 'lead', operation: 'getStatistics', accountId: byId(21), leadExternalId: '2' });
			expect((await sim.requests())[0].headers.authorization).toBe(`Basic ${Buffer.from(`${XONVO_USER.username}:${CANARY}`).toString('base64')}`);
			expectNoCanary(result);
		});

		it('stays out of errors on 401, with a clear message', async () => {
			const result = await run({ resource: 'lead', operation: 'getStatistics', accountId: byId(21), leadExternalId: '2' }, { password: `wrong-${CANARY}` });
			expect(result.error?.message).toMatch(/^XONVO rejected the username or password \(HTTP 401\)/);
			expect(result.error?.httpCode).toBe('401');
			expectNoCanary(result);
		});

		it('stays out of errors on 500', async () => {
			await sim.control('fail', { count: 1, status: 500, message: 'Boom' });
			const result = await run({ resource: 'account', operation: 'pause', accountId: byId(21) });
			expect(result.error?.message).toMatch(/^XONVO error \(HTTP 500\): Boom/);
			expectNoCanary(result);
		});

		it('stays out of errors when the connection is refused, which names the address', async () => {
			const result = await run({ resource: 'account', operation: 'pause', accountId: byId(21) }, { baseUrl: 'http://127.0.0.1:9' });
			expect(result.error?.message).toBe('XONVO could not be reached at http://127.0.0.1:9: the connection was refused');
			expectNoCanary(result);
		});

		it('refuses a credential without a usable address', async () => {
			for (const baseUrl of ['', 'ftp://x.example.com', 'https://user:pass@x.example.com']) {
				const result = await run({ resource: 'account', operation: 'pause', accountId: byId(21) }, { baseUrl });
				expect(result.error?.message).toBe('The XONVO credential has no usable address');
				expect(result.error?.description).toMatch(/Base URL/);
			}
		});
	});
});
