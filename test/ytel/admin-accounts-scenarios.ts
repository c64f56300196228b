/**
 * One scenario per request of the Ytel collection's Account Management (10) and Account
 * Configuration (10) folders, run by the `ytelAdmin` node: shared by the engine suite
 * (admin-accounts-coverage.test.ts) and the real-n8n suite (test/e2e/ytel.e2e.ts).
 *
 * Expected bodies are the examples' bodies with their blank values left out: Edit Account and
 * Create Sub-Account carry `"domain": ""` and `"id": null`, which the node does not send on its own
 * (Extra Properties can). Ids are the simulator's seeded records (ams-accounts.js), all different.
 */
import type { IDataObject } from 'n8n-workflow';
import { YtelApi } from '../../credentials/YtelApi.credentials';
import { YtelAdmin } from '../../nodes/Ytel/YtelAdmin.node';
import { exampleBodyOf, idOf, rowFor, type CoverageScenario } from '../helpers/coverage';
import type { TestEnvironment } from '../helpers/engine';
import { rowsOf } from '../helpers/rows';
import type { YtelSim } from '../helpers/ytel-sim';
import { ytelCredentials } from './numbers-env';

export const adminAccountsRows = rowsOf('Ytel', [
	['CPaaS API', 'Account Management'],
	['CPaaS API', 'Account Configuration'],
]);
export const exampleBody = (name: string): IDataObject => exampleBodyOf(rowFor(adminAccountsRows, { row: name }));
export const exampleList = (name: string): IDataObject[] => exampleBodyOf(rowFor(adminAccountsRows, { row: name })) as unknown as IDataObject[];
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** The `ytelAdmin` node with the real ytelApi credential against the simulator; `overrides` change the credential. */
export function adminEnvironment(sim: YtelSim, overrides: IDataObject = {}): TestEnvironment {
	return { nodeTypes: { ytelAdmin: new YtelAdmin() }, credentialTypes: { ytelApi: new YtelApi() }, credentials: { ytelApi: ytelCredentials(sim, overrides) } };
}

/** Seeded by the simulator (test/simulators/ytel/ams-accounts.js). */
export const SUBACCOUNT_WEST = '5b0c7e31-4c2a-4a53-9d1e-3f2a7c9b1a01';
export const SUBACCOUNT_EAST = '5b0c7e31-4c2a-4a53-9d1e-3f2a7c9b1a02';

/** An example body without its blank values (`""`, null). */
const withoutBlanks = (body: IDataObject): IDataObject => Object.fromEntries(Object.entries(body).filter(([, value]) => value !== '' && value !== null));

/** Name at the top, the other account details in Account Fields. */
function accountParameters(resource: string, operation: string, rowName: string): IDataObject {
	const { name, ...rest } = withoutBlanks(exampleBody(rowName));
	return { resource, operation, name, accountFields: rest };
}

export type AdminScenario = CoverageScenario<YtelSim>;
type Scenario = AdminScenario;

const one = (output: IDataObject[], expected: IDataObject) => {
	expect(output).toHaveLength(1);
	expect(output[0]).toMatchObject(expected);
};
const deleted = (output: IDataObject[]) => expect(output).toEqual([{ success: true }]);

export const adminAccountsScenarios: Scenario[] = [
	// ------------------------------------------------------------ Account Management
	{
		row: 'Get Account',
		parameters: { resource: 'account', operation: 'get' },
		check: (output) => one(output, { accountSid: '173c6f7f-c911-f823-fb2d-a13e4780c300', isParentAcct: true }),
	},
	{
		row: 'Get Account Address',
		parameters: { resource: 'account', operation: 'getAddress' },
		check: (output) => one(output, { city: 'Reno', zip: '89501' }),
	},
	{
		row: 'Get Subaccounts',
		parameters: { resource: 'subaccount', operation: 'getAll', returnAll: true },
		check: (output) => expect(output.map((entry) => entry.accountSid)).toEqual([SUBACCOUNT_WEST, SUBACCOUNT_EAST]),
	},
	{
		row: 'Edit Account',
		parameters: accountParameters('account', 'update', 'Edit Account'),
		body: () => withoutBlanks(exampleBody('Edit Account')),
		check: (output) => one(output, { accountSid: '173c6f7f-c911-f823-fb2d-a13e4780c300', name: 'Apple Lending', domain: null }),
	},
	{
		row: 'Edit Account Status',
		path: (parameters) => ({ accountId: idOf(parameters.accountSid) }),
		parameters: { resource: 'subaccount', operation: 'updateStatus', accountSid: byId(SUBACCOUNT_WEST), subaccountStatus: 'inactive' },
		body: () => exampleBody('Edit Account Status'),
		check: (output) => one(output, { accountSid: SUBACCOUNT_WEST, status: 'inactive' }),
	},
	{
		row: 'Create Sub-Account',
		parameters: accountParameters('subaccount', 'create', 'Create Sub-Account'),
		body: () => withoutBlanks(exampleBody('Create Sub-Account')),
		check: (output) => one(output, { accountSid: expect.any(String), name: 'Apple Lending', parentAcctId: '173c6f7f-c911-f823-fb2d-a13e4780c300' }),
	},
	{
		row: 'Delete Subaccount',
		path: (parameters) => ({ accountSid: idOf(parameters.accountSid) }),
		parameters: { resource: 'subaccount', operation: 'delete', accountSid: byId(SUBACCOUNT_EAST) },
		check: deleted,
	},
	{
		row: 'Get Account Funds',
		parameters: { resource: 'account', operation: 'getFunds' },
		check: (output) => one(output, { totalFunds: 125.5 }),
	},
	{
		row: 'Get Account Balance Alerts',
		parameters: { resource: 'account', operation: 'getBalanceAlerts', returnAll: true },
		check: (output) => one(output, { emailAddress: 'billing@example.com', balanceAlertAmount: 50 }),
	},
	{
		row: 'Add Account Balance Alert',
		parameters: { resource: 'account', operation: 'addBalanceAlert', ...exampleBody('Add Account Balance Alert') },
		body: () => exampleBody('Add Account Balance Alert'),
		check: (output) => one(output, { balanceAlertId: expect.any(String), balanceAlertAmount: 20, emailAddress: 'myEmail@mycompany.com' }),
	},

	// ------------------------------------------------------------ Account Configuration
	{
		row: 'Get Account Configs',
		parameters: { resource: 'accountConfig', operation: 'getAll', returnAll: true },
		check: (output) => expect(output.map((entry) => entry.key)).toEqual(['company_phone', 'state', 'zip', 'max_users']),
	},
	{
		row: 'Get Account Config',
		path: (parameters) => ({ key: idOf(parameters.key) }),
		parameters: { resource: 'accountConfig', operation: 'get', key: byId('company_phone') },
		check: (output) => one(output, { key: 'company_phone', value: '+14155550100' }),
	},
	{
		row: 'Save Account Config',
		parameters: () => {
			const { key, value } = exampleBody('Save Account Config');
			return Promise.resolve({ resource: 'accountConfig', operation: 'save', settingKey: key, settingValue: value });
		},
		body: () => exampleBody('Save Account Config'),
		check: (output) => one(output, { key: 'company_phone', value: '+18005551234' }),
	},
	{
		row: 'Save Multiple Account Configs',
		parameters: { resource: 'accountConfig', operation: 'saveMany', settings: { entry: exampleList('Save Multiple Account Configs') } },
		body: () => exampleList('Save Multiple Account Configs'),
		check: (output) => expect(output).toEqual([expect.objectContaining({ key: 'state', value: 'CA' }), expect.objectContaining({ key: 'zip', value: '90210' })]),
	},
	{
		row: 'Delete Account Config',
		path: (parameters) => ({ key: idOf(parameters.key) }),
		parameters: { resource: 'accountConfig', operation: 'delete', key: byId('state') },
		check: deleted,
	},
	{
		row: 'Get External Account Configs',
		parameters: { resource: 'externalConfig', operation: 'getAll', returnAll: true },
		check: (output) => expect(output.map((entry) => `${entry.provider}/${entry.key}`)).toEqual(['sendgrid/from_email', 'sendgrid/api_key', 'mailgun/domain']),
	},
	{
		row: 'Save External Account Config',
		parameters: () => {
			const { provider, key, encryptedValue } = exampleBody('Save External Account Config');
			return Promise.resolve({ resource: 'externalConfig', operation: 'save', externalProvider: provider, externalSettingKey: key, externalSecret: encryptedValue });
		},
		body: () => exampleBody('Save External Account Config'),
		check: (output) => expect(output).toEqual([{ provider: 'sendgrid', key: 'api_key', encrypted: true }]),
	},
	{
		row: 'Save Multiple External Account Configs',
		parameters: { resource: 'externalConfig', operation: 'saveMany', externalSettings: { entry: exampleList('Save Multiple External Account Configs') } },
		body: () => exampleList('Save Multiple External Account Configs'),
		check: (output) =>
			expect(output).toEqual([
				{ provider: 'mailgun', key: 'domain', value: 'mymailgundomain' },
				{ provider: 'mailgun', key: 'api_key', encrypted: true },
			]),
	},
	{
		row: 'Delete External Account Config by Provider',
		path: (parameters) => ({ provider: idOf(parameters.provider) }),
		parameters: { resource: 'externalConfig', operation: 'deleteService', provider: byId('sendgrid') },
		check: deleted,
	},
	{
		row: 'Delete External Account Config by Provider and Key',
		path: (parameters) => ({ provider: idOf(parameters.provider), key: String(parameters.externalKey) }),
		parameters: { resource: 'externalConfig', operation: 'delete', provider: byId('mailgun'), externalKey: 'domain' },
		check: deleted,
	},
];
