/**
 * The credential's Test request, run the way n8n's credentials tester runs it (a copy of the
 * node type whose only property routes the test request, through RoutingNode), and the
 * resource-locator list searches.
 */
import type { INodeType } from 'n8n-workflow';
import { OutsetaApi } from '../../credentials/OutsetaApi.credentials';
import { Outseta } from '../../nodes/Outseta/Outseta.node';
import { loadOptionsContext, runNode, testNode } from '../helpers/engine';
import { OUTSETA_KEYS, useOutsetaSim, outsetaEnvironment, outsetaNode } from '../helpers/outseta';

function credentialTestNodeType(): INodeType {
	const nodeType = new Outseta();
	return {
		description: {
			...nodeType.description,
			credentials: [{ name: 'outsetaApi', required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: new OutsetaApi().test.request },
					default: '',
				},
			],
		},
	};
}

describe('Outseta credential test and list searches', () => {
	const sim = useOutsetaSim();

	const testCredential = async (overrides = {}) => {
		const env = { ...outsetaEnvironment(sim, overrides), nodeTypes: { credentialTest: credentialTestNodeType() } };
		return await runNode(env, testNode('credentialTest', {}));
	};

	it('passes with the right keys, sending one authenticated request', async () => {
		const result = await testCredential();
		expect(result.error).toBeUndefined();
		const [request] = await sim.requests();
		expect(request.path).toBe('/api/v1/crm/people');
		expect(request.query).toEqual({ limit: '1', fields: 'Uid' });
		expect(request.headers.authorization).toBe(`Outseta ${OUTSETA_KEYS.apiKey}:${OUTSETA_KEYS.secretKey}`);
	});

	it('fails with a wrong secret', async () => {
		const result = await testCredential({ secretKey: 'wrong' });
		expect(result.error).toBeDefined();
		expect((await sim.requests())[0].status).toBe(401);
	});

	it('fails when the base URL points at no Outseta API', async () => {
		const result = await testCredential({ baseUrl: `${sim.url}/elsewhere` });
		expect(result.error).toBeDefined();
	});

	describe('list searches', () => {
		const context = () => loadOptionsContext(outsetaEnvironment(sim), outsetaNode({ resource: 'person', operation: 'get' }));

		it('lists people newest first, labelled by name and email', async () => {
			const result = await new Outseta().methods.listSearch.searchPeople.call(context());
			expect(result.results[0]).toEqual({ name: 'Example owmjxl9V (owmjxl9v@example.com)', value: 'owmjxl9V' });
			expect(result.results.map((entry) => entry.value)).toContain('qrm0A4QX');
			expect(result.paginationToken).toBeUndefined();
		});

		it('filters by the search text and pages with a token', async () => {
			await sim.control('reset', { empty: true });
			await sim.control('seed', { people: 150 });
			const listSearch = new Outseta().methods.listSearch;
			const first = await listSearch.searchPeople.call(context());
			expect(first.results).toHaveLength(100);
			expect(first.paginationToken).toBe('1');
			const second = await listSearch.searchPeople.call(context(), undefined, first.paginationToken);
			expect(second.results).toHaveLength(50);
			expect(second.paginationToken).toBeUndefined();
			const filtered = await listSearch.searchPeople.call(context(), 'Person 149');
			expect(filtered.results.map((entry) => entry.name)).toEqual([expect.stringContaining('Person 149')]);
		});

		it('lists accounts by name', async () => {
			const result = await new Outseta().methods.listSearch.searchAccounts.call(context(), 'first example');
			expect(result.results).toEqual([{ name: 'First example account', value: 'KaWx1mVr' }]);
		});

		it('reports vendor errors', async () => {
			await sim.control('fail', { count: 1, status: 500, message: 'Boom' });
			await expect(new Outseta().methods.listSearch.searchAccounts.call(context())).rejects.toMatchObject({
				message: 'Outseta error (HTTP 500): Boom',
				httpCode: '500',
			});
		});
	});
});
