/**
 * Every request of the Ytel collection's Workflows (Campaigns, Workflow) and Workflow Runner
 * (with Workflow Schedules) folders (23) executed by the `ytelCampaigns` node through n8n-core's
 * engine against the Ytel simulator, with the ytelApi credential (a real token exchange): each
 * matched to its row by method, full path with its id values, the raw query and the exact body
 * written from the collection's example. Then bad input (a runner's contacts both or neither,
 * ids with `/`, `.`, `..`, phone numbers not in E.164, workflow JSON), secrets, and the size of
 * the node's description.
 *
 * Documented changes to the examples' bodies (the node writes them this way on purpose):
 * - Add Runner / Edit Runner: the examples carry both `contactIds` and `statements`; Ytel takes
 *   one of them, so Add Runner sends the example's contactIds and Edit Runner its statements.
 * - Add / Edit Schedule: `createBatchRequest.campaignId` is the example's placeholder text
 *   "campaignId"; the node writes the campaign of the path there. `nextScheduled: null` goes
 *   through Extra Properties (the node never sends an empty field on its own).
 */
import type { IDataObject } from 'n8n-workflow';
import { YtelCampaigns } from '../../nodes/Ytel/YtelCampaigns.node';
import { loadOptionsContext, runNode, type TestEnvironment } from '../helpers/engine';
import { expectNoSecrets } from '../helpers/secrets';
import { describeYtelCoverage, expectRefusedBeforeSending, resetYtelStateBeforeEach, ytelApiRequests, ytelNode } from '../helpers/ytel-coverage';
import { useYtelSim, YTEL_USER } from '../helpers/ytel-sim';

import { byId, campaignsEnvironment, campaignsRows as rows, campaignsScenarios as scenarios, EXAMPLE_CONTACT, newCampaign, newRunner, WORKFLOW_CAMPAIGN } from './campaigns-scenarios';

const sim = useYtelSim();

const environment = (overrides: IDataObject = {}): TestEnvironment => campaignsEnvironment(sim, overrides);
const node = (parameters: IDataObject) => ytelNode('ytelCampaigns', parameters);

const apiRequests = () => ytelApiRequests(sim);

resetYtelStateBeforeEach();

describeYtelCoverage({
	title: 'Ytel Campaigns: every campaign, workflow, runner and schedule request through the engine',
	label: 'ytelCampaigns',
	nodeType: 'ytelCampaigns',
	sim,
	rows,
	rowCount: 23,
	scenarios,
	environment,
});

describe('Ytel Campaigns: bad input is refused before anything is sent', () => {
	const refused = (parameters: IDataObject) => expectRefusedBeforeSending(sim, environment(), node(parameters));
	const runnerCreate = (extra: IDataObject) => ({ resource: 'runner', operation: 'create', campaignId: byId(WORKFLOW_CAMPAIGN), displayName: 'R', ...extra });
	const statements = { statement: [{ variable: 'firstname', operator: 'contains', value: 'Roy' }] };

	it('a runner with both Contact IDs and Statements: names both fields', async () => {
		const result = await refused(runnerCreate({ contactIds: EXAMPLE_CONTACT, statements }));
		expect(result.error?.message).toBe('Fill either "Contact IDs" or "Statements", not both');
	});

	it('a runner with neither: names both fields', async () => {
		const result = await refused(runnerCreate({}));
		expect(result.error?.message).toBe('Fill "Contact IDs" or "Statements"');
	});

	it('both, one of them from Extra Properties, on Edit too', async () => {
		const result = await refused({
			resource: 'runner',
			operation: 'update',
			campaignId: byId(WORKFLOW_CAMPAIGN),
			batchId: byId('b2904860-59cd-11eb-b6c1-aaaaaaaaaaaa'),
			contactIds: EXAMPLE_CONTACT,
			runnerUpdateFields: { extraProperties: JSON.stringify({ statements: [{ variable: 'firstname', operation: 'contains', value: 'Roy' }] }) },
		});
		expect(result.error?.message).toBe('Fill either "Contact IDs" or "Statements", not both');
	});

	it('Edit Runner with neither is a rename: sent', async () => {
		const campaignId = await newCampaign(sim);
		const batchId = await newRunner(sim, campaignId);
		await sim.clearLog();
		const result = await runNode(environment(), node({ resource: 'runner', operation: 'update', campaignId: byId(campaignId), batchId: byId(batchId), runnerUpdateFields: { displayName: 'Renamed', periodMs: 0 } }), [{}]);
		expect(result.error).toBeUndefined();
		expect((await apiRequests()).map((request) => request.body)).toEqual([{ displayName: 'Renamed', periodMs: 0 }]);
	});

	it.each(['.', '..'])('a campaign ID "%s" is refused by name', async (id) => {
		const result = await refused({ resource: 'campaign', operation: 'get', campaignId: byId(id) });
		expect(result.error?.message).toBe(`"Campaign" cannot be "${id}"`);
	});

	it.each(['.', '..'])('a runner ID "%s" is refused by name', async (id) => {
		const result = await refused({ resource: 'runner', operation: 'get', campaignId: byId(WORKFLOW_CAMPAIGN), batchId: byId(id) });
		expect(result.error?.message).toBe(`"Runner" cannot be "${id}"`);
	});

	it('an ID with "/" stays one path segment', async () => {
		await sim.clearLog();
		const result = await runNode(environment(), node({ resource: 'runner', operation: 'get', campaignId: byId(WORKFLOW_CAMPAIGN), batchId: byId('a/../b') }), [{}]);
		const sent = await apiRequests();
		expect(sent.map((request) => request.path)).toEqual([`/v4/campaign/${WORKFLOW_CAMPAIGN}/batch/a%2F..%2Fb`]);
		// Ytel's answer: no such runner (HTTP 200, status false).
		expect(result.error?.message).toMatch(/^Ytel error \(HTTP 200, code 404\)/);
	});

	it('a phone number not in E.164 is refused, naming the field', async () => {
		const result = await refused({
			resource: 'campaign',
			operation: 'send',
			campaignId: byId(WORKFLOW_CAMPAIGN),
			sendTo: 'contactData',
			keys: 'roy@example.com',
			contactData: { firstname: 'Roy', phonenumber1: '949-222-1234' },
		});
		expect(result.error?.message).toBe('"Phone Number" must be a phone number in E.164 format, e.g. +14155550123');
	});

	it('contact data: typed fields, other data, keys and conflict mode; an added but empty field is not sent', async () => {
		const campaignId = await newCampaign(sim);
		await sim.clearLog();
		const result = await runNode(
			environment(),
			node({
				resource: 'campaign',
				operation: 'send',
				campaignId: byId(campaignId),
				sendTo: 'contactData',
				keys: '+19495550199, roy.new@example.com',
				contactData: {
					firstname: 'Roy',
					lastname: '  ',
					phonenumber1: '+1 (949) 555-0199',
					email1: '',
					otherData: { pair: [{ name: 'city1', value: 'Irvine' }] },
					conflictMode: 'REPLACE',
				},
				sendOptions: { extraProperties: '{"extData": {"zip1": "92618"}, "campaignExtData": {"coupon": "SPRING"}}' },
			}),
			[{}],
		);
		expect(result.error).toBeUndefined();
		expect((await apiRequests()).map((request) => request.body)).toEqual([
			{
				keys: ['+19495550199', 'roy.new@example.com'],
				extData: { firstname: 'Roy', phonenumber1: '+19495550199', city1: 'Irvine', zip1: '92618' },
				conflictMode: 'REPLACE',
				campaignExtData: { coupon: 'SPRING' },
			},
		]);
		expect(result.items[0].json).toMatchObject({ campaignId, contactId: expect.any(String) });
	});

	it('a workflow that is not JSON is refused by name', async () => {
		const result = await refused({ resource: 'workflow', operation: 'create', campaignId: byId(WORKFLOW_CAMPAIGN), workflow: '{"schemaVersion":' });
		expect(result.error?.message).toBe('"Workflow (JSON)" is not valid JSON');
	});

	it('a wrong password fails with no secret in the error', async () => {
		await sim.clearLog();
		const env = environment({ password: 'wrong-password-4711' });
		const result = await runNode(env, node({ resource: 'campaign', operation: 'get', campaignId: byId(WORKFLOW_CAMPAIGN) }), [{}]);
		expect(result.error).toBeDefined();
		expect(await apiRequests()).toEqual([]);
		expectNoSecrets({ items: result.items, error: result.error, run: result.run.data }, ['wrong-password-4711', YTEL_USER.password]);
	});
});

describe('Ytel Campaigns: pickers and dropdowns', () => {
	const methods = new YtelCampaigns().methods;
	const context = (parameters: IDataObject) => loadOptionsContext(environment(), node(parameters));

	it('campaigns by name, searchable, archived ones left out', async () => {
		const kept = await newCampaign(sim, 'Picker spring sale');
		const archived = await newCampaign(sim, 'Picker archived');
		await sim.api('DELETE', `/v4/campaign/${archived}`);
		const all = await methods.loadOptions.getCampaigns.call(context({ resource: 'runner', operation: 'create' }));
		expect(all).toEqual(expect.arrayContaining([{ name: 'Picker spring sale', value: kept }]));
		expect(all.map((option) => option.value)).not.toContain(archived);
		const found = await methods.listSearch.searchCampaigns.call(context({ resource: 'runner', operation: 'create' }), 'SPRING');
		expect(found.results).toEqual([{ name: 'Picker spring sale', value: kept }]);
	});

	it('runners of the campaign picked above', async () => {
		const campaignId = await newCampaign(sim);
		const batchId = await newRunner(sim, campaignId);
		const found = await methods.listSearch.searchRunners.call(context({ resource: 'runner', operation: 'get', campaignId: byId(campaignId) }));
		expect(found.results).toEqual([{ name: 'Coverage runner', value: batchId }]);
	});
});

describe('Ytel Campaigns: description', () => {
	it('stays within the 200 KB budget', () => {
		const size = Buffer.byteLength(JSON.stringify(new YtelCampaigns().description), 'utf8');
		console.log(`Ytel ytelCampaigns description size: ${(size / 1024).toFixed(1)} KB`);
		expect(size).toBeLessThanOrEqual(200 * 1024);
	});
});
