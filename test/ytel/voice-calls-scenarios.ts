/**
 * One scenario per HTTP request of the Ytel collection's Call (7), Conference (12) and Live List
 * (8) folders, run by the `ytelVoice` node: shared by the engine suite (voice-calls-coverage.test.ts)
 * and, once wired, the real-n8n suite. The Live List folder's ninth row, the websocket
 * (`HEAD wss://…/ws/livelist`), is not HTTP: no operation, no scenario.
 *
 * Expected bodies: the collection's example with its `{{placeholders}}` filled; Add member to
 * conference and AudioMapping have no JSON example (comments, bare placeholders): their bodies are
 * the documented fields (the row's body fields), with values chosen here.
 */
import type { IDataObject } from 'n8n-workflow';
import { YtelApi } from '../../credentials/YtelApi.credentials';
import { YtelVoice } from '../../nodes/Ytel/YtelVoice.node';
import { exampleBodyOf, idOf, rowFor, type CoverageScenario } from '../helpers/coverage';
import type { TestEnvironment } from '../helpers/engine';
import { rowsOf, type EndpointRow } from '../helpers/rows';
import type { YtelSim } from '../helpers/ytel-sim';
import { ytelCredentials } from './numbers-env';

/** The rows in scope: HTTP requests only (the websocket row is left out on purpose). */
export const voiceCallsRows: EndpointRow[] = rowsOf('Ytel', [
	['CPaaS API', 'Call'],
	['CPaaS API', 'Conference'],
	['CPaaS API', 'Live List'],
]).filter((row) => !(row as EndpointRow & { host: string }).host.startsWith('wss://'));
export const WEBSOCKET_ROW = 'Websocket livelist notification';

export const exampleBody = (name: string): IDataObject => exampleBodyOf(rowFor(voiceCallsRows, { row: name }));
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** The `ytelVoice` node with the real ytelApi credential against the simulator. */
export function voiceEnvironment(sim: YtelSim, overrides: IDataObject = {}): TestEnvironment {
	return { nodeTypes: { ytelVoice: new YtelVoice() }, credentialTypes: { ytelApi: new YtelApi() }, credentials: { ytelApi: ytelCredentials(sim, overrides) } };
}

/** Seeded by the simulator (voice-calls.js): the Get Live Calls example's calls, a conference, two live lists. */
export const EXAMPLE_LIVE_CALLS = ['3a0197cd-8799-4aaa-b06a-3d73466739a2', 'b8967e80-b4a8-11ee-85e6-9d409c3ff1e6'];
export const SEEDED_CONFERENCE = '6f1d2c40-9b1e-11ee-8c90-0242ac120002';
export const EXAMPLE_CONTACT = 'da54d682-4d48-4f13-a4ee-07c850c05bb8';

/** The values the saved Make Call example was sent with, for the collection's `{{placeholders}}`. */
const CALL_VALUES: Record<string, string> = {
	'{{fromnumber}}': '+19495061234',
	'{{tonumber}}': '+19492221234',
	'{{xmlurl}}': 'https://customapps.ytel.com/m360/examples/welcome/index.php',
	'{{callbackurl}}': 'https://test.com',
};

/** A copy of `body` with every `{{placeholder}}` string replaced from `values` (an unknown one fails the test). */
export function filled(body: IDataObject, values: Record<string, string>): IDataObject {
	const text = JSON.stringify(body).replace(/\{\{\w+\}\}/g, (placeholder) => {
		if (!(placeholder in values)) throw new Error(`no value for ${placeholder}`);
		return values[placeholder];
	});
	return JSON.parse(text) as IDataObject;
}

/** A call in progress, so every call scenario names its own call. */
export async function newCall(sim: YtelSim): Promise<string> {
	const response = await sim.api('POST', '/v4/call', { from: '+19495061234', to: '+19492221234', url: 'https://example.com/call.xml' });
	return String((response.body as { payload: IDataObject[] }).payload[0].callSid);
}

async function conferenceMembers(sim: YtelSim): Promise<IDataObject[]> {
	const response = await sim.api('GET', `/v4/conference/${SEEDED_CONFERENCE}/member`);
	return (response.body as { payload: Array<{ members: IDataObject[] }> }).payload[0].members;
}

export type VoiceScenario = CoverageScenario<YtelSim>;
const sentToCall = (output: IDataObject[]) => expect(output).toEqual([{ sentToCall: true }]);
const callPath = (parameters: IDataObject) => ({ callSid: idOf(parameters.callSid) });
const conferencePath = (parameters: IDataObject) => ({ confId: String(parameters.confId) });
const memberPath = (parameters: IDataObject) => ({ confId: String(parameters.confId), memberId: idOf(parameters.memberId) });
const listPath = (parameters: IDataObject) => ({ name: idOf(parameters.listName) });
const onCall = (operation: string, extra: IDataObject = {}) => async (sim: YtelSim) => ({ resource: 'call', operation, callSid: byId(await newCall(sim)), ...extra });
const onMember = (operation: string, memberId = '2') => ({ resource: 'conference', operation, confId: SEEDED_CONFERENCE, memberId: byId(memberId) });
const onList = (operation: string, listName = 'myFirstList', extra: IDataObject = {}) => ({ resource: 'liveList', operation, listName: byId(listName), ...extra });

/** A member action: conference and member in the path, no body, `{sentToCall: true}` back. */
const memberScenario = (row: string, operation: string): VoiceScenario => ({ row, path: memberPath, parameters: onMember(operation), check: sentToCall });

const ADD_MEMBER_BODY = { from: '+19495061234', to: '+19492221234', confId: SEEDED_CONFERENCE, mute: true, deaf: false, noSpeakToList: ['1'] };

export const voiceCallsScenarios: VoiceScenario[] = [
	// ------------------------------------------------------------ Call
	{
		row: 'Make Call',
		parameters: () => {
			const body = filled(exampleBody('Make Call'), CALL_VALUES);
			const metadata = Object.entries(body.metadata as IDataObject).map(([name, value]) => ({ name, value }));
			return Promise.resolve({
				resource: 'call',
				operation: 'make',
				to: body.to,
				from: body.from,
				url: body.url,
				callOptions: { statusCallbackUrl: body.statusCallbackUrl, metadata: { pair: metadata } },
			});
		},
		body: () => filled(exampleBody('Make Call'), CALL_VALUES),
		check: (output) => expect(output).toEqual([{ callSid: expect.stringMatching(/^[0-9a-f-]{36}$/), createdTime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/) }]),
	},
	{
		row: 'Make Group Call',
		parameters: () => {
			const body = exampleBody('Make Group Call');
			return Promise.resolve({ resource: 'call', operation: 'makeGroup', groupTo: (body.to as string[]).join(', '), from: body.from, url: body.url });
		},
		body: () => exampleBody('Make Group Call'),
		check: (output) => expect(output.map((entry) => entry.to)).toEqual(exampleBody('Make Group Call').to),
	},
	{
		row: 'Send digit',
		path: callPath,
		parameters: onCall('sendDigits', { playDtmf: exampleBody('Send digit').playDtmf }),
		body: () => exampleBody('Send digit'),
		check: sentToCall,
	},
	{
		row: 'Record Call',
		path: callPath,
		parameters: (sim) => {
			const body = exampleBody('Record Call');
			return onCall('record', {
				timeLimit: Number(body.timeLimit),
				callbackUrl: body.callbackUrl,
				direction: body.direction,
				fileFormat: body.fileFormat,
				recordOptions: { stopRecordingOnKey: body.stopRecordingOnKey },
			})(sim);
		},
		body: () => exampleBody('Record Call'),
		check: sentToCall,
	},
	{
		row: 'Play Audio',
		path: callPath,
		parameters: onCall('play', { playSource: 'text', sayText: exampleBody('Play Audio').sayText }),
		body: () => exampleBody('Play Audio'),
		check: sentToCall,
	},
	{
		row: 'Interupt Call',
		path: callPath,
		parameters: (sim) => {
			const body = exampleBody('Interupt Call');
			return onCall('interrupt', { status: body.status, url: body.url, interruptOptions: { urlMethod: body.urlMethod } })(sim);
		},
		body: () => exampleBody('Interupt Call'),
		check: sentToCall,
	},
	{
		row: 'Get Live Calls',
		parameters: { resource: 'call', operation: 'getLive', returnAll: true },
		check: (output) => expect(output.map((entry) => entry.callSid)).toEqual(expect.arrayContaining(EXAMPLE_LIVE_CALLS)),
	},
	// ------------------------------------------------------------ Conference
	{
		row: 'List conference members',
		path: conferencePath,
		parameters: { resource: 'conference', operation: 'getMembers', confId: SEEDED_CONFERENCE },
		check: (output) => {
			expect(output).toHaveLength(1);
			expect(output[0]).toMatchObject({ confId: SEEDED_CONFERENCE });
			expect((output[0].members as IDataObject[]).map((member) => member.memberId)).toEqual([1, 2, 3]);
		},
	},
	memberScenario('Kick conference member', 'kick'),
	memberScenario('Hangup conference member', 'hangup'),
	memberScenario('Mute conference memeber', 'mute'),
	memberScenario('Un-mute conference member', 'unmute'),
	memberScenario('Deaf conference member', 'deafen'),
	memberScenario('Un-deaf conference member', 'undeafen'),
	memberScenario('Clear mute all', 'clearMutes'),
	{
		row: 'Play and leave conference',
		path: conferencePath,
		parameters: async (sim) => {
			const leaving = (await conferenceMembers(sim)).find((member) => member.memberId === 2)!;
			return { resource: 'conference', operation: 'playAndLeave', confId: SEEDED_CONFERENCE, audioUrl: 'https://example.com/goodbye.mp3', hangupCallSid: leaving.callSid };
		},
		body: (parameters) =>
			filled(exampleBody('Play and leave conference'), {
				'{{confId}}': SEEDED_CONFERENCE,
				'{{audioUrl}}': 'https://example.com/goodbye.mp3',
				'{{hangupCallSid}}': String(parameters.hangupCallSid),
			}),
		check: sentToCall,
	},
	{
		row: 'Add member to conference',
		path: conferencePath,
		parameters: {
			resource: 'conference',
			operation: 'addMember',
			confId: SEEDED_CONFERENCE,
			from: ADD_MEMBER_BODY.from,
			to: ADD_MEMBER_BODY.to,
			memberOptions: { mute: true, deaf: false, noSpeakToList: '1' },
		},
		body: () => ADD_MEMBER_BODY,
		check: (output) => expect(output).toEqual([{ callSid: expect.any(String), createdTime: expect.any(String) }]),
	},
	{
		row: 'Add listen only member',
		path: conferencePath,
		parameters: { resource: 'conference', operation: 'addListener', confId: SEEDED_CONFERENCE, from: '+19495061234', to: '+19492220000' },
		body: () => filled(exampleBody('Add listen only member'), { '{{account_phonenumber}}': '+19495061234', '{{destination_number}}': '+19492220000', '{{confId}}': SEEDED_CONFERENCE }),
		check: (output) => expect(output).toEqual([{ callSid: expect.any(String), createdTime: expect.any(String) }]),
	},
	{
		row: 'AudioMapping',
		path: conferencePath,
		parameters: {
			resource: 'conference',
			operation: 'mapAudio',
			confId: SEEDED_CONFERENCE,
			audioRules: { rule: [{ source: 1, destination: 2, linkType: 'nospeak' }, { source: 2, destination: 1, linkType: 'clear' }] },
		},
		body: () => [
			{ source: 1, destination: 2, linkType: 'nospeak' },
			{ source: 2, destination: 1, linkType: 'clear' },
		],
		check: sentToCall,
	},
	// ------------------------------------------------------------ Live List
	{
		row: 'Get User Live Lists',
		parameters: { resource: 'liveList', operation: 'getAll', returnAll: true },
		check: (output) => expect(output.map((entry) => entry.listName)).toEqual(['myFirstList', 'mySecondList']),
	},
	{
		// The same request as Get User Live Lists: Ytel answers an account owner or settings admin with every list.
		row: 'Get All Live Lists',
		parameters: { resource: 'liveList', operation: 'getAll', returnAll: false, limit: 1 },
		check: (output) => expect(output).toEqual([{ listName: 'myFirstList', clientIds: ['00000000-0000-0000-0000-000000000000'], queueSize: 3 }]),
	},
	{
		row: 'Preview Live List',
		path: listPath,
		parameters: onList('preview', 'myFirstList', { size: 2 }),
		query: { size: '2' },
		check: (output) => expect(output.map((entry) => entry.contactId)).toEqual(['1c9f8d21-6e3b-4a7f-8b62-3a4d5e6f7081', EXAMPLE_CONTACT]),
	},
	{
		row: 'Get Live List Next',
		path: listPath,
		parameters: onList('takeNext'),
		// The first queued contact has expired: the next one that has not comes out.
		check: (output) => expect(output).toEqual([expect.objectContaining({ contactId: EXAMPLE_CONTACT })]),
	},
	{
		row: 'Remove Live List Next',
		path: listPath,
		parameters: onList('removeNext'),
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	{
		row: 'Create Live List',
		parameters: () => {
			const body = exampleBody('Create Live List');
			return Promise.resolve({ resource: 'liveList', operation: 'create', newListName: body.listName, clientIds: (body.clientIds as string[]).join(', ') });
		},
		body: () => exampleBody('Create Live List'),
		check: (output) => expect(output).toEqual([{ ...exampleBody('Create Live List'), queueSize: 0 }]),
	},
	{
		row: 'Edit Live List',
		path: listPath,
		parameters: onList('update', 'mySecondList', { clientIds: (exampleBody('Edit Live List').clientIds as string[]).join(',') }),
		body: () => exampleBody('Edit Live List'),
		check: (output) => expect(output).toEqual([{ listName: 'mySecondList', ...exampleBody('Edit Live List'), queueSize: 0 }]),
	},
	{
		row: 'Delete Live List',
		path: listPath,
		parameters: onList('delete', 'mySecondList'),
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
];

export { ADD_MEMBER_BODY, rowFor };
