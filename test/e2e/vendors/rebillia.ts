/** Rebillia's e2e workflow: a customer by id, the company's currencies, a customer created, and one that does not exist. */
import { control, keysOf, type Outputs, type VendorWorkflow } from '../vendor-workflows';

const simulator = require('../../simulators/rebillia/server.js');

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export const workflow: VendorWorkflow = {
	simulator: 'rebillia',
	credential: {
		type: 'rebilliaApi',
		data: (url) => ({ host: url, version: 'v1', apiKey: simulator.TEST_KEYS.apiKey, requestsPerSecond: 10 }),
	},
	async prepare(url) {
		await control(url, 'reset');
	},
	nodes: [
		// Customer 4 is the customer of the collection's "Get a Customer" example.
		{ name: 'Get customer', node: 'rebillia', parameters: { resource: 'customer', operation: 'get', customerId: byId('4'), simplify: false } },
		{ name: 'Currencies', node: 'rebilliaSettings', parameters: { resource: 'currency', operation: 'getAll', returnAll: true } },
		{
			name: 'Create customer',
			node: 'rebillia',
			parameters: { resource: 'customer', operation: 'create', firstName: 'Smoke', lastName: 'Test', email: 'e2e-smoke@example.com' },
		},
		{ name: 'Missing customer', node: 'rebillia', parameters: { resource: 'customer', operation: 'get', customerId: byId('999999') } },
	],
	failing: {
		name: 'Missing customer',
		httpCode: '404',
		message: 'Rebillia error (HTTP 404, error_not_found_resource): The resource that try to access not exist in this company.',
	},
	summarize(outputs: Outputs) {
		const json = (name: string) => (outputs[name] ?? []).map((item) => item.json);
		const [customer] = json('Get customer');
		const [created] = json('Create customer');
		return {
			customer: { id: customer?.id, email: customer?.email },
			currencies: json('Currencies').map((currency) => currency.id),
			created: { email: created?.email, id: typeof created?.id, keys: keysOf(created).includes('createdAt') },
		};
	},
	expected: {
		// The collection's "Get a Customer" and "Get All Company Currencies" examples.
		customer: { id: 4, email: 'jonh.doe@example.com' },
		currencies: [44],
		created: { email: 'e2e-smoke@example.com', id: 'number', keys: true },
	},
};
