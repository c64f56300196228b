/**
 * One scenario per request of the Ytel collection's Workflows (Campaigns, Workflow) and Workflow
 * Runner (with Workflow Schedules) folders (23), run by the `ytelCampaigns` node: shared by the
 * engine suite (campaigns-coverage.test.ts) and the real-n8n suite (test/e2e/ytel.e2e.ts).
 * The documented changes to the examples' bodies are listed in campaigns-coverage.test.ts.
 */
import type { IDataObject } from 'n8n-workflow';
import { YtelApi } from '../../credentials/YtelApi.credentials';
import { YtelCampaigns } from '../../nodes/Ytel/YtelCampaigns.node';
import { exampleBodyOf, idOf, rowFor, type CoverageScenario } from '../helpers/coverage';
import type { TestEnvironment } from '../helpers/engine';
import { rowsOf } from '../helpers/rows';
import type { YtelSim } from '../helpers/ytel-sim';
import { ytelCredentials } from './numbers-env';

export const campaignsRows = rowsOf('Ytel', [
	['CPaaS API', 'Workflows'],
	['CPaaS API', 'Workflow Runner'],
]);
export const exampleBody = (name: string): IDataObject => exampleBodyOf(rowFor(campaignsRows, { row: name }));
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** The `ytelCampaigns` node with the real ytelApi credential against the simulator; `overrides` change the credential. */
export function campaignsEnvironment(sim: YtelSim, overrides: IDataObject = {}): TestEnvironment {
	return { nodeTypes: { ytelCampaigns: new YtelCampaigns() }, credentialTypes: { ytelApi: new YtelApi() }, credentials: { ytelApi: ytelCredentials(sim, overrides) } };
}

/** Seeded by the simulator from the examples: the workflow's campaign and a contact the examples name. */
export const WORKFLOW_CAMPAIGN = '24926fc0-59c8-11eb-a850-5d6f7436c35b';
export const EXAMPLE_CONTACT = 'da54d682-4d48-4f13-a4ee-07c850c05bb8';

/** A new campaign, so every scenario names its own ids. */
export async function newCampaign(sim: YtelSim, name = 'Coverage campaign'): Promise<string> {
	const response = await sim.api('POST', '/v4/campaign', { campaignName: name, workflowDisplayType: 1 });
	return String((response.body as IDataObject & { payload: IDataObject[] }).payload[0].campaignId);
}
export async function newRunner(sim: YtelSim, campaignId: string, periodMs = 0): Promise<string> {
	const response = await sim.api('POST', `/v4/campaign/${campaignId}/batch`, { displayName: 'Coverage runner', contactIds: [EXAMPLE_CONTACT], periodMs });
	return String((response.body as IDataObject & { payload: IDataObject[] }).payload[0].batchId);
}
export async function newSchedule(sim: YtelSim, campaignId: string): Promise<string> {
	const response = await sim.api('POST', `/v4/campaign/${campaignId}/batch/schedule`, { status: 1, createBatchRequest: { campaignId, displayName: 'x', contactIds: [] } });
	return String((response.body as IDataObject & { payload: IDataObject[] }).payload[0].scheduleId);
}

const record = (output: IDataObject[], expected: IDataObject) => {
	expect(output).toHaveLength(1);
	expect(output[0]).toMatchObject(expected);
};

/** Schedule fields written from the schedule examples' body. */
function scheduleParameters(body: IDataObject, campaignId: string, extra: IDataObject = {}): IDataObject {
	const runner = body.createBatchRequest as IDataObject;
	return {
		resource: 'runnerSchedule',
		campaignId: byId(campaignId),
		runnerDisplayName: runner.displayName,
		runnerContactIds: (runner.contactIds as string[]).join(', '),
		scheduleFields: {
			status: body.status,
			timezoneId: body.timezoneId,
			recurring: body.recurring,
			periodNumber: body.periodNumber,
			periodUnits: body.periodUnits,
			scheduleFailureMode: body.scheduleFailureMode,
			dncFilter: (body.filters as IDataObject).dnc,
			// 62 = Monday to Friday.
			dayOfWeek: ['2', '4', '8', '16', '32'],
			timeOfDay: body.timeOfDay,
			expire: new Date(Number(body.expire) * 1000).toISOString(),
			runnerPeriodMs: runner.periodMs,
			runnerStart: runner.start,
			extraProperties: JSON.stringify({ nextScheduled: body.nextScheduled }),
		},
		...extra,
	};
}
const scheduleBody = (name: string, campaignId: string) => {
	const body = exampleBody(name);
	return { ...body, createBatchRequest: { ...(body.createBatchRequest as IDataObject), campaignId } };
};

export type CampaignsScenario = CoverageScenario<YtelSim>;
type Scenario = CampaignsScenario;
const campaignPath = (parameters: IDataObject) => ({ campaignId: idOf(parameters.campaignId) });
const runnerPath = (parameters: IDataObject) => ({ campaignId: idOf(parameters.campaignId), batchId: idOf(parameters.batchId) });

export const campaignsScenarios: Scenario[] = [
	// ------------------------------------------------------------ Campaigns
	{
		row: 'Get Campaigns',
		parameters: { resource: 'campaign', operation: 'getAll', returnAll: true },
		check: (output) => expect(output.map((entry) => entry.campaignId)).toEqual(expect.arrayContaining(['e8861980-5165-11e9-b3b4-55cdbe9b37b5'])),
	},
	{
		row: 'Add Campaign',
		parameters: () => {
			const { campaignName, ...rest } = exampleBody('Add Campaign');
			return Promise.resolve({ resource: 'campaign', operation: 'create', campaignName, additionalFields: rest });
		},
		body: () => exampleBody('Add Campaign'),
		check: (output) => record(output, { campaignName: 'My First Campaign Test', campaignId: expect.any(String) }),
	},
	{
		row: 'Get Report',
		parameters: { resource: 'campaign', operation: 'getReport', startDate: '2021-01-15', endDate: '2021-01-16', grouping: ['date'], returnAll: true },
		query: { startDate: '2021-01-15', endDate: '2021-01-16', grouping: 'date' },
		check: (output) => expect(output[0]).toHaveProperty('sends'),
	},
	{
		row: 'Edit Campaign',
		path: campaignPath,
		parameters: async (sim) => ({ resource: 'campaign', operation: 'update', campaignId: byId(await newCampaign(sim)), updateFields: exampleBody('Edit Campaign') }),
		body: () => exampleBody('Edit Campaign'),
		check: (output, _request, parameters) => record(output, { campaignId: idOf(parameters.campaignId), campaignName: 'New campaign name' }),
	},
	{
		row: 'Get Campaign',
		path: campaignPath,
		parameters: { resource: 'campaign', operation: 'get', campaignId: byId('165c6fa0-59c8-11eb-a080-51e25f7d5918') },
		check: (output) => record(output, { campaignId: '165c6fa0-59c8-11eb-a080-51e25f7d5918' }),
	},
	{
		row: 'Send Campaign',
		path: campaignPath,
		parameters: async (sim) => {
			const body = exampleBody('Send Campaign');
			const variables = Object.entries(body.campaignExtData as IDataObject).map(([name, value]) => ({ name, value }));
			return { resource: 'campaign', operation: 'send', campaignId: byId(await newCampaign(sim)), sendTo: 'contact', contactId: body.contactId, campaignVariables: { pair: variables } };
		},
		body: () => exampleBody('Send Campaign'),
		check: (output) => record(output, { contactId: EXAMPLE_CONTACT, campaignExtData: { variablename: 'campaign send' } }),
	},
	{
		row: 'Archive Campaign',
		path: campaignPath,
		parameters: async (sim) => ({ resource: 'campaign', operation: 'archive', campaignId: byId(await newCampaign(sim)) }),
		check: (output, _request, parameters) => record(output, { campaignId: idOf(parameters.campaignId) }),
	},
	{
		row: 'Unarchive Campaign',
		path: campaignPath,
		parameters: async (sim) => {
			const campaignId = await newCampaign(sim);
			await sim.api('DELETE', `/v4/campaign/${campaignId}`);
			return { resource: 'campaign', operation: 'unarchive', campaignId: byId(campaignId) };
		},
		check: (output, _request, parameters) => record(output, { campaignId: idOf(parameters.campaignId) }),
	},
	// ------------------------------------------------------------ Workflow
	{
		row: 'Get Workflow',
		path: campaignPath,
		parameters: { resource: 'workflow', operation: 'get', campaignId: byId(WORKFLOW_CAMPAIGN) },
		check: (output) => record(output, { campaignId: WORKFLOW_CAMPAIGN, workflow: expect.any(String) }),
	},
	{
		row: 'Add workflow',
		path: campaignPath,
		parameters: async (sim) => ({ resource: 'workflow', operation: 'create', campaignId: byId(await newCampaign(sim)), workflow: exampleBody('Add workflow').workflow }),
		body: () => exampleBody('Add workflow'),
		check: (output) => record(output, { version: 1 }),
	},
	{
		row: 'Edit Workflow',
		path: campaignPath,
		// An object typed in the JSON field (an expression's result) is sent as Ytel's text too.
		parameters: async (sim) => ({
			resource: 'workflow',
			operation: 'update',
			campaignId: byId(await newCampaign(sim)),
			workflow: JSON.parse(String(exampleBody('Edit Workflow').workflow)) as IDataObject,
		}),
		body: () => exampleBody('Edit Workflow'),
		check: (output) => record(output, { workflow: exampleBody('Edit Workflow').workflow }),
	},
	// ------------------------------------------------------------ Runner schedules
	{
		row: 'Add Schedule',
		path: campaignPath,
		parameters: async (sim) => scheduleParameters(exampleBody('Add Schedule'), await newCampaign(sim), { operation: 'create' }),
		body: (parameters) => scheduleBody('Add Schedule', idOf(parameters.campaignId)),
		check: (output) => record(output, { scheduleId: expect.any(String), dayOfWeek: 62 }),
	},
	{
		row: 'Edit Schedule',
		path: (parameters) => ({ campaignId: idOf(parameters.campaignId), scheduleId: String(parameters.scheduleId) }),
		parameters: async (sim) => {
			const campaignId = await newCampaign(sim);
			return scheduleParameters(exampleBody('Edit Schedule'), campaignId, { operation: 'update', scheduleId: await newSchedule(sim, campaignId) });
		},
		body: (parameters) => scheduleBody('Edit Schedule', idOf(parameters.campaignId)),
		check: (output, _request, parameters) => record(output, { scheduleId: parameters.scheduleId, timeOfDay: '10:00' }),
	},
	{
		row: 'Get Schedules',
		parameters: async (sim) => {
			await newSchedule(sim, await newCampaign(sim));
			return { resource: 'runnerSchedule', operation: 'getAll', returnAll: true };
		},
		check: (output) => expect(output[0]).toHaveProperty('scheduleId'),
	},
	// ------------------------------------------------------------ Runners
	{
		row: 'Add Runner',
		path: campaignPath,
		parameters: async (sim) => {
			const { displayName, contactIds, start, periodMs } = exampleBody('Add Runner');
			return {
				resource: 'runner',
				operation: 'create',
				campaignId: byId(await newCampaign(sim)),
				displayName,
				contactIds: (contactIds as string[]).join(','),
				runnerFields: { start: start === 'true', periodMs },
			};
		},
		body: () => {
			const { statements: _oneOfTwo, ...body } = exampleBody('Add Runner');
			return body;
		},
		check: (output) => record(output, { displayName: 'My runner', queued: 1, periodMs: 0 }),
	},
	{
		row: 'Edit Runner',
		path: runnerPath,
		parameters: async (sim) => {
			const { displayName, statements, start, periodMs } = exampleBody('Edit Runner');
			const campaignId = await newCampaign(sim);
			return {
				resource: 'runner',
				operation: 'update',
				campaignId: byId(campaignId),
				batchId: byId(await newRunner(sim, campaignId)),
				statements: { statement: (statements as IDataObject[]).map(({ operation, ...rest }) => ({ ...rest, operator: operation })) },
				runnerUpdateFields: { displayName, start: start === 'true', periodMs },
			};
		},
		body: () => {
			const { contactIds: _oneOfTwo, ...body } = exampleBody('Edit Runner');
			return body;
		},
		check: (output) => record(output, { displayName: 'My runner edited' }),
	},
	{
		row: 'Get Campaign Runners',
		parameters: { resource: 'runner', operation: 'getAll', returnAll: true },
		check: (output) => expect(output[0]).toMatchObject({ batchId: expect.any(String), campaignId: WORKFLOW_CAMPAIGN }),
	},
	{
		row: 'Get Campaign Runners for Campaign',
		path: campaignPath,
		parameters: async (sim) => {
			const campaignId = await newCampaign(sim);
			await newRunner(sim, campaignId);
			return { resource: 'runner', operation: 'getAllOfCampaign', campaignId: byId(campaignId), returnAll: true };
		},
		check: (output, _request, parameters) => expect(output.map((entry) => entry.campaignId)).toEqual([idOf(parameters.campaignId)]),
	},
	...(
		[
			['Get Campaign Runner', 'get', (output: IDataObject[], parameters: IDataObject) => record(output, { batchId: idOf(parameters.batchId) })],
			['Start a Campaign Runner', 'start', (output: IDataObject[], parameters: IDataObject) => record(output, { batchId: idOf(parameters.batchId) })],
			['Stop a Campaign Runner', 'stop', (output: IDataObject[], parameters: IDataObject) => record(output, { batchId: idOf(parameters.batchId), status: 'Stopped' })],
			['Get next Campaign Runner (Manual)', 'getNext', (output: IDataObject[]) => record(output, { contactId: EXAMPLE_CONTACT })],
			['Send next Campaign Runner (Manual)', 'sendNext', (output: IDataObject[], parameters: IDataObject) => record(output, { batchId: idOf(parameters.batchId), started: 1 })],
		] as const
	).map(
		([row, operation, check]): Scenario => ({
			row,
			path: runnerPath,
			parameters: async (sim) => {
				const campaignId = await newCampaign(sim);
				return { resource: 'runner', operation, campaignId: byId(campaignId), batchId: byId(await newRunner(sim, campaignId)) };
			},
			check: (output, _request, parameters) => check(output, parameters),
		}),
	),
];
