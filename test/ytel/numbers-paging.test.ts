/**
 * The Ytel Numbers node's lists over several pages of their real sizes against the simulator
 * (numbers by `nextKey`, call logs by a UTC day window + `limit`/`offset`, recordings by
 * `lastCallSid`, carrier logs by `lastId`), checked in the simulator's request log; the export's
 * hourly bucket; the number and number-set pickers and the dropdowns.
 */
import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';
import { getNumberSets, getTimezones, searchNumberSets, searchNumbers } from '../../nodes/Ytel/numbers/methods';
import { resetPacing } from '../../nodes/shared/pacing';
import { loadOptionsContext, runNode, testNode, type TestEnvironment } from '../helpers/engine';
import { expectRunHasNoSecrets } from '../helpers/secrets';
import { useYtelSim } from '../helpers/ytel-sim';
import { CREDENTIAL, numbersEnvironment, secretsOf, v4Requests } from './numbers-env';

const DAY = '2024-05-10';
const AT = Date.UTC(2024, 4, 10, 12);
const base64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');

describe('Ytel Numbers: Return All over several pages, per paging style', () => {
	const sim = useYtelSim();
	let env: TestEnvironment;
	beforeEach(() => {
		resetPacing();
		env = numbersEnvironment(sim);
	});
	const run = async (parameters: IDataObject) => {
		await sim.clearLog();
		const result = await runNode(env, testNode('ytelNumbers', parameters, { credentials: CREDENTIAL }), [{}], { timezone: 'UTC' });
		if (result.error) throw result.error;
		expectRunHasNoSecrets(result, secretsOf(env));
		return { output: result.items.map((item) => item.json), sent: await v4Requests(sim) };
	};
	/** Records a second apart per 4000: a v1 time-UUID holds 10,000 ticks per millisecond. */
	const insert = async (kind: string, count: number) => {
		const ids: string[] = [];
		for (let done = 0; done < count; done += 4000) {
			ids.push(...(await sim.insert({ kind, count: Math.min(4000, count - done), at: AT + done })).map(({ id }) => id));
		}
		return ids;
	};

	it('numbers: pages of 1000 by nextKey, the base64 of the last number of the page before', async () => {
		await insert('number', 2050);
		const all = (await sim.api('GET', '/v4/number?size=5000')).body.payload as IDataObject[];
		expect(all.length).toBeGreaterThan(2000);
		const { output, sent } = await run({ resource: 'number', operation: 'getAll', returnAll: true });
		expect(output.map((number) => number.phoneNumber)).toEqual(all.map((number) => number.phoneNumber));
		expect(sent.map((request) => request.query)).toEqual([
			{ size: '1000' },
			{ size: '1000', nextKey: base64(String(all[999].phoneNumber)) },
			{ size: '1000', nextKey: base64(String(all[1999].phoneNumber)) },
		]);
	});

	it('call logs: one UTC day window, limit 5000 and offset', async () => {
		const ids = await insert('call', 10_010);
		const { output, sent } = await run({ resource: 'log', operation: 'getCallLogs', startDate: DAY, endDate: DAY, returnAll: true });
		expect(new Set(output.map((call) => call.callSid))).toEqual(new Set(ids));
		expect(output).toHaveLength(10_010);
		expect(sent.map((request) => request.query)).toEqual(
			[0, 5000, 10_000].map((offset) => ({ startDate: DAY, endDate: DAY, limit: '5000', offset: String(offset) })),
		);
	});

	it('recordings: limit 5000 after lastCallSid, the call of the last recording of the page before', async () => {
		const ids = await insert('recording', 10_010);
		const { output, sent } = await run({ resource: 'log', operation: 'getRecordings', returnAll: true, recordingFilters: { startDate: DAY } });
		expect(new Set(output.map((recording) => recording.recordingSid))).toEqual(new Set(ids));
		expect(output).toHaveLength(10_010);
		expect(sent.map((request) => request.query)).toEqual([
			{ startDate: DAY, limit: '5000' },
			{ startDate: DAY, limit: '5000', lastCallSid: String(output[4999].callSid) },
			{ startDate: DAY, limit: '5000', lastCallSid: String(output[9999].callSid) },
		]);
	});

	it('carrier lookup logs: limit 5000 after lastId, the carrierSid of the last lookup of the page before', async () => {
		const ids = await insert('carrier', 10_010);
		const { output, sent } = await run({ resource: 'log', operation: 'getCarrierLogs', startDate: DAY, endDate: DAY, returnAll: true });
		expect(new Set(output.map((lookup) => lookup.carrierSid))).toEqual(new Set(ids));
		expect(output).toHaveLength(10_010);
		expect(sent.map((request) => request.query)).toEqual([
			{ startDate: DAY, endDate: DAY, limit: '5000' },
			{ startDate: DAY, endDate: DAY, limit: '5000', lastId: String(output[4999].carrierSid) },
			{ startDate: DAY, endDate: DAY, limit: '5000', lastId: String(output[9999].carrierSid) },
		]);
	});

	it('a Limit asks for that many in one page', async () => {
		await insert('call', 30);
		const { output, sent } = await run({ resource: 'log', operation: 'getCallLogs', startDate: DAY, endDate: DAY, returnAll: false, limit: 25 });
		expect(output).toHaveLength(25);
		expect(sent.map((request) => request.query)).toEqual([{ startDate: DAY, endDate: DAY, limit: '25', offset: '0' }]);
	});
});

describe('Ytel Numbers: Export has its own hourly bucket', () => {
	const sim = useYtelSim();
	let env: TestEnvironment;
	beforeEach(() => {
		resetPacing();
		env = numbersEnvironment(sim);
	});
	const run = async (parameters: IDataObject) =>
		await runNode(env, testNode('ytelNumbers', parameters, { credentials: CREDENTIAL }), [{}], { timezone: 'UTC' });
	const exportParameters = { resource: 'log', operation: 'export', email: 'ops@example.com', exportStart: '2024-01-01', exportEnd: '2024-01-31', type: '2' };

	it('a refused export fails at once with the time to retry; the other operations go on', async () => {
		// 10:18:02 UTC: 2518 s left in the hour, as in the collection's 429 example.
		await sim.setClock(Date.UTC(2026, 0, 5, 10, 18, 2));
		expect((await sim.api('POST', '/v4/logs/export', { email: 'a@example.com', startdate: '2024-01-01', enddate: '2024-01-02', type: '1' })).status).toBe(200);
		await sim.clearLog();
		const started = Date.now();
		const refused = await run(exportParameters);
		expect(Date.now() - started).toBeLessThan(3000);
		expect(refused.error?.message).toMatch(/^Ytel rate limit reached \(HTTP 429\): Ytel asks to wait 2518 s\. Try again after \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\.$/);
		const exports = (await v4Requests(sim)).filter((request) => request.path === '/v4/logs/export');
		expect(exports.map((request) => request.status)).toEqual([429]);
		expect(exports[0].body).toEqual({ email: 'ops@example.com', startdate: '2024-01-01', enddate: '2024-01-31', type: '2' });
		const other = Date.now();
		const number = await run({ resource: 'number', operation: 'get', phoneNumber: { __rl: true, mode: 'id', value: '+19495065906' } });
		expect(number.error).toBeUndefined();
		expect(number.items[0].json.phoneNumber).toBe('+19495065906');
		expect(Date.now() - other).toBeLessThan(2000);
		// Refused without being sent until the hour is over.
		const again = await run(exportParameters);
		expect(again.error?.message).toMatch(/^Ytel rate limit reached \(HTTP 429\): Ytel asks to wait 25\d\d s\./);
		expect((await v4Requests(sim)).filter((request) => request.path === '/v4/logs/export')).toHaveLength(1);
		expectRunHasNoSecrets(again, secretsOf(env));
	});
});

describe('Ytel Numbers: pickers and dropdowns', () => {
	const sim = useYtelSim();
	let env: TestEnvironment;
	beforeEach(() => {
		resetPacing();
		env = numbersEnvironment(sim);
	});
	const context = () =>
		loadOptionsContext(env, testNode('ytelNumbers', { resource: 'number', operation: 'get' }, { credentials: CREDENTIAL })) as unknown as ILoadOptionsFunctions;

	it('the number picker pages by nextKey and filters by number or friendly name', async () => {
		await sim.insert({ kind: 'number', count: 150, at: AT });
		const all = ((await sim.api('GET', '/v4/number?size=1000')).body.payload as IDataObject[]).map((number) => String(number.phoneNumber));
		const first = await searchNumbers.call(context());
		expect(first.results.map((result) => result.value)).toEqual(all.slice(0, 100));
		expect(first.paginationToken).toBe(base64(all[99]));
		const second = await searchNumbers.call(context(), undefined, first.paginationToken as string);
		expect(second.results.map((result) => result.value)).toEqual(all.slice(100));
		expect(second.paginationToken).toBeUndefined();
		const filtered = await searchNumbers.call(context(), '9495065');
		expect(filtered.results.map((result) => result.value)).toEqual(['+19495065906']);
	});

	it('number sets and timezones, as Ytel lists them', async () => {
		const sets = (await sim.api('GET', '/v4/numberset')).body.payload as IDataObject[];
		const zones = (await sim.api('GET', '/v4/timezone')).body.payload as IDataObject[];
		expect((await getNumberSets.call(context())).map((option) => option.value).sort()).toEqual(sets.map((set) => set.numberSetId).sort());
		expect((await searchNumberSets.call(context(), 'test2')).results).toEqual([{ name: 'test2 (0e275620-52a2-11ea-810d-915e5688a0a1)', value: '0e275620-52a2-11ea-810d-915e5688a0a1' }]);
		const options = await getTimezones.call(context());
		expect(options.map((option) => option.value)).toEqual(zones.map((zone) => zone.timezoneId));
		expect(options).toContainEqual({ name: 'EST/EDT (EST5EDT, UTC-5)', value: -20 });
	});
});
