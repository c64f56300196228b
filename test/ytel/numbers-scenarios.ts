/**
 * One scenario per request of the Ytel collection's Billing, Carrier, Logs, Numbers, Number Sets,
 * Statistics and Timezones folders (30), run by the `ytelNumbers` node. Parameters are written
 * from the row's example request; the expected body is the example's own body with these
 * documented changes only:
 * - blank values (`""`) are left out: the node never sends a field left empty (Add Number Set's
 *   `numberSetId`, Edit Number Set's `forwardNumber` and `callerIdName`);
 * - Edit Number Set names in its body the set of its path (the example's body names another set,
 *   995f3620…, that no example holds);
 * - Assign WebRTC Number's `{{fromnumber}}` is a number of the account.
 * Queries are the row's enabled parameters as the node writes them (days as YYYY-MM-DD, the
 * documented form; `20200301` in the collection), plus the paging parameters a list adds
 * (`offset=0` on the logs). Example queries with no value (statistics) get typed values; ids the
 * simulator does not hold are replaced by held ones (carrier logs' days hold the seeded lookup).
 * Records that a request deletes are created first.
 */
import type { IDataObject } from 'n8n-workflow';
import { exampleBodyOf, rowFor, type CoverageScenario } from '../helpers/coverage';
import { rowsOf } from '../helpers/rows';
import type { YtelSim } from '../helpers/ytel-sim';

const FOLDERS = ['Billing', 'Carrier', 'Logs', 'Numbers', 'Number Sets', 'Statistics', 'Timezones'];
export const numbersRows = rowsOf(
	'Ytel',
	FOLDERS.map((folder) => ['CPaaS API', folder]),
);

export type NumbersScenario = CoverageScenario<YtelSim>;
export const numbersRowOf = (scenario: NumbersScenario) => rowFor(numbersRows, scenario);
export const exampleBody = (name: string): IDataObject => exampleBodyOf(rowFor(numbersRows, { row: name }));

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });
export const fromList = (value: string) => ({ __rl: true, mode: 'list', value });

/** A value without its blank text fields, at every depth. */
export function withoutBlanks<T>(value: T): T {
	if (Array.isArray(value)) return value.map(withoutBlanks) as T;
	if (!value || typeof value !== 'object') return value;
	return Object.fromEntries(
		Object.entries(value as IDataObject)
			.filter(([, entry]) => entry !== '')
			.map(([key, entry]) => [key, withoutBlanks(entry)]),
	) as T;
}

/** Node parameters of a body's typed fields, by parameter name. */
const pick = (body: IDataObject, keys: string[]) => Object.fromEntries(keys.filter((key) => key in body).map((key) => [key, body[key]]));
const CALLBACK_KEYS = [
	'voiceUrl',
	'voiceMethod',
	'voiceFallbackUrl',
	'voiceFallbackMethod',
	'smsUrl',
	'smsMethod',
	'smsFallbackUrl',
	'smsFallbackMethod',
	'heartbeatUrl',
	'heartbeatMethod',
	'hangupCallbackUrl',
	'hangupCallbackMethod',
];
const keywordEntries = (body: IDataObject) => ({
	action: Object.entries(body.keywordActions as IDataObject).map(([keyword, action]) => ({ keyword, campaignId: (action as IDataObject).campaignId })),
});

const STATS_START = '2024-05-01T00:00:00Z';
const STATS_END = '2024-05-02T00:00:00Z';
const statsMs = { startTimeMs: String(Date.parse(STATS_START)), endTimeMs: String(Date.parse(STATS_END)) };

/** A number set made for a scenario that deletes or changes it. */
async function newSet(sim: YtelSim, phoneNumbers: string[]): Promise<string> {
	const answer = await sim.api('POST', '/v4/numberset', { name: `Scenario set ${Math.random().toString(36).slice(2, 8)}`, phoneNumbers });
	return answer.body.payload[0].numberSetId as string;
}

export const numbersScenarios: NumbersScenario[] = [
	// ---- Billing
	{
		row: 'Get Usage',
		parameters: { resource: 'billing', operation: 'getUsage', startDate: '2021-01-10', endDate: '2021-01-11', options: { accountSid: '173c6f7f-c911-f823-fb2d-a13e4780c300' } },
		query: { startDate: '2021-01-10', endDate: '2021-01-11', accountSid: '173c6f7f-c911-f823-fb2d-a13e4780c300' },
		check: (output) => expect(output[0]).toHaveProperty('serviceType'),
	},
	// ---- Carrier
	{
		row: 'Get Carrier',
		parameters: { resource: 'carrier', operation: 'lookup', lookupNumber: '+15714345400' },
		path: { phoneNumber: '+15714345400' },
		check: (output) => expect(output[0]).toMatchObject({ phoneNumber: '+15714345400', company: 'Level 3 Communications LLC' }),
	},
	// ---- Logs
	{
		row: 'Get Call Logs',
		parameters: { resource: 'log', operation: 'getCallLogs', startDate: '2020-03-01', endDate: '2020-03-02', returnAll: false, limit: 1 },
		query: { startDate: '2020-03-01', endDate: '2020-03-02', limit: '1', offset: '0' },
		check: (output) => expect(output).toEqual([expect.objectContaining({ callSid: 'e0860f96-f480-43ce-bba3-2aef8d01d2b0' })]),
	},
	{
		row: 'Export CDR/MDR Logs',
		parameters: { resource: 'log', operation: 'export', email: 'test@yt-inc.com', exportStart: '2022-10-01', exportEnd: '2022-10-31', type: '1' },
		body: () => exampleBody('Export CDR/MDR Logs'),
		check: (output) => expect(output[0]).toHaveProperty('Message360.Message.Status', 'processing'),
	},
	{
		row: 'Get Call Detail Log',
		parameters: { resource: 'log', operation: 'getCallDetail', callSid: 'e0860f96-f480-43ce-bba3-2aef8d01d2b0' },
		path: { callSid: 'e0860f96-f480-43ce-bba3-2aef8d01d2b0' },
		check: (output) => expect(output[0]).toHaveProperty('callSid', 'e0860f96-f480-43ce-bba3-2aef8d01d2b0'),
	},
	{
		row: 'Get SMS Logs',
		parameters: { resource: 'log', operation: 'getSmsLogs', startDate: '2021-01-09', endDate: '2021-01-10', returnAll: false, limit: 1 },
		query: { startDate: '2021-01-09', endDate: '2021-01-10', limit: '1', offset: '0' },
		check: (output) => expect(output).toEqual([expect.objectContaining({ smsSid: 'af2c5810-52d6-11eb-8214-896651f1fc24' })]),
	},
	{
		row: 'Get SMS Detail Log',
		parameters: { resource: 'log', operation: 'getSmsDetail', smsSid: 'af2c5810-52d6-11eb-8214-896651f1fc24' },
		path: { smsSid: 'af2c5810-52d6-11eb-8214-896651f1fc24' },
		check: (output) => expect(output[0]).toHaveProperty('smsSid', 'af2c5810-52d6-11eb-8214-896651f1fc24'),
	},
	{
		row: 'Call Recordings',
		parameters: {
			resource: 'log',
			operation: 'getRecordings',
			returnAll: false,
			limit: 5,
			recordingFilters: { callSid: 'fd9173f4-d078-43c9-a61b-9c73e7c6b190', startDate: '2022-06-27', recordingSid: '9dd1b8b0-f5ac-11ec-837e-617776b555d4' },
		},
		query: { callSid: 'fd9173f4-d078-43c9-a61b-9c73e7c6b190', startDate: '2022-06-27', recordingSid: '9dd1b8b0-f5ac-11ec-837e-617776b555d4', limit: '5' },
		check: (output) => expect(output).toEqual([expect.objectContaining({ recordingSid: '9dd1b8b0-f5ac-11ec-837e-617776b555d4' })]),
	},
	{
		row: 'Get Carrier Lookup logs',
		parameters: { resource: 'log', operation: 'getCarrierLogs', startDate: '2021-01-12', endDate: '2021-01-13', returnAll: false, limit: 5 },
		query: { startDate: '2021-01-12', endDate: '2021-01-13', limit: '5' },
		check: (output) => expect(output).toEqual([expect.objectContaining({ carrierSid: '58f04910-5502-11eb-8226-13e20bbc9f4f' })]),
	},
	{
		row: 'Get Debug logs',
		parameters: { resource: 'log', operation: 'getDebugLogs', debugId: '6be998f3-d47e-4b17-b80b-0456cf070179' },
		path: { id: '6be998f3-d47e-4b17-b80b-0456cf070179' },
	},
	// ---- Numbers
	{
		row: 'Get Numbers',
		parameters: { resource: 'number', operation: 'getAll', returnAll: false, limit: 100, numberListOptions: { startAfter: '+19495554444' } },
		query: { nextKey: 'KzE5NDk1NTU0NDQ0', size: '100' },
		check: (output) => {
			expect(output.length).toBeGreaterThan(0);
			for (const number of output) expect(String(number.phoneNumber) > '+19495554444').toBe(true);
		},
	},
	{
		row: 'Get Available Numbers',
		parameters: { resource: 'number', operation: 'getAvailable', areaCode: '714', perAreaCode: 3, availableOptions: { offset: 0 } },
		query: { areaCode: '714', offset: '0', size: '3' },
		check: (output) => {
			expect(output).toHaveLength(3);
			for (const offer of output) expect(offer.phoneNumber).toMatch(/^\+1714/);
		},
	},
	{
		row: 'Purchase Number',
		parameters: { resource: 'number', operation: 'purchase', purchaseNumbers: '+17142421234', purchaseFields: { numberSetId: 'b33f7d40-79b7-11ea-af46-7330668f35a8' } },
		body: () => exampleBody('Purchase Number'),
		check: (output) => expect(output[0]).toHaveProperty('phoneNumber', '+17142421234'),
	},
	{
		row: 'Release Number',
		parameters: { resource: 'number', operation: 'release', releaseNumbers: '+12012281234' },
		body: () => exampleBody('Release Number'),
		check: (output) => expect(output[0]).toHaveProperty('phoneNumber', '+12012281234'),
	},
	{
		row: 'Move Numbers',
		parameters: {
			resource: 'number',
			operation: 'transfer',
			moveNumbers: '+19892001234',
			fromAccountSid: '173c6f7f-c911-f823-fb2d-a13e4780c300',
			toAccountSid: '1e091839-3b9c-fe2e-1e5a-de6b748d8ff0',
		},
		body: () => exampleBody('Move Numbers'),
		check: (output) => expect(output[0]).toMatchObject({ phoneNumber: '+19892001234', accountSid: '1e091839-3b9c-fe2e-1e5a-de6b748d8ff0' }),
	},
	{
		row: 'Get Number',
		parameters: { resource: 'number', operation: 'get', phoneNumber: fromList('+19495065906') },
		path: { phoneNumber: '+19495065906' },
		check: (output) => expect(output).toEqual([expect.objectContaining({ phoneNumber: '+19495065906' })]),
	},
	{
		row: 'Edit Number',
		parameters: { resource: 'number', operation: 'update', phoneNumber: byId('+15552283797'), numberFields: pick(exampleBody('Edit Number'), ['friendlyName', ...CALLBACK_KEYS]) },
		path: { phoneNumber: '+15552283797' },
		body: () => exampleBody('Edit Number'),
		check: (output) => expect(output[0]).toMatchObject({ phoneNumber: '+15552283797', friendlyName: 'My Number' }),
	},
	{
		row: 'Assign WebRTC Number',
		parameters: { resource: 'number', operation: 'assignWebRtc', webrtcNumber: byId('+12513561234') },
		body: () => ({ ...exampleBody('Assign WebRTC Number'), phoneNumber: '+12513561234' }),
		check: (output) => expect(output[0]).toHaveProperty('assignedUser'),
	},
	// ---- Number sets
	{
		row: 'Get Number Sets',
		parameters: { resource: 'numberSet', operation: 'getAll', returnAll: true },
		check: (output) => expect(output.map((set) => set.numberSetId)).toContain('c1b50051-24fe-11eb-b763-f778b3dc78df'),
	},
	{
		row: 'Add Number Set',
		parameters: () => {
			const body = exampleBody('Add Number Set');
			return Promise.resolve({
				resource: 'numberSet',
				operation: 'create',
				setName: body.name,
				setNumbers: (body.phoneNumbers as string[]).join(', '),
				createKeywordActions: keywordEntries(body),
				setFields: pick(body, ['accountSid', ...CALLBACK_KEYS]),
			});
		},
		body: () => withoutBlanks(exampleBody('Add Number Set')),
		check: (output) => expect(output[0]).toMatchObject({ name: 'My number set', phoneNumbers: ['+19892001234'] }),
	},
	{
		row: 'Add Number to Set',
		parameters: { resource: 'numberSet', operation: 'addNumbers', targetSetId: fromList('0e275620-52a2-11ea-810d-915e5688a0a1'), addNumbers: '+19892001234' },
		body: () => exampleBody('Add Number to Set'),
		check: (output) => expect(output[0]).toMatchObject({ numberSetId: '0e275620-52a2-11ea-810d-915e5688a0a1' }),
	},
	{
		row: 'Get Number Set',
		parameters: { resource: 'numberSet', operation: 'get', numberSetId: byId('0e275620-52a2-11ea-810d-915e5688a0a1') },
		path: { numberSetId: '0e275620-52a2-11ea-810d-915e5688a0a1' },
		check: (output) => expect(output).toEqual([expect.objectContaining({ numberSetId: '0e275620-52a2-11ea-810d-915e5688a0a1', name: 'test2' })]),
	},
	{
		row: 'Edit Number Set',
		parameters: () => {
			const body = exampleBody('Edit Number Set');
			return Promise.resolve({
				resource: 'numberSet',
				operation: 'update',
				numberSetId: byId('c1b50051-24fe-11eb-b763-f778b3dc78df'),
				updateKeywordActions: keywordEntries(body),
				setUpdateFields: {
					...pick(body, ['accountSid', 'forwardNumber', 'callerIdName', ...CALLBACK_KEYS]),
					setName: body.name,
					setNumbers: (body.phoneNumbers as string[]).join(','),
				},
			});
		},
		path: { numberSetId: 'c1b50051-24fe-11eb-b763-f778b3dc78df' },
		body: () => withoutBlanks({ ...exampleBody('Edit Number Set'), numberSetId: 'c1b50051-24fe-11eb-b763-f778b3dc78df' }),
		check: (output) => expect(output[0]).toMatchObject({ numberSetId: 'c1b50051-24fe-11eb-b763-f778b3dc78df', name: 'My number set' }),
	},
	{
		row: 'Delete Number Set',
		parameters: async (sim) => ({ resource: 'numberSet', operation: 'delete', numberSetId: byId(await newSet(sim, [])) }),
		path: (parameters) => ({ numberSetId: (parameters.numberSetId as IDataObject).value as string }),
		check: (output, _request, parameters) => expect(output[0]).toHaveProperty('numberSetId', (parameters.numberSetId as IDataObject).value),
	},
	{
		row: 'Delete Numbers from Set',
		parameters: async (sim) => ({
			resource: 'numberSet',
			operation: 'removeNumbers',
			numberSetId: byId(await newSet(sim, ['+19892001234', '+15552283797'])),
			removeNumbers: '+19892001234, +15552283797',
		}),
		path: (parameters) => ({ numberSetId: (parameters.numberSetId as IDataObject).value as string, phoneNumbers: '+19892001234,+15552283797' }),
		check: (output) => expect(output[0]).toHaveProperty('phoneNumbers', []),
	},
	// ---- Statistics
	{
		row: 'Aggregate Statistics',
		parameters: { resource: 'statistics', operation: 'getAggregate', statsStart: STATS_START, statsEnd: STATS_END, aggregateOptions: { minutesAggregate: 60 } },
		query: { ...statsMs, minutesAggregate: '60' },
	},
	{
		row: 'Hourly statistics',
		parameters: {
			resource: 'statistics',
			operation: 'getHourly',
			statsStart: STATS_START,
			statsEnd: STATS_END,
			hourlyOptions: { grouping: 'phoneNumber', phoneNumber: '+19495065906', campaignId: '24926fc0-f1b4-11ec-9ba5-8f09fd1b1f8d' },
		},
		query: { ...statsMs, grouping: 'phoneNumber', phoneNumber: '+19495065906', campaignId: '24926fc0-f1b4-11ec-9ba5-8f09fd1b1f8d' },
	},
	{
		row: 'Communication aggregate statistics',
		parameters: {
			resource: 'statistics',
			operation: 'getCommunications',
			statsStart: STATS_START,
			statsEnd: STATS_END,
			communicationOptions: {
				grouping: 'phoneNumber',
				aggregatePeriod: 'HOUR',
				minSpend: 0,
				maxSpend: 5,
				minDuration: 10,
				maxDuration: 600,
				phoneNumbers: '+19495065906, +15552283797',
				webrtcClientIds: 'client-1, client-2',
				numberSetId: 'c1b50051-24fe-11eb-b763-f778b3dc78df',
				sortByHourMs: 'true',
			},
		},
		query: {
			...statsMs,
			grouping: 'phoneNumber',
			aggregatePeriod: 'HOUR',
			minSpend: '0',
			maxSpend: '5',
			minDuration: '10',
			maxDuration: '600',
			phoneNumbers: '+19495065906,+15552283797',
			webrtcClientIds: 'client-1,client-2',
			numberSetId: 'c1b50051-24fe-11eb-b763-f778b3dc78df',
			sortByHourMs: 'true',
		},
	},
	// ---- Timezones
	{
		row: 'Get Timezones',
		parameters: { resource: 'timezone', operation: 'getAll', returnAll: true },
		check: (output) => expect(output.map((zone) => zone.systemName)).toContain('EST5EDT'),
	},
	{
		row: 'Get Timezone',
		parameters: { resource: 'timezone', operation: 'get', timezoneId: -32 },
		path: { timezoneId: -32 },
		check: (output) => expect(output).toEqual([expect.objectContaining({ timezoneId: -32, systemName: 'PST8PDT' })]),
	},
];
