import { runNode } from '../helpers/engine';
import { byId, OutsetaSim, outsetaEnvironment, outsetaNode } from '../helpers/outseta';

describe('smoke', () => {
	const sim = new OutsetaSim();
	beforeAll(async () => { await sim.start(); });
	afterAll(async () => { await sim.stop(); });

	it('gets a person', async () => {
		const result = await runNode(outsetaEnvironment(sim), outsetaNode({ resource: 'person', operation: 'get', personId: byId('qrm0A4QX') }));
		console.log(JSON.stringify(result.items), result.error);
		console.log(JSON.stringify(await sim.requests()));
		expect(result.items[0].json.Uid).toBe('qrm0A4QX');
	});
});
