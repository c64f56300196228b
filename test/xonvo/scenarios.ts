/**
 * One scenario per request of the XONVO collection: node parameters (preparing records in the
 * simulator when a request changes state), and the body the request must carry, written from
 * the collection's own example request (test/fixtures/xonvo/requests.json) — never from the
 * node's description. Shared by the engine coverage test and the real-n8n e2e suite.
 */
import type { IDataObject } from 'n8n-workflow';
import { expectPathMatches, expectQueryMatches, idOf, type PathValues } from '../helpers/coverage';
import { exampleRequest, rowsOf, type EndpointRow } from '../helpers/rows';
import { byId, type XonvoSim, type XonvoSimRequest } from '../helpers/xonvo';

export const xonvoRows = rowsOf('XONVO', [[]]);

/** Statistics ranges are written with the workflow timezone's offset: one fixed at -05:00, as the example's. */
export const SCENARIO_TIMEZONE = 'America/Bogota';

export interface XonvoScenario {
	row: string;
	parameters: IDataObject | ((sim: XonvoSim) => Promise<IDataObject>);
	/** The exact body the request must carry (undefined: none); from the row's example. */
	body?: (parameters: IDataObject) => unknown;
	/** The row's path parameters' values by the row's names (required when it has any; all different). */
	path?: PathValues | ((parameters: IDataObject) => PathValues);
	/** Exact query string the request must carry, as sent (encoding included). */
	query?: string;
	check?: (output: IDataObject[], request: XonvoSimRequest) => void;
}

const example = (name: string) => exampleRequest('XONVO', name);
const exampleBody = (name: string) => JSON.parse(JSON.stringify(example(name).body)) as IDataObject;

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

/** A fresh lead in account 21 for actions that change a lead's state. */
async function leadFor(sim: XonvoSim, tag: string): Promise<string> {
	const externalId = unique(tag);
	const response = await sim.api('POST', '/leads/bulk', {
		leadsByAccountId: {
			21: [{ firstName: 'Scenario', lastName: tag, phone: `+1555${String(Date.now()).slice(-7)}`, timestamp: '01-02-2024 10:00:00', zip: '98121', externalId }],
		},
	});
	if (response.status !== 200) throw new Error(`could not prepare a lead: ${response.status} ${response.text}`);
	return externalId;
}

/** A fresh account for the account actions (inactivation is final). */
async function accountFor(sim: XonvoSim, tag: string): Promise<number> {
	const response = await sim.api('POST', '/accounts', { name: unique(tag) });
	if (response.status !== 200) throw new Error(`could not prepare an account: ${response.status} ${response.text}`);
	return response.body.id as number;
}

export const xonvoScenarios: XonvoScenario[] = [
	{
		row: 'Add a lead',
		parameters: () => {
			const body = exampleBody('Add a lead');
			const { firstName, lastName, phone, timestamp, state, zip, jornayaLeadId, ...rest } = body;
			return Promise.resolve({
				resource: 'lead',
				operation: 'create',
				firstName,
				lastName,
				phone,
				timestamp,
				state,
				zip,
				jornayaLeadId,
				additionalFields: rest,
			});
		},
		body: () => exampleBody('Add a lead'),
		// XONVO answers with an empty body; the node outputs the lead it sent.
		check: (output, request) => expect(output).toEqual([{ success: true, lead: request.body }]),
	},
	{
		row: 'Add an agent',
		parameters: async () => {
			const { firstName, lastName, phone } = exampleBody('Add an agent');
			return { resource: 'agent', operation: 'create', firstName, lastName, phone, externalId: unique('agent') };
		},
		// The example's own externalId "2" is the agent every seeded lead refers to: a fresh one here.
		body: (parameters) => ({ ...exampleBody('Add an agent'), externalId: parameters.externalId }),
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	{
		row: 'Unsubscribe a lead',
		parameters: { resource: 'lead', operation: 'unsubscribe', by: 'phone', phone: '+1333-111-8888' },
		query: 'phone=%2B1333-111-8888',
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	{
		row: 'Unsubscribe lead by external id',
		path: (parameters) => ({ accountId: idOf(parameters.accountId), leadExternalId: idOf(parameters.leadExternalId) }),
		parameters: async (sim) => ({
			resource: 'lead',
			operation: 'unsubscribe',
			by: 'externalId',
			accountId: byId(21),
			leadExternalId: await leadFor(sim, 'unsubscribe'),
		}),
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	{
		row: 'Add leads (bulk)',
		parameters: () => {
			const body = exampleBody('Add leads (bulk)');
			const [account, leads] = Object.entries(body.leadsByAccountId as IDataObject)[0];
			return Promise.resolve({
				resource: 'lead',
				operation: 'createMany',
				accountId: byId(account),
				leadsInput: 'list',
				leads,
				// The collection's bulk example has no zip and no consent id: only the required fields are checked.
				options: { checks: 'required' },
			});
		},
		body: () => exampleBody('Add leads (bulk)'),
		check: (output, request) => expect(output).toEqual([{ success: true, ...sentBulk(request) }]),
	},
	{
		row: 'Update leads (bulk)',
		parameters: () => {
			const body = exampleBody('Update leads (bulk)');
			const [account, leads] = Object.entries(body.leadsByAccountId as IDataObject)[0];
			const [lead] = leads as IDataObject[];
			// Typed in the form this time, attributes as JSON.
			const { attributes, ipAddress, email, externalId, ...fields } = lead;
			return Promise.resolve({
				resource: 'lead',
				operation: 'updateMany',
				accountId: byId(account),
				leadsInput: 'fields',
				leadList: { lead: [{ ...fields, more: { ipAddress, email, externalId, attributes: JSON.stringify(attributes) } }] },
				options: { checks: 'required' },
			});
		},
		body: () => exampleBody('Update leads (bulk)'),
		check: (output, request) => expect(output).toEqual([{ success: true, ...sentBulk(request) }]),
	},
	{
		row: 'Reset a lead',
		path: (parameters) => ({ accountId: idOf(parameters.accountId), leadExternalId: idOf(parameters.leadExternalId) }),
		parameters: async (sim) => ({ resource: 'lead', operation: 'reset', accountId: byId(21), leadExternalId: await leadFor(sim, 'reset') }),
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	{
		row: 'Stop a lead',
		path: (parameters) => ({ accountId: idOf(parameters.accountId), leadExternalId: idOf(parameters.leadExternalId) }),
		parameters: async (sim) => ({ resource: 'lead', operation: 'stop', accountId: byId(21), leadExternalId: await leadFor(sim, 'stop') }),
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	{
		row: 'Create an account',
		parameters: () => {
			const { name, attributes, ...rest } = exampleBody('Create an account');
			const { EXTERNAL_ID, PLAN_ID, BRAND_NAME } = attributes as IDataObject;
			return Promise.resolve({
				resource: 'account',
				operation: 'create',
				name,
				additionalFields: { ...rest, attributeExternalId: EXTERNAL_ID, attributePlanId: PLAN_ID, attributeBrandName: BRAND_NAME },
			});
		},
		body: () => exampleBody('Create an account'),
		check: (output) => {
			expect(Object.keys(output[0])).toEqual(['id']);
			expect(typeof output[0].id).toBe('number');
		},
	},
	{
		row: 'Update an account',
		path: (parameters) => ({ accountId: idOf(parameters.accountId) }),
		parameters: async (sim) => {
			const { attributes, ...rest } = exampleBody('Update an account');
			const { EXTERNAL_ID, PLAN_ID, BRAND_NAME } = attributes as IDataObject;
			return {
				resource: 'account',
				operation: 'update',
				accountId: byId(await accountFor(sim, 'update')),
				updateFields: { ...rest, attributeExternalId: EXTERNAL_ID, attributePlanId: PLAN_ID, attributeBrandName: BRAND_NAME },
			};
		},
		body: () => exampleBody('Update an account'),
		check: (output) => expect(Object.keys(output[0])).toEqual(['id']),
	},
	{
		row: 'Inactivate an account',
		path: (parameters) => ({ accountId: idOf(parameters.accountId) }),
		parameters: async (sim) => ({ resource: 'account', operation: 'inactivate', accountId: byId(await accountFor(sim, 'inactivate')) }),
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	{
		row: 'Pause an account',
		path: (parameters) => ({ accountId: idOf(parameters.accountId) }),
		parameters: async (sim) => ({ resource: 'account', operation: 'pause', accountId: byId(await accountFor(sim, 'pause')) }),
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	{
		row: 'Unpause an account',
		path: (parameters) => ({ accountId: idOf(parameters.accountId) }),
		parameters: async (sim) => {
			const accountId = await accountFor(sim, 'unpause');
			await sim.api('PUT', `/accounts/${accountId}/pause`);
			return { resource: 'account', operation: 'unpause', accountId: byId(accountId) };
		},
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	{
		row: 'Get account statistics',
		path: (parameters) => ({ accountId: idOf(parameters.accountId) }),
		// The saved example was called with this range (ISO-8601 with offset).
		parameters: {
			resource: 'account',
			operation: 'getStatistics',
			accountId: byId(21),
			options: { from: '2022-02-20T01:30:00.000-05:00', to: '2022-10-31T01:30:00.000-05:00' },
		},
		query: 'from=2022-02-20T01%3A30%3A00.000-05%3A00&to=2022-10-31T01%3A30%3A00.000-05%3A00',
		check: (output) => {
			expect(Object.keys(output[0]).sort()).toEqual(['ctr', 'deliveredCount', 'engagedCount', 'leadCount', 'unsubscribeCount']);
			expect(output[0].leadCount).toBeGreaterThanOrEqual(1);
		},
	},
	{
		row: 'Lead statistics',
		path: { accountId: 21, leadExternalId: 2 },
		parameters: { resource: 'lead', operation: 'getStatistics', accountId: byId(21), leadExternalId: '2' },
		check: (output) => expect(output[0]).toEqual({ deliveredCount: 2, qualified: true, lastDeliveredTime: '2022-06-01T12:15:55.360Z' }),
	},
];

export async function parametersOf(scenario: XonvoScenario, sim: XonvoSim): Promise<IDataObject> {
	return typeof scenario.parameters === 'function' ? await scenario.parameters(sim) : scenario.parameters;
}

export function rowOf(scenario: XonvoScenario): EndpointRow {
	const row = xonvoRows.find((candidate) => candidate.name === scenario.row);
	if (!row) throw new Error(`no XONVO row named ${scenario.row}`);
	return row;
}

/** Method, path, query and exact body of a request, against its row and the scenario. */
export function expectXonvoRequest(scenario: XonvoScenario, parameters: IDataObject, request: XonvoSimRequest): void {
	const row = rowOf(scenario);
	expect(request.method).toBe(row.method);
	expectPathMatches(row, scenario.path, parameters, request);
	expectQueryMatches(scenario.query ?? '', request);
	for (const param of row.queryParams.filter((query) => !query.disabled)) expect(Object.keys(request.query)).toContain(param.name);
	if (scenario.body) {
		expect(request.body).toEqual(scenario.body(parameters));
	} else {
		expect(request.rawBody).toBe('');
	}
	expect(request.headers.authorization).toMatch(/^Basic /);
}

/** At least one item, then the scenario's own check. */
/** What a bulk request outputs besides success: its account and how many leads it sent. */
function sentBulk(request: XonvoSimRequest): IDataObject {
	const [[accountId, leads]] = Object.entries((request.body as { leadsByAccountId: Record<string, unknown[]> }).leadsByAccountId);
	return { accountId: Number(accountId), leadCount: leads.length };
}

export function expectXonvoOutput(scenario: XonvoScenario, output: IDataObject[], request: XonvoSimRequest): void {
	expect(output.length).toBeGreaterThan(0);
	scenario.check?.(output, request);
}
