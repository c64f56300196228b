/**
 * Every HTTP request of the Ytel collection's Call (7), Conference (12) and Live List (8) folders
 * executed by the `ytelVoice` node through n8n-core's engine against the Ytel simulator, with the
 * ytelApi credential (a real token exchange): each matched to its row by method, full path with
 * its id values, the raw query and the exact body (voice-calls-scenarios.ts says where the bodies
 * come from). Then bad input (phone numbers not in E.164, ids with `/`, `.`, `..`, missing
 * one-of fields), pickers, secrets and the size of the node's description.
 */
import type { IDataObject } from 'n8n-workflow';
import { YtelVoice } from '../../nodes/Ytel/YtelVoice.node';
import { rowFor, type LoggedRequest } from '../helpers/coverage';
import { rowsOf } from '../helpers/rows';
import { loadOptionsContext, runNode, type TestEnvironment } from '../helpers/engine';
import { describeYtelCoverage, expectRefusedBeforeSending, resetYtelStateBeforeEach, ytelApiRequests, ytelNode } from '../helpers/ytel-coverage';
import { useYtelSim, YTEL_API_TOKEN } from '../helpers/ytel-sim';
import {
	ADD_MEMBER_BODY,
	byId,
	EXAMPLE_CONTACT,
	EXAMPLE_LIVE_CALLS,
	newCall,
	SEEDED_CONFERENCE,
	voiceCallsRows as rows,
	voiceCallsScenarios as scenarios,
	voiceEnvironment,
	WEBSOCKET_ROW,
} from './voice-calls-scenarios';

const sim = useYtelSim();

const environment = (overrides: IDataObject = {}): TestEnvironment => voiceEnvironment(sim, overrides);
const node = (parameters: IDataObject) => ytelNode('ytelVoice', parameters);

const apiRequests = () => ytelApiRequests(sim);

resetYtelStateBeforeEach();

describeYtelCoverage({
	title: 'Ytel Voice: every call, conference and live-list request through the engine',
	label: 'ytelVoice (calls, conferences, live lists)',
	nodeType: 'ytelVoice',
	sim,
	rows,
	rowCount: 27,
	scenarios,
	environment,
	rowsTitle: 'has one scenario for every HTTP row of those folders, and only those; the websocket row is not one',
	checkRows: () => {
		const folders = rowsOf('Ytel', [
			['CPaaS API', 'Call'],
			['CPaaS API', 'Conference'],
			['CPaaS API', 'Live List'],
		]);
		expect(folders.filter((row) => !rows.includes(row)).map((row) => `${row.method} ${row.name}`)).toEqual([`HEAD ${WEBSOCKET_ROW}`]);
	},
	moreTests: () => {
		it('bodies written from documented fields carry exactly the row’s fields (Add member to conference, AudioMapping)', () => {
			const fields = (name: string) => rowFor(rows, { row: name }).bodyFields.map((field) => field.name);
			expect(Object.keys(ADD_MEMBER_BODY).sort()).toEqual(fields('Add member to conference').sort());
			const audioScenario = scenarios.find((scenario) => scenario.row === 'AudioMapping')!;
			const audioBody = audioScenario.body!({}) as IDataObject[];
			expect([...new Set(audioBody.flatMap((rule) => Object.keys(rule).map((key) => `[].${key}`)))].sort()).toEqual(fields('AudioMapping').sort());
		});
	},
});

describe('Ytel Voice: bad input is refused before anything is sent', () => {
	const refused = (parameters: IDataObject) => expectRefusedBeforeSending(sim, environment(), node(parameters));
	const makeCall = (extra: IDataObject) => ({ resource: 'call', operation: 'make', to: '+19492221234', from: '+19495061234', url: 'https://example.com/call.xml', ...extra });

	it.each([
		['Make Call "To"', makeCall({ to: '949-222-1234' }), '"To" must be a phone number in E.164 format, e.g. +14155550123'],
		['Make Call "From"', makeCall({ from: '0049 30 1234' }), '"From" must be a phone number in E.164 format, e.g. +14155550123'],
		[
			'a group call’s second number',
			{ resource: 'call', operation: 'makeGroup', groupTo: '+17142221234, 555-1234', from: '+19495061234', url: 'https://example.com/call.xml' },
			'"To" entry 2 ("555-1234") must be a phone number in E.164 format, e.g. +14155550123',
		],
		['Add Member "To"', { resource: 'conference', operation: 'addMember', confId: SEEDED_CONFERENCE, to: '12345', from: '+19495061234' }, '"To" must be a phone number in E.164 format, e.g. +14155550123'],
		['Add Listener "From"', { resource: 'conference', operation: 'addListener', confId: SEEDED_CONFERENCE, to: '+19492221234', from: 'my number' }, '"From" must be a phone number in E.164 format, e.g. +14155550123'],
	])('a phone number not in E.164 is refused by name: %s', async (_name, parameters, message) => {
		const result = await refused(parameters);
		expect(result.error?.message).toBe(message);
	});

	it('Make Call needs the InboundXML URL', async () => {
		const result = await refused(makeCall({ url: '  ' }));
		expect(result.error?.message).toBe('"InboundXML URL" is required');
	});

	it('Make Call needs a recipient and a caller: names the fields', async () => {
		expect((await refused(makeCall({ to: '' }))).error?.message).toBe('Recipient: enter To or Contact');
		expect((await refused(makeCall({ from: '' }))).error?.message).toBe('Caller: enter From or Number Set ID');
	});

	it('audio rules: none, or a member ID that is not a whole number', async () => {
		const mapAudio = (rule: IDataObject[]) => ({ resource: 'conference', operation: 'mapAudio', confId: SEEDED_CONFERENCE, audioRules: { rule } });
		expect((await refused(mapAudio([]))).error?.message).toBe('"Audio Rules" needs at least one rule');
		expect((await refused(mapAudio([{ source: 1, destination: 2.5, linkType: 'nospeak' }]))).error?.message).toBe('"Audio Rules" rule 1: "To Member ID" must be a member ID (a whole number)');
	});

	it.each([
		['Call', { resource: 'call', operation: 'record', timeLimit: 10 }, 'callSid', true],
		['Conference ID', { resource: 'conference', operation: 'getMembers' }, 'confId', false],
		['Member', { resource: 'conference', operation: 'mute', confId: SEEDED_CONFERENCE }, 'memberId', true],
		['Live List', { resource: 'liveList', operation: 'preview' }, 'listName', true],
	])('"%s" of "." or ".." is refused by name', async (label, parameters, field, locator) => {
		for (const id of ['.', '..']) {
			const result = await refused({ ...parameters, [field]: locator ? byId(id) : id });
			expect(result.error?.message).toBe(`"${label}" cannot be "${id}"`);
		}
	});

	it.each([
		['a call', { resource: 'call', operation: 'record', timeLimit: 10, callSid: byId('a/../b') }, '/v4/call/record/a%2F..%2Fb'],
		['a conference', { resource: 'conference', operation: 'getMembers', confId: 'x/../y' }, '/v4/conference/x%2F..%2Fy/member'],
		['a member', { resource: 'conference', operation: 'kick', confId: SEEDED_CONFERENCE, memberId: byId('2/../1') }, `/v4/conference/${SEEDED_CONFERENCE}/member/2%2F..%2F1/kick`],
		['a live list', { resource: 'liveList', operation: 'takeNext', listName: byId('sales/west') }, '/v4/livelist/queue/sales%2Fwest'],
	])('an ID of %s with "/" stays one path segment', async (_name, parameters, path) => {
		await sim.clearLog();
		const result = await runNode(environment(), node(parameters), [{}]);
		expect((await apiRequests()).map((request) => request.path)).toEqual([path]);
		// Ytel's answer: no such record (HTTP 200, status false).
		expect(result.error?.message).toMatch(/^Ytel error \(HTTP 200, code 404\)/);
	});

	it('Record: the path is the clean one (the collection’s has a trailing space) and the time limit goes as text', async () => {
		const callSid = await newCall(sim);
		await sim.clearLog();
		const result = await runNode(environment(), node({ resource: 'call', operation: 'record', callSid: byId(`  ${callSid} `), timeLimit: 30 }), [{}]);
		expect(result.error).toBeUndefined();
		const sent = await apiRequests();
		expect(sent.map((request) => request.url)).toEqual([`/v4/call/record/${callSid}`]);
		expect(sent[0].body).toEqual({ timeLimit: '30', direction: 'both', fileFormat: 'mp3' });
	});

	it('Make Call to a contact: the contact ID goes in the body, Ytel dials their number', async () => {
		await sim.clearLog();
		const result = await runNode(environment(), node(makeCall({ to: '', callContactId: byId(EXAMPLE_CONTACT), callOptions: { checkFederalDnc: false } })), [{}]);
		expect(result.error).toBeUndefined();
		expect((await apiRequests()).map((request) => request.body)).toEqual([
			{ contactId: EXAMPLE_CONTACT, from: '+19495061234', url: 'https://example.com/call.xml', checkFederalDnc: false },
		]);
		const live = await sim.api('GET', '/v4/call/live');
		const made = (live.body as { payload: IDataObject[] }).payload.find((call) => call.callSid === result.items[0].json.callSid);
		expect(made).toMatchObject({ from: '+19495061234', to: expect.stringMatching(/^\+1\d{10}$/) });
	});

	it('Interrupt without a URL ends the call: it leaves the live calls', async () => {
		const callSid = await newCall(sim);
		const run = (parameters: IDataObject) => runNode(environment(), node(parameters), [{}]);
		expect((await run({ resource: 'call', operation: 'interrupt', callSid: byId(callSid), status: 'canceled' })).error).toBeUndefined();
		const live = await run({ resource: 'call', operation: 'getLive', returnAll: true });
		expect(live.items.map((item) => item.json.callSid)).toEqual(EXAMPLE_LIVE_CALLS);
	});

	it('Mute Member, then Get Members shows the member muted', async () => {
		const run = (parameters: IDataObject) => runNode(environment(), node(parameters), [{}]);
		expect((await run({ resource: 'conference', operation: 'mute', confId: SEEDED_CONFERENCE, memberId: byId('2') })).error).toBeUndefined();
		const members = (await run({ resource: 'conference', operation: 'getMembers', confId: SEEDED_CONFERENCE })).items[0].json.members as IDataObject[];
		expect(members.map((member) => [member.memberId, member.mute])).toEqual([
			[1, false],
			[2, true],
			[3, true],
		]);
	});

	it('API Token mode: voice requests are v4 and go out with the token (no sign-in)', async () => {
		await sim.clearLog();
		const result = await runNode(environment({ authMode: 'apiToken', apiToken: YTEL_API_TOKEN, email: '', password: '' }), node({ resource: 'liveList', operation: 'getAll', returnAll: true }), [{}]);
		expect(result.error).toBeUndefined();
		const sent = (await sim.requests()) as unknown as LoggedRequest[];
		expect(sent.map((request) => `${request.method} ${request.path} ${request.headers.authorization === `Bearer ${YTEL_API_TOKEN}`}`)).toEqual(['GET /v4/livelist true']);
	});

	it('Take Next on an empty queue fails with Ytel’s error', async () => {
		const result = await runNode(environment(), node({ resource: 'liveList', operation: 'takeNext', listName: byId('mySecondList') }), [{}]);
		expect(result.error?.message).toMatch(/^Ytel error \(HTTP 200, code 404\): Not Found \(Live list mySecondList has no contact waiting\)/);
	});
});

describe('Ytel Voice: pickers', () => {
	const methods = new YtelVoice().methods;
	const context = (parameters: IDataObject) => loadOptionsContext(environment(), node(parameters));

	it('live calls, shown as "from → to", searchable by call SID', async () => {
		const callSid = await newCall(sim);
		const all = await methods.listSearch.searchLiveCalls.call(context({ resource: 'call', operation: 'record' }));
		expect(all.results.map((option) => option.value)).toEqual([...EXAMPLE_LIVE_CALLS, callSid]);
		expect(all.results[2]).toEqual({ name: '+19495061234 → +19492221234', value: callSid });
		const found = await methods.listSearch.searchLiveCalls.call(context({ resource: 'call', operation: 'record' }), callSid.slice(0, 13));
		expect(found.results).toEqual([{ name: '+19495061234 → +19492221234', value: callSid }]);
	});

	it('members of the conference entered above, by name and member ID', async () => {
		const found = await methods.listSearch.searchConferenceMembers.call(context({ resource: 'conference', operation: 'mute', confId: SEEDED_CONFERENCE }));
		expect(found.results).toEqual([
			{ name: '+12223334444 (member 1)', value: '1' },
			{ name: '+12223335555 (member 2)', value: '2' },
			{ name: 'recording (member 3)', value: '3' },
		]);
		const none = await methods.listSearch.searchConferenceMembers.call(context({ resource: 'conference', operation: 'mute', confId: '' }));
		expect(none.results).toEqual([]);
	});

	it('live lists by name', async () => {
		const found = await methods.listSearch.searchLiveLists.call(context({ resource: 'liveList', operation: 'preview' }), 'second');
		expect(found.results).toEqual([{ name: 'mySecondList', value: 'mySecondList' }]);
	});
});

describe('Ytel Voice: description', () => {
	it('stays within the 200 KB budget', () => {
		const size = Buffer.byteLength(JSON.stringify(new YtelVoice().description), 'utf8');
		console.log(`Ytel ytelVoice description size: ${(size / 1024).toFixed(1)} KB (${size} bytes)`);
		expect(size).toBeLessThanOrEqual(200 * 1024);
	});
});
