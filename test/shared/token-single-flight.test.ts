/**
 * Single flight per credential, through n8n-core's engine: twenty parallel items on an expired
 * Outseta user token (as in real n8n at 100 requests per second) renew the token once, not once
 * per item, and every item still gets its answer.
 */
import { runNode } from '../helpers/engine';
import { outsetaEnvironment, outsetaNode, TEST_USER, useOutsetaSim } from '../helpers/outseta';

describe('token exchange: single flight per credential', () => {
	const sim = useOutsetaSim();

	afterEach(async () => {
		await sim.control('config', { rateLimit: { max: 4, windowMs: 1000 }, latency: null });
	});

	it('twenty parallel items on an expired user token: one exchange, twenty answers', async () => {
		// The vendor allows the rate the credential asks for; a network round trip of 40 ms.
		await sim.control('config', { rateLimit: null, latency: { ms: 40 } });
		const env = outsetaEnvironment(sim, {}, { requestsPerSecond: 100 });
		const profile = outsetaNode({ authentication: 'userToken', resource: 'profile', operation: 'get' });
		await runNode(env, profile);
		expect(await sim.expireTokens()).toBe(1);
		await sim.clearLog();
		const result = await runNode(env, profile, Array.from({ length: 20 }, (_, index) => ({ index })));
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.Uid)).toEqual(Array.from({ length: 20 }, () => TEST_USER.personUid));
		const exchanges = (await sim.requests()).filter((request) => request.method === 'POST' && request.path.endsWith('/tokens'));
		console.log(`single flight: ${exchanges.length} exchange(s) for 20 parallel items on an expired token`);
		expect(exchanges.length).toBe(1);
	}, 30_000);
});
