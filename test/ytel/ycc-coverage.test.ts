/**
 * Every request of the Ytel collection's YCC folders (32) executed by the `ytelContactCenterAdmin`
 * node through n8n-core's engine against the Ytel simulator (its YCC routes under `/api/v2`), with
 * the ytelApi credential (a real token exchange at the Base URL, the requests at the Contact Centre
 * Base URL): each matched to its row by method, full path with its id values, the raw query and
 * the exact body written from the collection's example (see ycc-scenarios.ts for the changes).
 *
 * Then bad input refused before anything is sent, secrets, paging, and the description's size.
 */
import type { IDataObject } from 'n8n-workflow';
import { YtelContactCenterAdmin } from '../../nodes/Ytel/YtelContactCenterAdmin.node';
import { rowFor, type LoggedRequest } from '../helpers/coverage';
import { loadOptionsContext, runNode, type NodeRun, type TestEnvironment } from '../helpers/engine';
import { describeYtelCoverage, expectNoYtelSecrets, resetYtelStateBeforeEach, ytelApiRequests, ytelNode } from '../helpers/ytel-coverage';
import { useYtelSim } from '../helpers/ytel-sim';
import { byId, exampleBody, yccEnvironment, yccRows as rows, yccScenarios as scenarios } from './ycc-scenarios';

const sim = useYtelSim();

const environment = (overrides: IDataObject = {}): TestEnvironment => yccEnvironment(sim, overrides);
const node = (parameters: IDataObject) => ytelNode('ytelContactCenterAdmin', parameters);

const apiRequests = () => ytelApiRequests(sim);

async function run(parameters: IDataObject, overrides: IDataObject = {}) {
	await sim.clearLog();
	const env = environment(overrides);
	const result = await runNode(env, node(parameters), [{}], { timezone: 'UTC' });
	return { env, result, sent: await apiRequests() };
}

resetYtelStateBeforeEach();

describeYtelCoverage({
	title: 'Ytel Contact Center Admin: every YCC request through the engine',
	label: 'ytelContactCenterAdmin (YCC)',
	nodeType: 'ytelContactCenterAdmin',
	sim,
	rows,
	rowCount: 32,
	scenarios,
	environment,
	rowsTitle: 'has one scenario for every YCC row, and only those',
	checkRequest: (request) => expect(request.headers.authorization).toMatch(/^Bearer \S+$/),
	moreTests: () => {
		it('expects every row at the production host under /api/v2 (the development-host rows corrected)', () => {
			expect(new Set(rows.map((row) => (row as unknown as { host: string }).host))).toEqual(new Set(['https://ycc-api.ytel.com']));
			expect(rows.filter((row) => !row.path.startsWith('/api/v2/'))).toEqual([]);
			expect(rowFor(rows, { row: 'Update Campaign List Mix' }).path).toBe('/api/v2/update-campaign-list-mix');
			expect(rowFor(rows, { row: 'Number Update' }).path).toBe('/api/v2/number-update');
		});
	},
});

describe('Ytel Contact Center Admin: addresses', () => {
	it('a bare host as Contact Centre Base URL gets /api/v2', async () => {
		const { result, sent } = await run({ resource: 'yccAgent', operation: 'getAll', returnAll: true }, { yccBaseUrl: sim.url });
		expect(result.error).toBeUndefined();
		expect(sent.map((request) => request.path)).toEqual(['/api/v2/get-agent-list']);
	});

	it('an unusable Contact Centre Base URL is refused by name, nothing sent', async () => {
		const { result, sent } = await run({ resource: 'yccAgent', operation: 'getAll', returnAll: true }, { yccBaseUrl: 'ftp://ycc.example.com' });
		expect(result.error?.message).toBe('The Ytel credential has no usable address');
		expect(result.error?.description).toMatch(/^The Base URL must be an http/);
		expect(sent).toEqual([]);
	});
});

describe('Ytel Contact Center Admin: the token of the other Ytel nodes', () => {
	// An HTTP 401 (how the contact centre rejects a token is not documented): n8n's renewal of declarative requests.
	it('an expired token rejected with HTTP 401 is renewed once at the Base URL and the request sent again', async () => {
		await sim.control('auth', { rejection: 'http401' });
		const env = environment();
		const parameters = { resource: 'yccAgent', operation: 'getAll', returnAll: true };
		expect((await runNode(env, node(parameters), [{}])).error).toBeUndefined();
		const firstToken = String(env.credentials.ytelApi.accessToken);
		await sim.control('expireTokens', {});
		await sim.clearLog();
		const result = await runNode(env, node(parameters), [{}]);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		const log = (await sim.requests()) as unknown as LoggedRequest[];
		expect(log.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api/v2/get-agent-list', 'POST /auth/v3/token', 'GET /api/v2/get-agent-list']);
		expect(log[2].headers.authorization).toBe(`Bearer ${String(env.credentials.ytelApi.accessToken)}`);
		expect(env.credentials.ytelApi.accessToken).not.toBe(firstToken);
		expectNoYtelSecrets(env, result, [firstToken]);
	});
});

describe('Ytel Contact Center Admin: bad input is refused before anything is sent', () => {
	async function refused(parameters: IDataObject): Promise<NodeRun> {
		const { env, result, sent } = await run(parameters);
		expect(result.error).toBeDefined();
		expect(sent).toEqual([]);
		expectNoYtelSecrets(env, result);
		return result;
	}

	it('list mix percentages that do not total 100', async () => {
		const result = await refused({
			resource: 'listMix',
			operation: 'update',
			campaignId: byId('fakename'),
			listMixId: 'jbtest1',
			mixLists: { entry: [{ listId: 1000, mixPercentage: 40, statuses: 'XDROP' }, { listId: 909, mixPercentage: 50, statuses: 'ADC' }] },
		});
		expect(result.error?.message).toBe('The mix percentages of "Lists" must total 100 (they total 90)');
	});

	it('a list of a mix without statuses, or none at all', async () => {
		const noStatus = await refused({ resource: 'listMix', operation: 'update', campaignId: byId('fakename'), listMixId: 'jbtest1', mixLists: { entry: [{ listId: 1000, mixPercentage: 100, statuses: ' , ' }] } });
		expect(noStatus.error?.message).toBe('List 1: "Statuses" needs at least one status');
		const none = await refused({ resource: 'listMix', operation: 'update', campaignId: byId('fakename'), listMixId: 'jbtest1', mixLists: {} });
		expect(none.error?.message).toBe('Add at least one entry to "Lists"');
	});

	it('a number that is not digits', async () => {
		const result = await refused({ resource: 'yccNumber', operation: 'get', didPattern: '1-800-FLOWERS' });
		expect(result.error?.message).toBe('"Number" must be a phone number in digits, e.g. 12223334444');
		const update = await refused({ resource: 'yccNumber', operation: 'update', didPattern: 'abc' });
		expect(update.error?.message).toBe('"Number" must be a phone number in digits, e.g. 12223334444');
	});

	it('a blank inbound queue (spaces only)', async () => {
		const result = await refused({ resource: 'inboundQueue', operation: 'delete', queueId: byId('   ') });
		expect(result.error?.message).toBe('"Inbound Queue" is required');
	});

	it('inbound queues that are not a JSON array', async () => {
		const result = await refused({ resource: 'yccAgent', operation: 'updateInboundQueues', agentEmail: 'agentemail@email.com', inboundQueues: '{"group_id_values": "AGENTDIRECT"}' });
		expect(result.error?.message).toBe('"Inbound Queues (JSON)" must be a JSON array');
	});

	it('Get Lists with no list chosen', async () => {
		// n8n's own check of required parameters answers first, naming the field.
		const result = await refused({ resource: 'lookup', operation: 'getLists', lists: [] });
		expect(result.error?.message).toContain('Parameter "Lists" is required');
	});
});

describe('Ytel Contact Center Admin: options and answers', () => {
	it('a number with + and separators is sent as digits, one path segment', async () => {
		const { result, sent } = await run({ resource: 'yccNumber', operation: 'get', didPattern: '+1 (222) 333-4444' });
		expect(result.error).toBeUndefined();
		expect(sent.map((request) => request.path)).toEqual(['/api/v2/number-edit/12223334444']);
	});

	it('a queue ID with "/" stays one path segment', async () => {
		const { result, sent } = await run({ resource: 'inboundQueue', operation: 'get', groupId: byId('a/../b') });
		expect(sent.map((request) => request.path)).toEqual(['/api/v2/inbound-queue/details/a%2F..%2Fb']);
		expect(result.error?.message).toMatch(/Inbound queue a\/\.\.\/b not found/);
	});

	it('Return All walks the agent groups by page (limit + page)', async () => {
		for (let index = 0; index < 3; index++) await sim.api('POST', '/api/v2/agentgroup-clone', { from_user_group: 'ADMIN', user_group: `EXTRA${index}` });
		const { result, sent } = await run({ resource: 'agentGroup', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(7);
		expect(sent.map((request) => request.query)).toEqual([{ limit: '100000', page: '1' }]);
	});

	it('a Limit below the list asks that many, page 1', async () => {
		const { result, sent } = await run({ resource: 'yccCampaign', operation: 'getAll', returnAll: false, limit: 2 });
		expect(result.items.map((item) => item.json.campaign_id)).toEqual(['cid', 'fakename']);
		expect(sent.map((request) => request.query)).toEqual([{ limit: '2', page: '1' }]);
	});

	it('a record Ytel does not know: its HTTP status and message, sent once', async () => {
		const { env, result, sent } = await run({ resource: 'yccVoicemail', operation: 'get', voicemailId: byId('nobox') });
		expect(sent).toHaveLength(1);
		expectNoYtelSecrets(env, result);
		expect(result.error?.message).toContain('Voicemail nobox not found');
		expect(String((result.error as { httpCode?: string })?.httpCode)).toBe('404');
	});

	it('the agent password sent by Clone is in no output', async () => {
		const body = exampleBody('Clone Agent');
		const { env, result } = await run({ resource: 'yccAgent', operation: 'clone', fromAgent: byId('1984'), newAgent: '6001', fullName: 'Canary', email: 'canary@example.com', agentPassword: 'agent-CANARY-pass-91' });
		expect(result.error).toBeUndefined();
		expect(body.pass).toBe('YOURpassword1234');
		expectNoYtelSecrets(env, result, ['agent-CANARY-pass-91']);
	});
});

describe('Ytel Contact Center Admin: pickers', () => {
	const methods = new YtelContactCenterAdmin().methods.listSearch;
	const context = () => loadOptionsContext(environment(), node({ resource: 'yccAgent', operation: 'get' }));

	it('agents, agent groups, inbound queues, campaigns and voicemail boxes by name and ID', async () => {
		expect((await methods.searchCcAgents.call(context())).results).toEqual([
			{ name: 'Dana Reyes · 1010', value: '1010' },
			{ name: 'John Doe · 1050', value: '1050' },
			{ name: 'Template Agent · 1984', value: '1984' },
		]);
		expect((await methods.searchCcAgentGroups.call(context(), 'test')).results).toEqual([{ name: 'Test group · TESTGROUP', value: 'TESTGROUP' }]);
		expect((await methods.searchCcInboundQueues.call(context(), 'support')).results).toEqual([{ name: 'Support · SUPPORT', value: 'SUPPORT' }]);
		expect((await methods.searchCcCampaigns.call(context(), 'sales')).results).toEqual([{ name: 'Sales outbound · SALES01', value: 'SALES01' }]);
		expect((await methods.searchCcVoicemails.call(context())).results).toEqual([
			{ name: 'Box to delete · vmid', value: 'vmid' },
			{ name: 'Support voicemail · 8001', value: '8001' },
		]);
		const sent = await apiRequests();
		expect(sent.map((request) => `${request.method} ${request.url}`)).toEqual([
			'GET /api/v2/get-agent-list',
			'GET /api/v2/agentgroup-lists?limit=100000&page=1',
			'GET /api/v2/inbound-queue?limit=10000',
			'GET /api/v2/campaign-list-mix?limit=100000&page=1',
			'POST /api/v2/global-api',
		]);
		expect(sent[4].body).toEqual({ case: ['voicemail'] });
	});
});

describe('Ytel Contact Center Admin: description', () => {
	it('stays within the 200 KB budget', () => {
		const size = Buffer.byteLength(JSON.stringify(new YtelContactCenterAdmin().description), 'utf8');
		console.log(`Ytel ytelContactCenterAdmin description size: ${(size / 1024).toFixed(1)} KB (${size} bytes)`);
		expect(size).toBeLessThanOrEqual(200 * 1024);
	});
});
