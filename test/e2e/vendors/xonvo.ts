/** XONVO's e2e workflow: lead statistics, an account and a lead created, and an account that does not exist. */
import { control, keysOf, type Outputs, type VendorWorkflow } from '../vendor-workflows';

const simulator = require('../../simulators/xonvo/server.js');

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** The lead Create sends; its field names are also the keys XONVO takes. */
const LEAD = {
	firstName: 'Smoke',
	lastName: 'Test',
	phone: '+1555-010-0000',
	timestamp: '01-02-2024 10:00:00',
	zip: '98121',
	jornayaLeadId: '095796C6-4D33-A73C-7BCE-D5563F59E778',
};

export const workflow: VendorWorkflow = {
	simulator: 'xonvo',
	credential: {
		type: 'xonvoApi',
		data: (url) => ({ baseUrl: url, ...simulator.TEST_USER, accountId: '', requestsPerSecond: 10 }),
	},
	async prepare(url) {
		await control(url, 'reset');
	},
	nodes: [
		// Lead "2" of account 21 is the lead of the collection's "Lead statistics" example.
		{ name: 'Lead statistics', node: 'xonvo', parameters: { resource: 'lead', operation: 'getStatistics', accountId: byId('21'), leadExternalId: '2' } },
		{ name: 'Create account', node: 'xonvo', parameters: { resource: 'account', operation: 'create', name: 'e2e smoke account' } },
		{
			name: 'Add a lead',
			node: 'xonvo',
			parameters: { resource: 'lead', operation: 'create', ...LEAD },
		},
		{ name: 'Missing account', node: 'xonvo', parameters: { resource: 'account', operation: 'getStatistics', accountId: byId('999999') } },
	],
	failing: { name: 'Missing account', httpCode: '404', message: 'XONVO error (HTTP 404): Account 999999 not found' },
	summarize(outputs: Outputs) {
		const json = (name: string) => (outputs[name] ?? []).map((item) => item.json);
		const [account] = json('Create account');
		return {
			leadStatistics: json('Lead statistics'),
			account: { keys: keysOf(account), id: typeof account?.id },
			lead: json('Add a lead'),
		};
	},
	expected: {
		// The collection's "Lead statistics" example.
		leadStatistics: [{ deliveredCount: 2, qualified: true, lastDeliveredTime: '2022-06-01T12:15:55.360Z' }],
		account: { keys: ['id'], id: 'number' },
		// XONVO answers `{ success: true }`; the node adds the lead it sent.
		lead: [{ success: true, lead: LEAD }],
	},
};
