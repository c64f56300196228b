/**
 * Every request of the `ytel` node's folders (50) executed through n8n-core's engine
 * (RoutingNode) against the Ytel simulator with the real credential (a password-grant exchange),
 * each matched to its fixture row: method, path with its id values, the exact query and the exact
 * body written from the collection's example (multipart uploads: their parts). Then bad input
 * refused before sending, secrets in no output or error, and the description's size.
 */
import type { IDataObject } from 'n8n-workflow';
import { Ytel } from '../../nodes/Ytel/Ytel.node';
import { resetPacing } from '../../nodes/shared/pacing';
import { expectPathMatches, expectQueryMatches, expectRequestMatches, expectScenarioOutput, parametersOf, type LoggedRequest } from '../helpers/coverage';
import { loadOptionsContext, runNode, testNode, type NodeRun, type TestEnvironment } from '../helpers/engine';
import { expectRunHasNoSecrets, type Secret } from '../helpers/secrets';
import { useYtelSim, YTEL_API_TOKEN, YTEL_USER } from '../helpers/ytel-sim';
import { inputOf, multipartParts, rl, ytelEnvironment, ytelRowOf, ytelRows, ytelScenarios, type YtelScenario } from './ytel-scenarios';

const CREDENTIAL = { ytelApi: { id: 'ytel-cred-1', name: 'Ytel test credential' } };
const environment = ytelEnvironment;

/** The password, the API token, and the tokens the run stored in the credential. */
function secretsOf(env: TestEnvironment): Secret[] {
	const stored = env.credentials.ytelApi ?? {};
	const tokens = [stored.accessToken, stored.refreshToken].map((token) => String(token ?? '')).filter((token) => token.length > 8);
	// A bound refresh token is stored as `n8n-bound:<fingerprint>:<token>`: its token part too.
	const parts = tokens.flatMap((token) => (token.startsWith('n8n-bound:') ? [token, token.split(':').slice(2).join(':')] : [token]));
	return [YTEL_USER.password, YTEL_API_TOKEN, ...parts];
}

describe('Ytel node: every request of its folders through the engine', () => {
	const sim = useYtelSim();
	const covered = new Set<string>();
	let env: TestEnvironment;

	beforeEach(() => {
		resetPacing();
		env = environment(sim);
	});
	afterAll(() => {
		console.log(`Ytel ytel coverage by execution: ${covered.size}/${ytelRows.length} requests`);
		const size = Buffer.byteLength(JSON.stringify(new Ytel().description));
		console.log(`Ytel ytel description size: ${size} bytes (${(size / 1024).toFixed(1)} KB)`);
	});

	const run = async (parameters: IDataObject, input: IDataObject[] = [{}]): Promise<NodeRun> =>
		await runNode(env, testNode('ytel', parameters, { name: 'Ytel', credentials: CREDENTIAL }), input);
	/** What reached the simulator, the token exchange left out. */
	const sentToApi = async () => ((await sim.requests()) as unknown as LoggedRequest[]).filter((request) => !request.path.startsWith('/auth/'));

	it('has one scenario for every row of its folders, and only those', () => {
		expect(ytelRows).toHaveLength(50);
		const key = (folder: string[], name: string) => `${folder.join('/')}::${name}`;
		expect(ytelScenarios.map((scenario) => { const row = ytelRowOf(scenario); return key(row.folderPath, row.name); }).sort()).toEqual(
			ytelRows.map((row) => key(row.folderPath, row.name)).sort(),
		);
	});

	it.each(ytelScenarios.map((scenario) => [scenario.row, scenario] as const))('%s', async (_name, scenario: YtelScenario) => {
		const row = ytelRowOf(scenario);
		const parameters = await parametersOf(scenario, sim);
		await sim.clearLog();
		const result = await run(parameters, inputOf(scenario.upload));
		const sent = await sentToApi();
		expect(sent).toHaveLength(1);
		if (scenario.upload) {
			expect(sent[0].method).toBe(row.method);
			expectPathMatches(row, scenario.path, parameters, sent[0]);
			expectQueryMatches(typeof scenario.query === 'function' ? scenario.query(parameters) : scenario.query, sent[0]);
			const { fileField, fields, fileName, content } = scenario.upload;
			expect(multipartParts(sent[0])).toEqual({
				...Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, { filename: undefined, content: value }])),
				[fileField]: { filename: fileName, content },
			});
		} else {
			expectRequestMatches(row, scenario, parameters, sent[0]);
		}
		expect({ error: result.error?.message, description: result.error?.description }).toEqual({ error: undefined, description: undefined });
		expect(String(sent[0].headers.authorization)).toMatch(/^Bearer \S+/);
		expectScenarioOutput(scenario, result.items.map((item) => item.json), sent[0], parameters);
		expectRunHasNoSecrets(result, secretsOf(env));
		covered.add(`${row.folderPath.join('/')}::${row.name}`);
	});
});

describe('Ytel node: bad input is refused before anything is sent', () => {
	const sim = useYtelSim();
	let env: TestEnvironment;
	beforeEach(() => {
		resetPacing();
		env = environment(sim);
	});
	const refusal = async (parameters: IDataObject) => {
		await sim.clearLog();
		const result = await runNode(env, testNode('ytel', parameters, { name: 'Ytel', credentials: CREDENTIAL }));
		const sent = ((await sim.requests()) as unknown as LoggedRequest[]).filter((request) => !request.path.startsWith('/auth/'));
		expect(sent).toEqual([]);
		expectRunHasNoSecrets(result, secretsOf(env));
		return `${result.error?.message} | ${result.error?.description ?? ''}`;
	};
	const sms = { resource: 'sms', operation: 'send', to: '+19492221234', from: '+12513561234', text: 'Hi' };

	it.each([
		['To', { ...sms, to: '9492221234' }],
		['From', { ...sms, from: '+0123' }],
		['To', { ...sms, to: '+1 (949) 222-12a4' }],
		['Phone Number', { resource: 'dnc', operation: 'add', endpoint: '555-0100', selector: 'CUSTOMER_GLOBAL', subtype: 'sms' }],
		['Phone Number', { resource: 'dnc', operation: 'check', endpoint: '15558675309', selector: 'CUSTOMER_GLOBAL', subtype: 'sms' }],
		['Selector', { resource: 'dnc', operation: 'check', endpoint: '+15558675309', selector: 'my number', subtype: 'sms' }],
		['Phone Number 1', { resource: 'contact', operation: 'create', extData: { phonenumber1: '714-222-0000' } }],
		['Selector', { resource: 'dnc', operation: 'add', endpoint: '+15558675309', selector: '5551234567', subtype: 'sms' }],
		['More Selectors', { resource: 'dnc', operation: 'add', endpoint: '+15558675309', selector: 'CUSTOMER_GLOBAL', subtype: 'sms', dncOptions: { selectors: 'CUSTOMER_GLOBAL, 5551234567' } }],
		['From', { resource: 'conversation', operation: 'sendMessage', from: 'me', to: '+19492221234', text: 'Hi' }],
	])('a number not in E.164 ("%s") is refused by name', async (label, parameters) => {
		const message = await refusal(parameters);
		expect(message).toContain(`"${label}" must be a phone number in E.164 format`);
		expect(message).toContain('Nothing was sent to Ytel');
	});

	it('formatting a user types around an E.164 number is dropped, the number sent', async () => {
		await sim.clearLog();
		const result = await runNode(env, testNode('ytel', { ...sms, to: '+1 (949) 222-1234' }, { name: 'Ytel', credentials: CREDENTIAL }));
		expect(result.error).toBeUndefined();
		const sent = ((await sim.requests()) as unknown as LoggedRequest[]).filter((request) => request.path === '/v4/sms');
		expect((sent[0].body as IDataObject).to).toBe('+19492221234');
	});

	it.each([
		['Recipient', 'To or Contact', { ...sms, to: '' }],
		['Sender', 'From or Number Set ID', { ...sms, from: '  ' }],
		['Message', 'Text or SMS Template or Media URL (MMS)', { ...sms, text: '' }],
	])('an empty one-of group (%s) is named', async (group, labels, parameters) => {
		expect(await refusal(parameters)).toContain(`${group}: enter ${labels}`);
	});

	it('a group is satisfied by its other member (contact, number set, template, media URL)', async () => {
		await sim.clearLog();
		const parameters = {
			resource: 'sms',
			operation: 'send',
			smsContactId: rl('c0b13242-777d-4e89-b9b2-fb5c14a1bbcf'),
			numberSetId: '0e275620-52a2-11ea-810d-915e5688a0a1',
			smsTemplateId: rl('3539d410-5f65-11eb-a080-51e25f7d5918'),
			smsOptions: { mediaUrl: 'https://www.example.com/image.png', deliveryStatusEnabled: false },
		};
		const result = await runNode(env, testNode('ytel', parameters, { name: 'Ytel', credentials: CREDENTIAL }));
		const sent = ((await sim.requests()) as unknown as LoggedRequest[]).filter((request) => request.path === '/v4/sms');
		expect(sent[0].body).toEqual({
			contactId: 'c0b13242-777d-4e89-b9b2-fb5c14a1bbcf',
			numberSetId: '0e275620-52a2-11ea-810d-915e5688a0a1',
			smsTemplateId: '3539d410-5f65-11eb-a080-51e25f7d5918',
			mediaUrl: 'https://www.example.com/image.png',
			deliveryStatusEnabled: false,
		});
		expect(result.error?.message ?? '').not.toMatch(/enter/);
	});

	it.each([
		['Contact', { resource: 'contact', operation: 'get', contactId: rl('.') }, 'cannot be "."'],
		['Contact', { resource: 'contact', operation: 'get', contactId: rl('..') }, 'cannot be ".."'],
		['SMS Template', { resource: 'smsTemplate', operation: 'archive', templateId: rl('..') }, 'cannot be ".."'],
		['Inbox', { resource: 'inbox', operation: 'delete', inboxName: rl('.') }, 'cannot be "."'],
		['Webhook Configuration', { resource: 'webhookConfiguration', operation: 'delete', callbackId: rl('..') }, 'cannot be ".."'],
		['Asset Name', { resource: 'asset', operation: 'delete', assetType: 'audio', assetName: '..' }, 'cannot be ".."'],
	])('an id "." or ".." in %s is refused', async (label, parameters, words) => {
		expect(await refusal(parameters)).toContain(`"${label}" ${words}`);
	});

	it.each([
		[{ resource: 'contact', operation: 'get', contactId: rl('a/b') }, '/v4/contact/a%2Fb'],
		[{ resource: 'webhookCommonConfiguration', operation: 'get', callbackAuthId: rl('../callback/configuration') }, '/v4/callback/authentication/..%2Fcallback%2Fconfiguration'],
		[{ resource: 'asset', operation: 'delete', assetType: 'audio', assetName: 'x/../y.wav' }, '/v4/asset/audio/x%2F..%2Fy.wav'],
		[{ resource: 'dnc', operation: 'check', endpoint: '+15558675309', selector: 'CUSTOMER_GLOBAL', subtype: 'sms' }, '/v4/dnc/%2B15558675309/CUSTOMER_GLOBAL/sms'],
	])('an id with "/" stays one segment (%#)', async (parameters, path) => {
		await sim.clearLog();
		await runNode(env, testNode('ytel', parameters, { name: 'Ytel', credentials: CREDENTIAL }));
		const sent = ((await sim.requests()) as unknown as LoggedRequest[]).filter((request) => !request.path.startsWith('/auth/'));
		expect(sent.map((request) => request.path)).toEqual([path]);
	});

	it('an added-but-empty field is not sent; Extra Properties merge deeply', async () => {
		await sim.clearLog();
		const parameters = {
			resource: 'webhookCommonConfiguration',
			operation: 'update',
			callbackAuthId: rl('b41770b0-5503-11eb-9a67-59113aa55d66'),
			updateFields: { name: 'Renamed', description: '  ', headers: { pair: [{ name: '', value: 'x' }] } },
			extraProperties: '{"headers": {"X-One": "1"}, "authHeaders": {"Username": "u"}}',
		};
		const result = await runNode(env, testNode('ytel', parameters, { name: 'Ytel', credentials: CREDENTIAL }));
		expect(result.error).toBeUndefined();
		const sent = ((await sim.requests()) as unknown as LoggedRequest[]).filter((request) => !request.path.startsWith('/auth/'));
		expect(sent[0].body).toEqual({ name: 'Renamed', headers: { 'X-One': '1' }, authHeaders: { Username: 'u' } });
	});

	it('a Ytel refusal comes back in Ytel’s words, without secrets', async () => {
		const result = await runNode(env, testNode('ytel', { resource: 'contact', operation: 'get', contactId: rl('00000000-0000-4000-8000-000000000000') }, { name: 'Ytel', credentials: CREDENTIAL }));
		expect(result.error?.message).toMatch(/^Ytel error \(HTTP 200, code 404\)/);
		expectRunHasNoSecrets(result, secretsOf(env));
	});
});

describe('Ytel node: the pickers (From List) list what Ytel lists', () => {
	const sim = useYtelSim();
	let env: TestEnvironment;
	beforeEach(() => {
		resetPacing();
		env = environment(sim);
	});
	const pick = async (method: string, filter?: string) => {
		const context = loadOptionsContext(env, testNode('ytel', { resource: 'sms', operation: 'send' }, { name: 'Ytel', credentials: CREDENTIAL }));
		const search = (new Ytel().methods.listSearch as Record<string, (this: unknown, filter?: string) => Promise<{ results: Array<{ name: string; value: string }> }>>)[method];
		return (await search.call(context, filter)).results;
	};
	const payloadOf = async (path: string) => ((await sim.api('GET', path)).body.payload as IDataObject[]);

	it.each([
		['searchContacts', '/v4/contact', 'contactId'],
		['searchSmsTemplates', '/v4/smstemplate', 'templateId'],
		['searchInboxes', '/v4/inbox/name', 'name'],
		['searchWebhookConfigurations', '/v4/callback/configuration', 'id'],
		['searchWebhookCommonConfigurations', '/v4/callback/authentication', 'id'],
	])('%s: every record of %s by its %s', async (method, path, idKey) => {
		const records = await payloadOf(path);
		expect(records.length).toBeGreaterThan(0);
		const results = await pick(method);
		expect(results.map((result) => result.value).sort()).toEqual(records.map((record) => String(record[idKey])).sort());
		expect(results.every((result) => result.name.trim().length > 0)).toBe(true);
	});

	it('filters by the text typed (a template title)', async () => {
		const [first] = await payloadOf('/v4/smstemplate');
		const results = await pick('searchSmsTemplates', String(first.templateTitle).toUpperCase());
		expect(results.map((result) => result.value)).toContain(first.templateId);
		expect(results.every((result) => result.name.toLowerCase().includes(String(first.templateTitle).toLowerCase()))).toBe(true);
	});
});

describe('Ytel node description', () => {
	it('offers Extra Properties (JSON) on every operation that sends a JSON body', async () => {
		const properties = new Ytel().description.properties;
		const shownFor = (resource: string, operation: string) =>
			properties.filter((property) => property.name === 'extraProperties' && property.displayOptions?.show?.resource?.includes(resource) && property.displayOptions.show.operation?.includes(operation));
		const withBody = ytelScenarios.filter((scenario) => scenario.body);
		expect(withBody.length).toBeGreaterThan(20);
		for (const scenario of withBody) {
			const parameters = typeof scenario.parameters === 'function' ? undefined : scenario.parameters;
			if (!parameters) continue;
			expect({ row: scenario.row, extraProperties: shownFor(String(parameters.resource), String(parameters.operation)).length }).toEqual({ row: scenario.row, extraProperties: 1 });
		}
	});

	it('stays within the 200 KB budget', () => {
		const size = Buffer.byteLength(JSON.stringify(new Ytel().description));
		expect(size).toBeLessThanOrEqual(200 * 1024);
	});
});
