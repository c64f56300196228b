/**
 * Every request of the Ytel collection's Account Management (10) and Account Configuration (10)
 * folders executed by the `ytelAdmin` node through n8n-core's engine against the Ytel simulator,
 * with the ytelApi credential (a real token exchange): each matched to its row by method, full
 * path with its id values, the raw query and the exact body written from the collection's example
 * (see admin-accounts-scenarios.ts for the blank values left out).
 *
 * Then the refusal in API Token mode (Ytel's administration does not take the web app's API
 * token: every operation and picker fails before anything is sent, with one message), bad input
 * (ids with `/`, `.`, `..`, phone numbers not in E.164, a setting's value both plain and secret or
 * neither, empty lists), secrets, the pickers, and the size of the node's description.
 */
import type { IDataObject } from 'n8n-workflow';
import { YtelAdmin } from '../../nodes/Ytel/YtelAdmin.node';
import { parametersOf } from '../helpers/coverage';
import { loadOptionsContext, runNode, type TestEnvironment } from '../helpers/engine';
import { expectNoSecrets } from '../helpers/secrets';
import { describeYtelCoverage, expectNoYtelSecrets, expectRefusedBeforeSending, resetYtelStateBeforeEach, ytelApiRequests, ytelNode } from '../helpers/ytel-coverage';
import { useYtelSim, YTEL_API_TOKEN, YTEL_USER } from '../helpers/ytel-sim';

import {
	adminAccountsRows as rows,
	adminAccountsScenarios as scenarios,
	adminEnvironment,
	byId,
	exampleBody,
	SUBACCOUNT_EAST,
	SUBACCOUNT_WEST,
} from './admin-accounts-scenarios';

const sim = useYtelSim();

const environment = (overrides: IDataObject = {}): TestEnvironment => adminEnvironment(sim, overrides);
const node = (parameters: IDataObject) => ytelNode('ytelAdmin', parameters);

/** API Token mode: the web app's token, no email or password. */
const TOKEN_MODE = { authMode: 'apiToken', apiToken: YTEL_API_TOKEN, email: '', password: '' };
const REFUSAL = 'Ytel account administration needs the Email and Password sign-in';
const REFUSAL_DESCRIPTION =
	"Ytel's account administration does not accept the API token. In the Ytel API credential, set Authentication to Email and Password and enter the email and password of a Ytel user allowed to administer the account.";

const apiRequests = () => ytelApiRequests(sim);

resetYtelStateBeforeEach();

describeYtelCoverage({
	title: 'Ytel Admin: every account management and account configuration request through the engine',
	label: 'ytelAdmin (accounts)',
	nodeType: 'ytelAdmin',
	sim,
	rows,
	rowCount: 20,
	scenarios,
	environment,
});

describe('Ytel Admin: API Token mode is refused before anything is sent', () => {
	it('Ytel itself refuses the API token on every one of these requests (so a request sent would show)', async () => {
		for (const row of rows) {
			const path = row.path.replace(/\{(\w+)\}/g, 'x');
			const answer = await sim.request(row.method, path, { token: YTEL_API_TOKEN, body: row.bodyMode ? {} : undefined });
			expect({ row: row.name, status: answer.status, body: answer.body }).toMatchObject({
				row: row.name,
				status: 200,
				body: { status: false, error: [{ code: '403', message: 'Authentication Error' }] },
			});
		}
	});

	it.each(scenarios.map((scenario) => [scenario.row, scenario] as const))('%s', async (_name, scenario) => {
		const parameters = await parametersOf(scenario, sim);
		await sim.clearLog();
		const env = environment(TOKEN_MODE);
		const result = await runNode(env, node(parameters), [{}], { timezone: 'UTC' });
		// Nothing at all: no sign-in, no administration request.
		expect(await sim.requests()).toEqual([]);
		expect(result.error?.message).toBe(REFUSAL);
		expect(result.error?.description).toBe(REFUSAL_DESCRIPTION);
		expectNoYtelSecrets(env, result);
	});

	it.each(['searchSubaccounts', 'searchAccountSettings', 'searchExternalServices'] as const)('the %s picker too', async (method) => {
		await sim.clearLog();
		const context = loadOptionsContext(environment(TOKEN_MODE), node({ resource: 'subaccount', operation: 'delete' }));
		await expect(new YtelAdmin().methods.listSearch[method].call(context)).rejects.toThrow(REFUSAL);
		expect(await sim.requests()).toEqual([]);
	});

	it('Email and Password mode with the same node runs (the refusal is about the mode only)', async () => {
		await sim.clearLog();
		const result = await runNode(environment({ apiToken: YTEL_API_TOKEN }), node({ resource: 'account', operation: 'get' }), [{}]);
		expect(result.error).toBeUndefined();
		expect((await apiRequests()).map((request) => `${request.method} ${request.path}`)).toEqual(['GET /ams/v3/accounts']);
	});
});

describe('Ytel Admin: bad input is refused before anything is sent', () => {
	const refused = (parameters: IDataObject) => expectRefusedBeforeSending(sim, environment(), node(parameters));

	it.each(['.', '..'])('a subaccount ID "%s" is refused by name', async (id) => {
		const result = await refused({ resource: 'subaccount', operation: 'delete', accountSid: byId(id) });
		expect(result.error?.message).toBe(`"Subaccount" cannot be "${id}"`);
	});

	it('a blank setting key is refused by name', async () => {
		const result = await refused({ resource: 'accountConfig', operation: 'get', key: byId('  ') });
		expect(result.error?.message).toBe('"Setting" is required');
	});

	it('a setting key with "/" stays one path segment', async () => {
		await sim.clearLog();
		const result = await runNode(environment(), node({ resource: 'accountConfig', operation: 'get', key: byId('a/../b') }), [{}]);
		expect((await apiRequests()).map((request) => request.path)).toEqual(['/ams/v3/accounts/config/a%2F..%2Fb']);
		expect(result.error?.message).toMatch(/^Ytel error \(HTTP 200, code 404\): Not Found/);
	});

	it('a service and key with "/" stay one segment each', async () => {
		await sim.clearLog();
		await runNode(environment(), node({ resource: 'externalConfig', operation: 'delete', provider: byId('mail/gun'), externalKey: 'api/key' }), [{}]);
		expect((await apiRequests()).map((request) => request.path)).toEqual(['/ams/v3/accounts/external/config/mail%2Fgun/api%2Fkey']);
	});

	it('an account phone not in E.164 is refused, naming the field', async () => {
		const result = await refused({ resource: 'subaccount', operation: 'create', name: 'Orchard', accountFields: { phone: '555-1234 ext 9' } });
		expect(result.error?.message).toBe('"Phone" must be a phone number in E.164 format, e.g. +14155550123');
	});

	it('an external setting with both a plain and a secret value is refused', async () => {
		const result = await refused({ resource: 'externalConfig', operation: 'save', externalProvider: 'sendgrid', externalSettingKey: 'api_key', externalValue: 'a', externalSecret: 'b-secret-value' });
		expect(result.error?.message).toBe('Fill either "Value" or "Secret Value", not both');
		// The error names the fields, never the secret typed (n8n's error carries the node's parameters, as for any field).
		expectNoSecrets({ message: result.error?.message, description: result.error?.description }, ['b-secret-value']);
	});

	it('an external setting with neither is refused', async () => {
		const result = await refused({ resource: 'externalConfig', operation: 'save', externalProvider: 'sendgrid', externalSettingKey: 'api_key' });
		expect(result.error?.message).toBe('Fill "Value" or "Secret Value"');
	});

	it('Save Many with no entries is refused', async () => {
		const result = await refused({ resource: 'accountConfig', operation: 'saveMany', settings: {} });
		expect(result.error?.message).toBe('Add at least one entry to "Settings"');
	});

	it('Save Many names the entry with a blank key, and the one with neither value', async () => {
		const blankKey = await refused({ resource: 'accountConfig', operation: 'saveMany', settings: { entry: [{ key: 'state', value: 'CA' }, { key: ' ', value: 'x' }] } });
		expect(blankKey.error?.message).toBe('Setting 2: "Key" is required');
		const noValue = await refused({ resource: 'externalConfig', operation: 'saveMany', externalSettings: { entry: [{ provider: 'mailgun', key: 'domain' }] } });
		expect(noValue.error?.message).toBe('Setting 1: Fill "Value" or "Secret Value"');
	});

	it('a balance alert without its email address is refused by name', async () => {
		// n8n's own check of required parameters answers first, naming the field.
		const result = await refused({ resource: 'account', operation: 'addBalanceAlert', balanceAlertAmount: 20, emailAddress: '' });
		expect(result.error?.message).toContain('Parameter "Email Address" is required');
		const spaces = await refused({ resource: 'account', operation: 'addBalanceAlert', balanceAlertAmount: 20, emailAddress: '   ' });
		expect(spaces.error?.message).toBe('"Email Address" is required');
	});

	it('a wrong password fails with no secret in the error', async () => {
		await sim.clearLog();
		const env = environment({ password: 'wrong-password-4711' });
		const result = await runNode(env, node({ resource: 'account', operation: 'get' }), [{}]);
		expect(result.error).toBeDefined();
		expect(await apiRequests()).toEqual([]);
		expectNoSecrets({ items: result.items, error: result.error, run: result.run.data }, ['wrong-password-4711', YTEL_USER.password]);
	});
});

describe('Ytel Admin: options and answers', () => {
	it('Get Many settings with Keys sends them comma separated', async () => {
		await sim.clearLog();
		const result = await runNode(environment(), node({ resource: 'accountConfig', operation: 'getAll', returnAll: true, settingFilters: { keys: ' state , zip ,' } }), [{}]);
		const sent = await apiRequests();
		expect(sent.map((request) => request.query)).toEqual([{ keys: 'state,zip' }]);
		expect(result.items.map((item) => item.json.key)).toEqual(['state', 'zip']);
	});

	it('Extra Properties send what the node leaves out (the example\'s blank domain and null id)', async () => {
		await sim.clearLog();
		const body = exampleBody('Edit Account');
		const result = await runNode(
			environment(),
			node({ resource: 'account', operation: 'update', name: body.name, accountFields: { phone: body.phone, extraProperties: '{"domain": "", "id": null}' } }),
			[{}],
		);
		expect(result.error).toBeUndefined();
		expect((await apiRequests()).map((request) => request.body)).toEqual([{ name: 'Apple Lending', phone: '+1234567899', domain: '', id: null }]);
	});

	it('a setting Ytel does not let change: its error, sent once', async () => {
		await sim.clearLog();
		const result = await runNode(environment(), node({ resource: 'accountConfig', operation: 'save', settingKey: 'max_users', settingValue: '50' }), [{}]);
		expect(result.error?.message).toBe('Ytel error (HTTP 200, code 400): Bad Request (Permission denied: max_users is not editable)');
		expect(await apiRequests()).toHaveLength(1);
	});

	it('the secret value of a setting is in no output', async () => {
		const result = await runNode(environment(), node({ resource: 'externalConfig', operation: 'save', externalProvider: 'sendgrid', externalSettingKey: 'api_key', externalSecret: 'sg-secret-CANARY-77' }), [{}]);
		expect(result.error).toBeUndefined();
		expect((await apiRequests()).at(-1)?.body).toEqual({ provider: 'sendgrid', key: 'api_key', encryptedValue: 'sg-secret-CANARY-77' });
		expectNoSecrets({ items: result.items }, ['sg-secret-CANARY-77']);
	});
});

describe('Ytel Admin: pickers', () => {
	const methods = new YtelAdmin().methods;
	const context = (parameters: IDataObject) => loadOptionsContext(environment(), node(parameters));

	it('subaccounts by name, searchable', async () => {
		const all = await methods.listSearch.searchSubaccounts.call(context({ resource: 'subaccount', operation: 'delete' }));
		expect(all.results).toEqual([
			{ name: 'Orchard Lending East', value: SUBACCOUNT_EAST },
			{ name: 'Orchard Lending West', value: SUBACCOUNT_WEST },
		]);
		const found = await methods.listSearch.searchSubaccounts.call(context({ resource: 'subaccount', operation: 'delete' }), 'west');
		expect(found.results).toEqual([{ name: 'Orchard Lending West', value: SUBACCOUNT_WEST }]);
	});

	it('account settings by key', async () => {
		const found = await methods.listSearch.searchAccountSettings.call(context({ resource: 'accountConfig', operation: 'get' }), 'PHONE');
		expect(found.results).toEqual([{ name: 'company_phone', value: 'company_phone' }]);
	});

	it('external services, each once', async () => {
		const found = await methods.listSearch.searchExternalServices.call(context({ resource: 'externalConfig', operation: 'deleteService' }));
		expect(found.results).toEqual([
			{ name: 'mailgun', value: 'mailgun' },
			{ name: 'sendgrid', value: 'sendgrid' },
		]);
	});
});

describe('Ytel Admin: description', () => {
	it('stays within the 200 KB budget', () => {
		const size = Buffer.byteLength(JSON.stringify(new YtelAdmin().description), 'utf8');
		console.log(`Ytel ytelAdmin description size: ${(size / 1024).toFixed(1)} KB (${size} bytes)`);
		expect(size).toBeLessThanOrEqual(200 * 1024);
	});
});
