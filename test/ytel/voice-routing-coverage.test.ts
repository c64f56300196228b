/**
 * Every request of the Ytel collection's Inbound Routing, IVR, Voicemail, Transfer Presets,
 * Dispositions and Scripts folders (37) executed by the `ytelVoice` node through n8n-core's engine
 * against the Ytel simulator, with the ytelApi credential (a real token exchange): each matched to
 * its row by method, full path with its id values, the raw query and the exact body written from
 * the collection's example (the documented changes are listed in voice-routing-scenarios.ts).
 * Then bad input (phone numbers not in E.164, ids with `/`, `.`, `..`, JSON fields), secrets,
 * pickers and the size of the node's description.
 */
import type { IDataObject } from 'n8n-workflow';
import { YtelVoice } from '../../nodes/Ytel/YtelVoice.node';
import { loadOptionsContext, runNode, type TestEnvironment } from '../helpers/engine';
import { describeYtelCoverage, expectRefusedBeforeSending, resetYtelStateBeforeEach, ytelApiRequests, ytelNode } from '../helpers/ytel-coverage';
import { useYtelSim } from '../helpers/ytel-sim';

import { byId, newRouteTag, newScript, SEEDED, voiceRoutingEnvironment, voiceRoutingRows as rows, voiceRoutingScenarios as scenarios } from './voice-routing-scenarios';

const sim = useYtelSim();

const environment = (overrides: IDataObject = {}): TestEnvironment => voiceRoutingEnvironment(sim, overrides);
const node = (parameters: IDataObject) => ytelNode('ytelVoice', parameters);

const apiRequests = () => ytelApiRequests(sim);

resetYtelStateBeforeEach();

describeYtelCoverage({
	title: 'Ytel Voice: every routing, IVR, voicemail, transfer preset, disposition and script request through the engine',
	label: 'ytelVoice (routing, IVR, voicemail, presets, dispositions, scripts)',
	nodeType: 'ytelVoice',
	sim,
	rows,
	rowCount: 37,
	scenarios,
	environment,
});

describe('Ytel Voice (routing): bad input is refused before anything is sent', () => {
	const refused = (parameters: IDataObject) => expectRefusedBeforeSending(sim, environment(), node(parameters));

	it('a voicemail number not in E.164 is refused, naming the field', async () => {
		// From the list or an expression: the node's own check.
		const result = await refused({ resource: 'voicemail', operation: 'getAll', phoneNumber: { __rl: true, mode: 'list', value: '949-555-1000' }, returnAll: true });
		expect(result.error?.message).toBe('"Number" must be a phone number in E.164 format, e.g. +14155550123');
		// Typed by ID: n8n's check of the field's pattern stops it first.
		const typed = await refused({ resource: 'voicemail', operation: 'getAll', phoneNumber: byId('949-555-1000'), returnAll: true });
		expect(typed.error?.message).toMatch(/Enter a number in E\.164 format/);
	});

	it('a number of a route tag assignment not in E.164 is refused, naming the field and the entry', async () => {
		const result = await refused({ resource: 'routeTag', operation: 'assignToNumbers', phoneNumbers: '+15553497775, 5553497776', routeTag: byId('callTest') });
		expect(result.error?.message).toBe('"Phone Numbers" entry 2 ("5553497776") must be a phone number in E.164 format, e.g. +14155550123');
	});

	it('numbers and a number set together are refused; neither too', async () => {
		const both = await refused({ resource: 'routeTag', operation: 'removeFromNumbers', phoneNumbers: '+15553497775', numberSetId: byId('b33f7d40-0000-11eb-0000-000000000000') });
		expect(both.error?.message).toBe('Fill either "Phone Numbers" or "Number Set", not both');
		const neither = await refused({ resource: 'routeTag', operation: 'removeFromNumbers' });
		expect(neither.error?.message).toBe('Fill "Phone Numbers" or "Number Set"');
	});

	it.each(['.', '..'])('a route tag "%s" is refused by name', async (id) => {
		const result = await refused({ resource: 'routeTag', operation: 'get', routeTag: byId(id) });
		expect(result.error?.message).toBe(`"Route Tag" cannot be "${id}"`);
	});

	it.each(['.', '..'])('an IVR "%s" is refused by name', async (id) => {
		const result = await refused({ resource: 'ivr', operation: 'delete', ivrName: byId(id) });
		expect(result.error?.message).toBe(`"IVR" cannot be "${id}"`);
	});

	it.each([
		['a route tag', { resource: 'routeTag', operation: 'get', routeTag: byId('a/../b') }, '/v4/route/tag/a%2F..%2Fb'],
		['an IVR', { resource: 'ivr', operation: 'getArchived', ivrName: byId('a/../b'), returnAll: true }, '/ivr/a%2F..%2Fb/archived'],
		['a script', { resource: 'script', operation: 'get', scriptId: byId('a/b') }, '/v4/scriptadmin/a%2Fb'],
		['a voicemail', { resource: 'voicemail', operation: 'get', phoneNumber: byId(SEEDED.voicemailNumber), recordId: 'x/../y' }, '/v4/voicemail/%2B19495551000/x%2F..%2Fy'],
		['a route destination', { resource: 'routeDestination', operation: 'get', routeTag: byId('ERER'), srcType: 'sms', dest: 'a/b', destType: 'inbox' }, '/v4/route/dest/ERER/sms/a%2Fb/inbox'],
	])('%s ID with "/" stays one path segment', async (_what, parameters, path) => {
		await sim.clearLog();
		const result = await runNode(environment(), node(parameters), [{}]);
		expect((await apiRequests()).map((request) => request.path)).toEqual([path]);
		// Ytel's answer: no such record (HTTP 200, status false).
		expect(result.error?.message).toMatch(/^Ytel error \(HTTP 200, code 404\)/);
	});

	it('IVR menus that are not JSON, or not a list, are refused by name', async () => {
		const notJson = await refused({ resource: 'ivr', operation: 'create', newIvrName: 'x', menus: '[{"menuId":' });
		expect(notJson.error?.message).toBe('"Menus (JSON)" is not valid JSON');
		const notList = await refused({ resource: 'ivr', operation: 'create', newIvrName: 'x', menus: '{"menuId": "Main"}' });
		expect(notList.error?.message).toBe('"Menus (JSON)" must be a JSON array');
		const blank = await refused({ resource: 'ivr', operation: 'create', newIvrName: 'x', menus: ' ' });
		expect(blank.error?.message).toBe('"Menus (JSON)" is required');
	});

	it('script questions that are not JSON are refused by name', async () => {
		const result = await refused({ resource: 'script', operation: 'create', name: 'S', questions: 'question 1' });
		expect(result.error?.message).toBe('"Questions (JSON)" is not valid JSON');
	});

	it('a disposition update sends only the fields added (a default disposition takes only a triggered campaign)', async () => {
		await sim.clearLog();
		const result = await runNode(
			environment(),
			node({ resource: 'disposition', operation: 'update', dispositionKey: byId('no_answer'), triggeredCampaignId: byId('c0b13242-777d-4e89-b9b2-fb5c14a1bbcf') }),
			[{}],
		);
		expect(result.error).toBeUndefined();
		expect((await apiRequests()).map((request) => request.body)).toEqual([{ key: 'no_answer', triggeredCampaignId: 'c0b13242-777d-4e89-b9b2-fb5c14a1bbcf' }]);
	});

	it('a route tag assigned to a number set sends the set, not numbers', async () => {
		await sim.clearLog();
		const setId = 'b33f7d40-0000-11eb-0000-000000000000';
		await runNode(environment(), node({ resource: 'routeTag', operation: 'assignToNumbers', numberSetId: byId(setId), routeTag: byId('callTest') }), [{}]);
		expect((await apiRequests()).map((request) => request.body)).toEqual([{ numberSetId: setId, routeTag: 'callTest' }]);
	});
});

describe('Ytel Voice (routing): pickers', () => {
	const methods = new YtelVoice().methods;
	const context = (parameters: IDataObject) => loadOptionsContext(environment(), node(parameters));

	it('route tags, searchable by name and description', async () => {
		await newRouteTag(sim, 'Spring promo');
		const found = await methods.listSearch.searchRouteTags.call(context({ resource: 'routeTag', operation: 'get' }), 'spring');
		expect(found.results).toEqual([{ name: 'Spring promo (Spring promo)', value: 'Spring promo' }]);
	});

	it('IVRs (read from /ivr), scripts by name, dispositions by key', async () => {
		const scriptId = await newScript(sim, 'Picker script');
		const ctx = context({ resource: 'ivr', operation: 'delete' });
		expect((await methods.listSearch.searchIvrs.call(ctx)).results).toEqual([{ name: SEEDED.ivr, value: SEEDED.ivr }]);
		expect((await methods.listSearch.searchScripts.call(ctx, 'picker')).results).toEqual([{ name: 'Picker script', value: scriptId }]);
		expect((await methods.listSearch.searchDispositions.call(ctx)).results).toEqual([{ name: 'no_answer (No Answer)', value: 'no_answer' }]);
	});
});

describe('Ytel Voice: description', () => {
	it('stays within the 200 KB budget', () => {
		const size = Buffer.byteLength(JSON.stringify(new YtelVoice().description), 'utf8');
		console.log(`Ytel ytelVoice description size: ${(size / 1024).toFixed(1)} KB`);
		expect(size).toBeLessThanOrEqual(200 * 1024);
	});
});
