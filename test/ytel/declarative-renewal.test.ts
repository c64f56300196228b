/**
 * Token renewal in the declarative operations (RoutingNode), for each way Ytel may reject an
 * expired token: n8n renews on an HTTP 401 by itself; an HTTP 403 and an HTTP 200 `status:false`
 * answer are renewed by the shared runner (`routedRequest`), through the vendor's probe. Each
 * time the operation succeeds after one exchange, and the rejected request is sent once more,
 * never a third time. Through n8n-core's engine against the Ytel simulator.
 */
import type { IDataObject } from 'n8n-workflow';
import { resetPacing } from '../../nodes/shared/pacing';
import { parametersOf, type LoggedRequest } from '../helpers/coverage';
import { runNode, testNode, type TestEnvironment } from '../helpers/engine';
import { useYtelSim, YTEL_USER } from '../helpers/ytel-sim';
import { CREDENTIAL, numbersEnvironment } from './numbers-env';
import { ytelEnvironment, ytelScenarios } from './ytel-scenarios';

type Rejection = 'http401' | 'http403' | 'status200-401' | 'status200-403';
const REJECTIONS: Rejection[] = ['status200-403', 'status200-401', 'http403', 'http401'];

describe('Ytel: an expired token renewed inside declarative operations', () => {
	const sim = useYtelSim();
	let env: TestEnvironment;

	beforeEach(() => {
		resetPacing();
		env = ytelEnvironment(sim);
	});

	const run = async (environment: TestEnvironment, node: string, parameters: IDataObject, input: IDataObject[] = [{}]) =>
		await runNode(environment, testNode(node, parameters, { name: 'Ytel', credentials: CREDENTIAL }), input);
	const requests = async () => ((await sim.requests()) as unknown as LoggedRequest[]).map((request) => `${request.method} ${request.path} ${request.status}`);
	const exchanges = async () => ((await sim.control('auth', {})) as { exchanges: { password: number; refresh: number } }).exchanges;
	/** Signs in through a first run, then expires every token and sets how Ytel refuses them. */
	async function expiredSession(rejection: Rejection, environment = env): Promise<string> {
		const first = await run(environment, environment === env ? 'ytel' : 'ytelNumbers', environment === env ? { resource: 'contact', operation: 'getAll', returnAll: false, limit: 1 } : { resource: 'timezone', operation: 'getAll', returnAll: true });
		expect(first.error).toBeUndefined();
		const held = String(environment.credentials.ytelApi.accessToken);
		expect(held.length).toBeGreaterThan(20);
		await sim.control('expireTokens', {});
		await sim.control('auth', { rejection });
		await sim.clearLog();
		return held;
	}

	it.each(REJECTIONS)('%s: Send SMS succeeds after one exchange, sent twice in all (the rejected one and the resend)', async (rejection) => {
		const held = await expiredSession(rejection);
		const before = await exchanges();
		const scenario = ytelScenarios.find((candidate) => candidate.row === 'Send SMS')!;
		const result = await run(env, 'ytel', await parametersOf(scenario, sim));
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => Object.keys(item.json).length > 0)).toEqual([true]);
		const after = await exchanges();
		expect(after.password + after.refresh - before.password - before.refresh).toBe(1);
		const log = await requests();
		const rejectedStatus = rejection === 'http401' ? 401 : rejection === 'http403' ? 403 : 200;
		// n8n's own 401 renewal needs no probe; the others renew through the credential Test's cheap GET.
		const probe = rejection === 'http401' ? [] : ['GET /v4/timezone/ 200'];
		expect(log).toEqual([`POST /v4/sms ${rejectedStatus}`, 'POST /auth/v3/token 200', ...probe, 'POST /v4/sms 200']);
		expect(env.credentials.ytelApi.accessToken).not.toBe(held);
	});

	it('twenty parallel items on an expired token (HTTP 200 status:false): every item succeeds on one exchange', async () => {
		const held = await expiredSession('status200-403');
		const before = await exchanges();
		const contact = ytelScenarios.find((candidate) => candidate.row === 'Get Contact')!;
		const result = await run(env, 'ytel', await parametersOf(contact, sim), Array.from({ length: 20 }, () => ({})));
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(20);
		const after = await exchanges();
		expect(after.password + after.refresh - before.password - before.refresh).toBe(1);
		const logged = (await sim.requests()) as unknown as LoggedRequest[];
		const gets = logged.filter((request) => request.method === 'GET' && request.path.startsWith('/v4/contact/'));
		// Each item: its rejected request (the expired token) and its resend (the new one); no third.
		const withHeld = gets.filter((request) => String(request.headers.authorization) === `Bearer ${held}`);
		expect({ rejected: withHeld.length, resent: gets.length - withHeld.length }).toEqual({ rejected: 20, resent: 20 });
		const probes = logged.filter((request) => request.path === '/v4/timezone/').length;
		console.log(`Ytel: 20 parallel items on an expired token: 1 exchange, ${probes} probe request(s), ${gets.length} contact requests`);
		// The items share one renewal: one probe.
		expect(probes).toBe(1);
	});

	it('a Return All whose first page meets the expired token walks every page after one exchange', async () => {
		const numbers = numbersEnvironment(sim);
		await sim.insert({ kind: 'number', count: 1205 });
		await expiredSession('status200-403', numbers);
		const before = await exchanges();
		const result = await run(numbers, 'ytelNumbers', { resource: 'number', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items.length).toBeGreaterThanOrEqual(1205);
		const after = await exchanges();
		expect(after.password + after.refresh - before.password - before.refresh).toBe(1);
		const pages = (await requests()).filter((line) => line.startsWith('GET /v4/number'));
		expect(pages[0]).toBe('GET /v4/number 200');
		expect(pages.length).toBe(1 + Math.ceil(result.items.length / 1000) + (result.items.length % 1000 === 0 ? 1 : 0));
	});

	it('a password changed since the last sign-in: the refusal of the sign-in is the error, and nothing is resent', async () => {
		await expiredSession('status200-403');
		env.credentials.ytelApi.password = 'Changed-Passw0rd-not-valid';
		const scenario = ytelScenarios.find((candidate) => candidate.row === 'Send SMS')!;
		const result = await run(env, 'ytel', await parametersOf(scenario, sim));
		expect(result.error?.message).toMatch(/Ytel refused the email or password/);
		expect(JSON.stringify({ message: result.error?.message, description: result.error?.description })).not.toContain('Changed-Passw0rd-not-valid');
		expect(JSON.stringify(result.error?.message)).not.toContain(YTEL_USER.password);
		expect((await requests()).filter((line) => line.startsWith('POST /v4/sms'))).toEqual(['POST /v4/sms 200']);
	});

	it('with the API token (nothing held to renew), a rejection is reported at once, with one request', async () => {
		const tokenEnv = ytelEnvironment(sim);
		Object.assign(tokenEnv.credentials.ytelApi, { authMode: 'apiToken', apiToken: 'not-the-sim-token-CANARY-1', accessToken: '' });
		await sim.clearLog();
		const contact = ytelScenarios.find((candidate) => candidate.row === 'Get Contact')!;
		const result = await run(tokenEnv, 'ytel', await parametersOf(contact, sim));
		expect(result.error?.message).toMatch(/^Ytel (error|rejected)/);
		expect((await requests()).filter((line) => !line.startsWith('POST /auth/'))).toHaveLength(1);
	});
});
