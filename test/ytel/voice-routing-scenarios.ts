/**
 * One scenario per request of the Ytel collection's Inbound Routing (RouteTag, RouteDest), IVR,
 * Voicemail, Transfer Presets, Dispositions and Scripts folders (37), run by the `ytelVoice`
 * node: for the engine suite (voice-routing-coverage.test.ts) and the real-n8n suite.
 *
 * Documented changes to the examples' requests (the node writes them this way on purpose):
 * - Add RouteDest: the example writes `scrType`; Update and Delete RouteDest write `srcType` and
 *   the single-entry path `sourceType`: the node sends `srcType` (the example's key is a typo).
 * - Create / Update IVR: `accountSid: "<UUID>"` is a placeholder and is not sent (the token names
 *   the account). The IVR of Update, Delete and Archives is a field (the collection hard-codes `my-ivr`).
 * - Submit Script Answers ("Get Script for Contact Copy"): the example's contact
 *   1234c32b-… is not in the account; the scenario answers for a contact that is.
 * - Blank and null values of the examples (`description: ""`, `callbackUrl: null`, `externalURL:
 *   null`, …) go through Extra Properties: the node never sends an empty field on its own.
 */
import type { IDataObject } from 'n8n-workflow';
import { YtelApi } from '../../credentials/YtelApi.credentials';
import { YtelVoice } from '../../nodes/Ytel/YtelVoice.node';
import { exampleBodyOf, idOf, rowFor, type CoverageScenario } from '../helpers/coverage';
import type { TestEnvironment } from '../helpers/engine';
import { rowsOf } from '../helpers/rows';
import type { YtelSim } from '../helpers/ytel-sim';
import { ytelCredentials } from './numbers-env';

export const voiceRoutingRows = rowsOf('Ytel', [
	['CPaaS API', 'Inbound Routing'],
	['CPaaS API', 'IVR'],
	['CPaaS API', 'Voicemail'],
	['CPaaS API', 'Transfer Presets'],
	['CPaaS API', 'Dispositions'],
	['CPaaS API', 'Scripts'],
]);
export const exampleBody = (name: string): IDataObject => exampleBodyOf(rowFor(voiceRoutingRows, { row: name }));
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** The `ytelVoice` node with the real ytelApi credential against the simulator; `overrides` change the credential. */
export function voiceRoutingEnvironment(sim: YtelSim, overrides: IDataObject = {}): TestEnvironment {
	return { nodeTypes: { ytelVoice: new YtelVoice() }, credentialTypes: { ytelApi: new YtelApi() }, credentials: { ytelApi: ytelCredentials(sim, overrides) } };
}

/** Seeded by the simulator (INFERRED records, see voice-routing.js) or by the part-1 examples. */
export const SEEDED = {
	contact: 'da54d682-4d48-4f13-a4ee-07c850c05bb8',
	voicemailNumber: '+19495551000',
	voicemailIds: ['7c1e0a10-2b7d-11ec-9621-0242ac130002', '7c1e1a10-2b7d-11ec-9621-0242ac130002'],
	script: '0b7f3c10-5e2a-11ec-8d3d-0242ac130003',
	ivr: 'new-ivr',
	archivedIvr: 'ff',
	preset: { groupId: 'wg2', type: 'workgroup', destination: '+12223335555' },
};

/** A route tag made through the API, so a scenario names its own. */
export async function newRouteTag(sim: YtelSim, routeTag: string): Promise<string> {
	await sim.api('POST', '/v4/route/tag', { routeTag, description: routeTag, distributionType: '1' });
	return routeTag;
}
export async function newScript(sim: YtelSim, name = 'Coverage script'): Promise<string> {
	const response = await sim.api('POST', '/v4/scriptadmin', { name, questions: [{ question: 'How are you?' }] });
	return String((response.body as { payload: IDataObject[] }).payload[0].scriptId);
}

const record = (output: IDataObject[], expected: IDataObject) => {
	expect(output).toHaveLength(1);
	expect(output[0]).toMatchObject(expected);
};

/** IVR fields written from an IVR example body (accountSid left out: a placeholder). */
function ivrParameters(name: string): IDataObject {
	const body = exampleBody(name);
	const { play, description, ...configuration } = body.configurationOptions as IDataObject;
	return {
		menus: JSON.stringify(body.menus),
		configurationOptions: configuration,
		ivrOptions: { version: body.version, extraProperties: JSON.stringify({ configurationOptions: { play, description } }) },
	};
}
const ivrBody = (name: string) => {
	const { accountSid: _placeholder, ...body } = exampleBody(name);
	return body;
};

/** Script fields written from a script example body. */
function scriptParameters(name: string): IDataObject {
	const body = exampleBody(name);
	return { name: body.name, questions: JSON.stringify(body.questions, null, 2), scriptOptions: { extraProperties: JSON.stringify({ externalURL: body.externalURL }) } };
}

/** Disposition fields written from a disposition example body. */
function dispositionParameters(name: string): IDataObject {
	const body = exampleBody(name);
	return {
		dispositionFields: { description: body.description, tags: (body.tags as string[]).join(', '), direction: body.direction },
		triggeredCampaignId: byId(String(body.triggeredCampaignId)),
	};
}

export type VoiceRoutingScenario = CoverageScenario<YtelSim>;
type Scenario = VoiceRoutingScenario;
const routeTagPath = (parameters: IDataObject) => ({ routeTag: idOf(parameters.routeTag) });
const ivrPath = (parameters: IDataObject) => ({ ivrName: idOf(parameters.ivrName) });
const scriptPath = (parameters: IDataObject) => ({ scriptId: idOf(parameters.scriptId) });
const keyPath = (parameters: IDataObject) => ({ key: idOf(parameters.dispositionKey) });
const voicemailPath = (parameters: IDataObject) => ({ phoneNumber: idOf(parameters.phoneNumber) });
const voicemailRecordPath = (parameters: IDataObject) => ({ phoneNumber: idOf(parameters.phoneNumber), recordId: String(parameters.recordId) });

export const voiceRoutingScenarios: Scenario[] = [
	// ------------------------------------------------------------ Route tags
	{
		row: 'Get all RouteTags',
		parameters: { resource: 'routeTag', operation: 'getAll', returnAll: true },
		check: (output) => expect(output.map((entry) => entry.routeTag)).toEqual(expect.arrayContaining(['Xmas route', 'callTest', 'ERER'])),
	},
	{
		row: 'Get RouteTag',
		path: routeTagPath,
		parameters: { resource: 'routeTag', operation: 'get', routeTag: byId('Xmas route') },
		check: (output) => record(output, { routeTag: 'Xmas route' }),
	},
	{
		row: 'Delete RouteTag',
		path: routeTagPath,
		parameters: async (sim) => ({ resource: 'routeTag', operation: 'delete', routeTag: byId(await newRouteTag(sim, 'to be deleted')) }),
		check: (output) => record(output, { routeTag: 'to be deleted' }),
	},
	{
		row: 'Add RouteTag',
		parameters: () => {
			const { routeTag, description, distributionType } = exampleBody('Add RouteTag');
			return Promise.resolve({ resource: 'routeTag', operation: 'create', newRouteTag: routeTag, routeTagFields: { description, distributionType } });
		},
		body: () => exampleBody('Add RouteTag'),
		check: (output) => record(output, { routeTag: 'buffalo', distributionType: '2' }),
	},
	{
		row: 'Update RouteTag',
		parameters: () => {
			const { routeTag, description, distributionType } = exampleBody('Update RouteTag');
			return Promise.resolve({ resource: 'routeTag', operation: 'update', routeTag: byId(String(routeTag)), routeTagFields: { description, distributionType } });
		},
		body: () => exampleBody('Update RouteTag'),
		check: (output) => record(output, { routeTag: 'Xmas route', description: 'Christmas sms list' }),
	},
	{
		row: 'Assign RouteTag to number(s)',
		parameters: async (sim) => {
			const { phoneNumbers, routeTag } = exampleBody('Assign RouteTag to number(s)');
			return { resource: 'routeTag', operation: 'assignToNumbers', phoneNumbers: (phoneNumbers as string[]).join(', '), routeTag: byId(await newRouteTag(sim, String(routeTag))) };
		},
		body: () => exampleBody('Assign RouteTag to number(s)'),
		check: (output) => record(output, { phoneNumber: '+15553497775', routeTag: 'buffalo' }),
	},
	{
		row: 'Delete RouteTag from number(s)',
		parameters: () => Promise.resolve({ resource: 'routeTag', operation: 'removeFromNumbers', phoneNumbers: (exampleBody('Delete RouteTag from number(s)').phoneNumbers as string[]).join(', ') }),
		body: () => exampleBody('Delete RouteTag from number(s)'),
		check: (output) => record(output, { phoneNumber: '+15553497775', routeTag: null }),
	},
	// ------------------------------------------------------------ Route destinations
	{
		row: 'Get RouteDest for routeTag',
		path: routeTagPath,
		parameters: { resource: 'routeDestination', operation: 'getAllOfRouteTag', routeTag: byId('callTest'), returnAll: true },
		check: (output) => expect(output.map((entry) => [entry.routeTag, entry.dest])).toEqual([['callTest', 'callTestXml']]),
	},
	{
		row: 'Delete RouteDest',
		parameters: () => {
			const { routeTag, srcType, dest, destType } = exampleBody('Delete RouteDest');
			return Promise.resolve({ resource: 'routeDestination', operation: 'delete', routeTag: byId(String(routeTag)), srcType, dest, destType });
		},
		body: () => exampleBody('Delete RouteDest'),
		check: (output) => record(output, { routeTag: 'ERER', dest: '+15554717204' }),
	},
	{
		row: 'Get all RouteDest for account',
		parameters: { resource: 'routeDestination', operation: 'getAll', returnAll: true },
		check: (output) => expect(output.map((entry) => entry.routeTag).sort()).toEqual(['ERER', 'callTest']),
	},
	{
		row: 'Get RouteDest Single Entry',
		// The four segments; the destination's `+` is encoded.
		path: (parameters) => ({ routeTag: idOf(parameters.routeTag), sourceType: String(parameters.srcType), destination: String(parameters.dest), destinationType: String(parameters.destType) }),
		parameters: { resource: 'routeDestination', operation: 'get', routeTag: byId('ERER'), srcType: 'sms', dest: '+15554717204', destType: 'call-relay' },
		check: (output) => record(output, { routeTag: 'ERER', srcType: 'sms', dest: '+15554717204', destType: 'call-relay' }),
	},
	{
		row: 'Add RouteDest',
		parameters: async (sim) => {
			const body = exampleBody('Add RouteDest');
			return {
				resource: 'routeDestination',
				operation: 'create',
				routeTag: byId(await newRouteTag(sim, String(body.routeTag))),
				srcType: body.scrType,
				dest: body.dest,
				destType: body.destType,
				routeDestinationFields: {
					name: body.name,
					distributionType: body.distributionType,
					priority: body.priority,
					ruleSetId: body.ruleSetId,
					status: body.status,
					extraProperties: JSON.stringify({ description: body.description, callbackUrl: body.callbackUrl, options: body.options, applyTags: body.applyTags }),
				},
			};
		},
		body: () => {
			const { scrType, ...body } = exampleBody('Add RouteDest');
			return { ...body, srcType: scrType };
		},
		check: (output) => record(output, { routeTag: 'buffalo', srcType: 'sms', dest: 'chip', destType: 'inbox', name: 'buffalo to inbox' }),
	},
	{
		row: 'Update RouteDest',
		parameters: () => {
			const body = exampleBody('Update RouteDest');
			return Promise.resolve({
				resource: 'routeDestination',
				operation: 'update',
				routeTag: byId(String(body.routeTag)),
				srcType: body.srcType,
				dest: body.dest,
				destType: body.destType,
				routeDestinationFields: {
					name: body.name,
					description: body.description,
					distributionType: body.distributionType,
					priority: body.priority,
					ruleSetId: body.ruleSetId,
					status: body.status,
					callXml: (body.options as IDataObject).callXml,
					extraProperties: JSON.stringify({ accountSid: body.accountSid, created: body.created, callbackUrl: body.callbackUrl, applyTags: body.applyTags }),
				},
			});
		},
		body: () => exampleBody('Update RouteDest'),
		check: (output) => record(output, { routeTag: 'callTest', name: 'Test inbound call xml', options: { callXml: expect.stringContaining('<Play>') } }),
	},
	// ------------------------------------------------------------ IVR (no /v4)
	{
		row: 'Get IVRs',
		parameters: { resource: 'ivr', operation: 'getAll', returnAll: true },
		check: (output) => expect(output.map((entry) => entry.ivrName)).toEqual([SEEDED.ivr]),
	},
	{
		row: 'Delete IVR',
		path: ivrPath,
		parameters: { resource: 'ivr', operation: 'delete', ivrName: byId(SEEDED.ivr) },
		check: (output) => record(output, { ivrName: SEEDED.ivr }),
	},
	{
		row: 'Get IVR Archives',
		path: ivrPath,
		parameters: { resource: 'ivr', operation: 'getArchived', ivrName: byId(SEEDED.archivedIvr), returnAll: true },
		check: (output) => record(output, { ivrName: SEEDED.archivedIvr, version: 1 }),
	},
	{
		row: 'Create IVR',
		parameters: () => Promise.resolve({ resource: 'ivr', operation: 'create', newIvrName: exampleBody('Create IVR').ivrName, ...ivrParameters('Create IVR') }),
		body: () => ivrBody('Create IVR'),
		check: (output) => record(output, { ivrName: 'ff', version: 1, menus: [expect.objectContaining({ menuId: 'ff', entry: true })] }),
	},
	{
		row: 'Update IVR',
		path: ivrPath,
		parameters: async (sim) => {
			const body = ivrBody('Update IVR');
			await sim.api('POST', '/ivr', body);
			return { resource: 'ivr', operation: 'update', ivrName: byId(String(body.ivrName)), ...ivrParameters('Update IVR') };
		},
		body: () => ivrBody('Update IVR'),
		check: (output) => record(output, { ivrName: 'ff', configurationOptions: { ttsVoice: 'de-de-premium-female-2' } }),
	},
	// ------------------------------------------------------------ Dispositions
	{
		row: 'Get Dispositions',
		parameters: { resource: 'disposition', operation: 'getAll', returnAll: true },
		check: (output) => expect(output.map((entry) => entry.key)).toEqual(['no_answer']),
	},
	{
		row: 'Create Disposition',
		parameters: () => Promise.resolve({ resource: 'disposition', operation: 'create', key: exampleBody('Create Disposition').key, ...dispositionParameters('Create Disposition') }),
		body: () => exampleBody('Create Disposition'),
		check: (output) => record(output, { key: 'major_sale', tags: ['human', 'sale'] }),
	},
	{
		row: 'Edit Disposition',
		path: keyPath,
		parameters: async (sim) => {
			const body = exampleBody('Edit Disposition');
			await sim.api('POST', '/v4/disposition', { key: body.key, description: 'Sale' });
			return { resource: 'disposition', operation: 'update', dispositionKey: byId(String(body.key)), ...dispositionParameters('Edit Disposition') };
		},
		body: () => exampleBody('Edit Disposition'),
		check: (output) => record(output, { key: 'major_sale', description: 'Major Sale', triggeredCampaignId: 'c0b13242-777d-4e89-b9b2-fb5c14a1bbcf' }),
	},
	{
		row: 'Delete Disposition',
		path: keyPath,
		parameters: async (sim) => {
			await sim.api('POST', '/v4/disposition', { key: 'old_outcome' });
			return { resource: 'disposition', operation: 'delete', dispositionKey: byId('old_outcome') };
		},
		check: (output) => record(output, { key: 'old_outcome' }),
	},
	// ------------------------------------------------------------ Scripts
	{
		row: 'Get Scripts',
		parameters: { resource: 'script', operation: 'getAll', returnAll: true },
		check: (output) => expect(output.map((entry) => entry.scriptId)).toEqual([SEEDED.script]),
	},
	{
		row: 'Get Script by Id',
		path: scriptPath,
		parameters: { resource: 'script', operation: 'get', scriptId: byId(SEEDED.script) },
		check: (output) => record(output, { scriptId: SEEDED.script, name: 'Greeting script' }),
	},
	{
		row: 'Create Script',
		parameters: () => Promise.resolve({ resource: 'script', operation: 'create', ...scriptParameters('Create Script') }),
		body: () => exampleBody('Create Script'),
		check: (output) => record(output, { scriptId: expect.any(String), name: 'My First Script' }),
	},
	{
		row: 'Edit Script',
		path: scriptPath,
		parameters: async (sim) => ({ resource: 'script', operation: 'update', scriptId: byId(await newScript(sim)), ...scriptParameters('Edit Script') }),
		body: () => exampleBody('Edit Script'),
		check: (output, _request, parameters) => record(output, { scriptId: idOf(parameters.scriptId), name: 'My First Saved Script' }),
	},
	{
		row: 'Delete script',
		path: scriptPath,
		parameters: async (sim) => ({ resource: 'script', operation: 'delete', scriptId: byId(await newScript(sim, 'Old script')) }),
		check: (output) => record(output, { name: 'Old script' }),
	},
	{
		row: 'Get Script for Contact',
		path: scriptPath,
		parameters: { resource: 'script', operation: 'getForContact', scriptId: byId(SEEDED.script), contactId: byId(SEEDED.contact) },
		query: { contactId: SEEDED.contact },
		// The contact's first name (Roy) filled into the question.
		check: (output) => record(output, { contactId: SEEDED.contact, questions: [expect.objectContaining({ question: 'Hi Roy, how can I help you today?' })] }),
	},
	{
		row: 'Get Script for Contact Copy',
		path: scriptPath,
		parameters: () => {
			const responses = exampleBody('Get Script for Contact Copy').responses as IDataObject;
			return Promise.resolve({
				resource: 'script',
				operation: 'submitAnswers',
				scriptId: byId(SEEDED.script),
				contactId: byId(SEEDED.contact),
				responses: { pair: Object.entries(responses).map(([name, value]) => ({ name, value })) },
			});
		},
		body: () => ({ ...exampleBody('Get Script for Contact Copy'), contactId: SEEDED.contact }),
		check: (output) => record(output, { scriptId: SEEDED.script, contactId: SEEDED.contact, responses: { rating: '7' } }),
	},
	// ------------------------------------------------------------ Voicemail
	{
		row: 'Get Voicemails',
		path: voicemailPath,
		parameters: { resource: 'voicemail', operation: 'getAll', phoneNumber: byId(SEEDED.voicemailNumber), returnAll: true },
		check: (output) => expect(output.map((entry) => entry.recordId).sort()).toEqual(SEEDED.voicemailIds),
	},
	{
		row: 'Get Voicemails for Number',
		path: { phoneNumber: SEEDED.voicemailNumber },
		// Typed with spaces and dashes: sent in E.164.
		parameters: { resource: 'voicemail', operation: 'getAll', phoneNumber: byId('+1 949-555-1000'), limit: 1 },
		check: (output) => expect(output).toHaveLength(1),
	},
	{
		row: 'Get Voicemail for Number and Record',
		path: voicemailRecordPath,
		parameters: { resource: 'voicemail', operation: 'get', phoneNumber: byId(SEEDED.voicemailNumber), recordId: SEEDED.voicemailIds[0] },
		check: (output) => record(output, { recordId: SEEDED.voicemailIds[0], status: 0 }),
	},
	{
		row: 'Get Voicemail for Number and Record Copy',
		path: voicemailRecordPath,
		parameters: { resource: 'voicemail', operation: 'updateStatus', phoneNumber: byId(SEEDED.voicemailNumber), recordId: SEEDED.voicemailIds[1], voicemailStatus: 1 },
		body: () => exampleBody('Get Voicemail for Number and Record Copy'),
		check: (output) => record(output, { recordId: SEEDED.voicemailIds[1], status: 1 }),
	},
	// ------------------------------------------------------------ Transfer presets
	{
		row: 'Create Transfer Preset',
		parameters: () => Promise.resolve({ resource: 'transferPreset', operation: 'create', ...exampleBody('Create Transfer Preset') }),
		body: () => exampleBody('Create Transfer Preset'),
		check: (output) => record(output, exampleBody('Create Transfer Preset')),
	},
	{
		row: 'Delete Transfer Preset',
		path: (parameters) => ({ groupId: String(parameters.groupId), type: String(parameters.presetType), destination: String(parameters.destination) }),
		parameters: { resource: 'transferPreset', operation: 'delete', groupId: SEEDED.preset.groupId, presetType: SEEDED.preset.type, destination: SEEDED.preset.destination },
		check: (output) => record(output, { groupId: SEEDED.preset.groupId, destination: SEEDED.preset.destination }),
	},
	{
		row: 'Get Transfer Presets',
		parameters: { resource: 'transferPreset', operation: 'getAll', returnAll: true },
		check: (output) => expect(output.map((entry) => entry.groupId)).toEqual([SEEDED.preset.groupId]),
	},
	{
		row: 'Get Transfer Preset By Group',
		path: (parameters) => ({ groupId: String(parameters.groupId) }),
		parameters: { resource: 'transferPreset', operation: 'getAllOfGroup', groupId: SEEDED.preset.groupId, returnAll: true },
		check: (output) => expect(output.map((entry) => entry.destination)).toEqual([SEEDED.preset.destination]),
	},
];
