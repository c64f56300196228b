/** Outseta's e2e workflow: a record by id, a short list, a create, and a person that does not exist. */
import type { IDataObject } from 'n8n-workflow';
import { control, keysOf, type Outputs, type VendorWorkflow } from '../vendor-workflows';

const simulator = require('../../simulators/outseta/server.js');

/** Simplify's person fields (README, Outseta node). */
const SIMPLIFIED_PERSON = ['Created', 'Email', 'FirstName', 'FullName', 'LastName', 'PhoneMobile', 'PhoneWork', 'Timezone', 'Title', 'Uid', 'Updated'];
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export const workflow: VendorWorkflow = {
	simulator: 'outseta',
	credential: {
		type: 'outsetaApi',
		data: (url) => ({ subdomain: '', baseUrl: `${url}${simulator.BASE_PATH}`, ...simulator.TEST_KEYS, requestsPerSecond: 4 }),
	},
	async prepare(url) {
		await control(url, 'reset');
	},
	nodes: [
		// qrm0A4QX is the person of the collection's "Get person" example.
		{ name: 'Get person', node: 'outseta', parameters: { resource: 'person', operation: 'get', personId: byId('qrm0A4QX') } },
		{ name: 'Get three people', node: 'outseta', parameters: { resource: 'person', operation: 'getAll', returnAll: false, limit: 3 } },
		{
			name: 'Create person',
			node: 'outseta',
			parameters: { resource: 'person', operation: 'create', email: 'e2e-smoke@example.com', firstName: 'Smoke', lastName: 'Test' },
		},
		{ name: 'Missing person', node: 'outseta', parameters: { resource: 'person', operation: 'get', personId: byId('missing-e2e') } },
	],
	failing: { name: 'Missing person', httpCode: '404', message: "Outseta error (HTTP 404): Person with Uid 'missing-e2e' was not found." },
	summarize(outputs: Outputs) {
		const json = (name: string) => (outputs[name] ?? []).map((item) => item.json);
		const [person] = json('Get person');
		const [created] = json('Create person');
		return {
			person: { keys: keysOf(person), Uid: person?.Uid, Email: person?.Email },
			people: json('Get three people').map((record: IDataObject) => keysOf(record)),
			created: { Email: created?.Email, FullName: created?.FullName },
		};
	},
	expected: {
		person: { keys: SIMPLIFIED_PERSON, Uid: 'qrm0A4QX', Email: 'example@outseta.com' },
		people: [SIMPLIFIED_PERSON, SIMPLIFIED_PERSON, SIMPLIFIED_PERSON],
		created: { Email: 'e2e-smoke@example.com', FullName: 'Smoke Test' },
	},
};
