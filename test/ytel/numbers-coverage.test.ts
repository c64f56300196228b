/**
 * Every request of the Ytel collection's Billing, Carrier, Logs, Numbers, Number Sets, Statistics
 * and Timezones folders (30) executed by the `ytelNumbers` node through n8n-core's engine against
 * the Ytel simulator with the real `ytelApi` credential (its token exchange), each matched to its
 * fixture row: method, the full path with its id values, the exact raw query and the exact body
 * written from the collection's example. Then each list's paging over several pages, bad input
 * refused before sending, and secrets never in outputs or errors.
 */
import type { IDataObject } from 'n8n-workflow';
import { YtelNumbers } from '../../nodes/Ytel/YtelNumbers.node';
import { resetPacing } from '../../nodes/shared/pacing';
import { expectRequestMatches, expectScenarioOutput, parametersOf } from '../helpers/coverage';
import { runNode, testNode, type TestEnvironment } from '../helpers/engine';
import { expectRunHasNoSecrets } from '../helpers/secrets';
import { useYtelSim } from '../helpers/ytel-sim';
import { numbersEnvironment, secretsOf, v4Requests } from './numbers-env';
import { byId, numbersRowOf, numbersRows, numbersScenarios } from './numbers-scenarios';

const CREDENTIAL = { ytelApi: { id: 'ytel-cred-1', name: 'Ytel test credential' } };

describe('Ytel Numbers: every request of its folders through the engine', () => {
	const sim = useYtelSim();
	const covered = new Set<string>();
	let env: TestEnvironment;

	beforeEach(() => {
		resetPacing();
		env = numbersEnvironment(sim);
	});

	afterAll(() => {
		console.log(`Ytel ytelNumbers coverage by execution: ${covered.size}/${numbersRows.length} requests`);
	});

	it('has one scenario for every row of its seven folders, and only those', () => {
		expect(numbersRows).toHaveLength(30);
		expect(numbersScenarios.map((scenario) => numbersRowOf(scenario))).toEqual(expect.arrayContaining(numbersRows));
		expect(new Set(numbersScenarios.map((scenario) => scenario.row)).size).toBe(numbersScenarios.length);
		expect(numbersScenarios).toHaveLength(numbersRows.length);
	});

	it.each(numbersScenarios.map((scenario) => [scenario.row, scenario] as const))('%s', async (_name, scenario) => {
		const row = numbersRowOf(scenario);
		const parameters = await parametersOf(scenario, sim);
		await sim.clearLog();
		const result = await runNode(env, testNode('ytelNumbers', parameters, { credentials: CREDENTIAL }), [{}], { timezone: 'UTC' });
		const sent = await v4Requests(sim);
		expect(sent).toHaveLength(1);
		expectRequestMatches(row, scenario, parameters, sent[0]);
		// Whether the answer was an error comes after what was sent, so a wrong path or query is named even then.
		expect(result.error).toBeUndefined();
		expectScenarioOutput(scenario, result.items.map((item) => item.json), sent[0], parameters);
		expectRunHasNoSecrets(result, secretsOf(env));
		covered.add(`${row.folderPath.join('/')}::${row.name}`);
	});

	it('keeps its description within 200 KB', () => {
		const size = JSON.stringify(new YtelNumbers().description).length;
		console.log(`Ytel ytelNumbers description: ${size} bytes (${(size / 1024).toFixed(1)} KB)`);
		expect(size).toBeLessThanOrEqual(200 * 1024);
	});
});

describe('Ytel Numbers: bad input is refused before anything is sent', () => {
	const sim = useYtelSim();
	let env: TestEnvironment;
	beforeEach(() => {
		resetPacing();
		env = numbersEnvironment(sim);
	});
	const run = async (parameters: IDataObject) => {
		await sim.clearLog();
		const result = await runNode(env, testNode('ytelNumbers', parameters, { credentials: CREDENTIAL }), [{}], { timezone: 'UTC' });
		return { result, sent: await v4Requests(sim) };
	};

	it.each([
		// Typed in the editor, the number picker's own check refuses it; from an expression, the node's.
		['a number without + (typed)', { resource: 'number', operation: 'get', phoneNumber: byId('19495065906') }, 'Enter a number in E.164 format, e.g. +14155550123'],
		['a number without + (expression)', { resource: 'number', operation: 'get', phoneNumber: byId('={{ "19495065906" }}') }, '"Number" must be a phone number in E.164 format'],
		['a number with letters', { resource: 'number', operation: 'update', phoneNumber: byId('={{ "+1949CALLNOW" }}'), numberFields: { friendlyName: 'x' } }, '"Number" must be a phone number in E.164 format'],
		['a carrier lookup of ".."', { resource: 'carrier', operation: 'lookup', lookupNumber: '..' }, '"Phone Number" must be a phone number in E.164 format'],
		['a number starting with +0', { resource: 'number', operation: 'assignWebRtc', webrtcNumber: byId('={{ "+0123456789" }}') }, '"Number" must be a phone number in E.164 format'],
		['one bad number of a list', { resource: 'number', operation: 'purchase', purchaseNumbers: '+17142421234, 555-1234' }, '"Numbers" entry 2 ("555-1234") must be a phone number in E.164 format'],
		['a bad number in a path list', { resource: 'numberSet', operation: 'removeNumbers', numberSetId: byId('0e275620-52a2-11ea-810d-915e5688a0a1'), removeNumbers: '+19892001234,/etc' }, 'entry 2 ("/etc") must be a phone number in E.164 format'],
		['a bad filter number', { resource: 'log', operation: 'getSmsLogs', startDate: '2021-01-09', endDate: '2021-01-10', returnAll: true, smsFilters: { to: '12' } }, '"To" must be a phone number in E.164 format'],
		['a bad forward number', { resource: 'numberSet', operation: 'update', numberSetId: byId('c1b50051-24fe-11eb-b763-f778b3dc78df'), setUpdateFields: { forwardNumber: 'abc' } }, '"Forward Number" must be a phone number in E.164 format'],
		['a number set ID "."', { resource: 'numberSet', operation: 'get', numberSetId: byId('.') }, '"Number Set" cannot be "."'],
		['a number set ID ".."', { resource: 'numberSet', operation: 'delete', numberSetId: byId('..') }, '"Number Set" cannot be ".."'],
		['a call SID ".."', { resource: 'log', operation: 'getCallDetail', callSid: '..' }, '"Call SID" cannot be ".."'],
		['a start that is not a date', { resource: 'statistics', operation: 'getAggregate', statsStart: 'yesterday-ish', statsEnd: '2024-05-02T00:00:00Z' }, '"Start" is not a date'],
	])('%s', async (_name, parameters, message) => {
		const { result, sent } = await run(parameters as IDataObject);
		expect(result.error?.message).toContain(message);
		expect(sent).toHaveLength(0);
		expectRunHasNoSecrets(result, secretsOf(env));
	});

	it('an id with "/" stays one path segment', async () => {
		const { result, sent } = await run({ resource: 'numberSet', operation: 'get', numberSetId: byId('0e275620/../c1b50051') });
		expect(sent.map((request) => request.path)).toEqual(['/v4/numberset/0e275620%2F..%2Fc1b50051']);
		expect(result.error?.message).toMatch(/^Ytel error \(HTTP 200, code 404\)/);
		expectRunHasNoSecrets(result, secretsOf(env));
	});

	it('a number typed with spaces, dashes and brackets is sent in E.164 with + encoded in the path', async () => {
		const { result, sent } = await run({ resource: 'number', operation: 'get', phoneNumber: byId(' +1 (949) 506-5906 ') });
		expect(result.error).toBeUndefined();
		expect(sent.map((request) => request.path)).toEqual(['/v4/number/%2B19495065906']);
	});

	it('an optional field added and left blank is not sent; Extra Properties merge deeply over the typed fields', async () => {
		const { result, sent } = await run({
			resource: 'numberSet',
			operation: 'update',
			numberSetId: byId('c1b50051-24fe-11eb-b763-f778b3dc78df'),
			updateKeywordActions: { action: [{ keyword: 'HI', campaignId: 'e8861980-5165-11e9-b3b4-55cdbe9b37b5' }, { keyword: '', campaignId: '' }] },
			setUpdateFields: {
				callerIdName: '  ',
				forwardNumber: '',
				smsUrl: 'https://example.com/sms',
				extraProperties: JSON.stringify({ keywordActions: { STOP: { campaignId: 'a16ee280-a5af-11ea-a211-c7aac7851d9b' } }, smsUrl: 'https://example.com/sms2' }),
			},
		});
		expect(result.error).toBeUndefined();
		expect(sent[0].body).toEqual({
			numberSetId: 'c1b50051-24fe-11eb-b763-f778b3dc78df',
			smsUrl: 'https://example.com/sms2',
			keywordActions: { HI: { campaignId: 'e8861980-5165-11e9-b3b4-55cdbe9b37b5' }, STOP: { campaignId: 'a16ee280-a5af-11ea-a211-c7aac7851d9b' } },
		});
	});

	it('a release with one number not of the account outputs the released one, then the refused one with failed: true', async () => {
		const { result, sent } = await run({ resource: 'number', operation: 'release', releaseNumbers: '+1 201 228 1234, +19999999998' });
		expect(result.error).toBeUndefined();
		expect(sent[0].body).toEqual({ phoneNumber: ['+12012281234', '+19999999998'] });
		const output = result.items.map((item) => item.json);
		expect(output).toHaveLength(2);
		expect(output[0]).toHaveProperty('phoneNumber', '+12012281234');
		expect(output[1]).toMatchObject({ failed: true, code: '404' });
		expect(String(output[1].moreInfo)).toContain('+19999999998');
	});

	it('a wrong password fails naming the sign-in, without the password', async () => {
		env.credentials.ytelApi.password = 'wrong-password-4711';
		const { result, sent } = await run({ resource: 'timezone', operation: 'getAll', returnAll: true });
		expect(result.error).toBeDefined();
		expect(sent).toHaveLength(0);
		expectRunHasNoSecrets(result, ['wrong-password-4711']);
	});
});
