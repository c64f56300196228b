/**
 * Both Outseta credentials: their Test buttons as n8n's credentials tester runs them (the user
 * token's preAuthentication first), the address rule (subdomain forms, an empty one refused), the
 * token exchange and its failures, and a token that expires renewed once, between two runs and in
 * the middle of a Return All, never in a loop.
 */
import type { IDataObject, INode } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { Outseta } from '../../nodes/Outseta/Outseta.node';
import { outseta } from '../../nodes/Outseta/shared/api';
import { baseUrlExpression, resolveBaseUrl, UNUSABLE_ADDRESS } from '../../nodes/shared/baseUrl';
import { runCredentialTest } from '../helpers/credential-test';
import { nodeTypesOf, runNode } from '../helpers/engine';
import {
	byId,
	OUTSETA_KEYS,
	OutsetaSim,
	outsetaCredentials,
	outsetaEnvironment,
	outsetaNode,
	outsetaUserCredentials,
	TEST_USER,
	useOutsetaSim,
} from '../helpers/outseta';

/** What was answered, in order; a 429 (the simulator's limiter, met by an unpaced sign-in) is retried and left out. */
const paths = (log: Array<{ method: string; path: string; status: number }>) =>
	log.filter((request) => request.status !== 429).map((request) => `${request.method} ${request.path} ${request.status}`);

describe('Outseta credentials', () => {
	const sim = useOutsetaSim();

	describe('API key: Test button', () => {
		const test = (overrides: IDataObject = {}) => runCredentialTest(outsetaEnvironment(sim), 'outsetaApi', new Outseta(), outsetaCredentials(sim, overrides));

		it('passes with the right keys, sending one authenticated request', async () => {
			expect(await test()).toEqual({ status: 'OK', message: 'Connection successful!' });
			const [request] = await sim.requests();
			expect(`${request.path}?${new URLSearchParams(request.query)}`).toBe('/api/v1/crm/people?limit=1&fields=Uid');
			expect(request.headers.authorization).toBe(`Outseta ${OUTSETA_KEYS.apiKey}:${OUTSETA_KEYS.secretKey}`);
		});

		it('names a rejected key', async () => {
			expect(await test({ secretKey: 'wrong' })).toEqual({ status: 'Error', message: 'Outseta rejected the API key or the secret key' });
		});

		it('names an address without the API path', async () => {
			expect(await test({ baseUrl: `${sim.url}/elsewhere` })).toEqual({
				status: 'Error',
				message: 'Nothing answers at this address: check the subdomain, or that the Base URL ends with the API path (/api/v1)',
			});
		});

		it('sends nothing when neither a subdomain nor a Base URL is set', async () => {
			const verdict = await test({ baseUrl: '', subdomain: '  ' });
			// What a node run says (message and description), not "ENOTFOUND".
			expect(verdict).toEqual({
				status: 'Error',
				message: 'The Outseta credential has no usable address. Enter your Outseta subdomain (e.g. acme) or a Base URL in the credential.',
			});
			expect(await sim.requests()).toHaveLength(0);
		});
	});

	describe('the address', () => {
		const expression = baseUrlExpression(outseta.baseUrl);
		const node: INode = { id: 'n', name: 'n', type: 'outseta', typeVersion: 1, position: [0, 0], parameters: {} };
		const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: nodeTypesOf({ outseta: new Outseta() }) });
		const evaluate = (credentials: IDataObject) =>
			workflow.expression.getSimpleParameterValue(node, expression, 'internal', { $credentials: credentials }, undefined, '');

		it.each(['acme', 'acme.outseta.com', 'https://acme.outseta.com', 'https://acme.outseta.com/', ' ACME.outseta.com '])(
			'reads the subdomain %j as https://acme.outseta.com/api/v1, in node code and in the credential expression',
			(subdomain) => {
				expect(resolveBaseUrl(outseta.baseUrl, { subdomain, baseUrl: '' })).toBe('https://acme.outseta.com/api/v1');
				expect(evaluate({ subdomain, baseUrl: '' })).toBe('https://acme.outseta.com/api/v1');
			},
		);

		it('prefers a Base URL, adding /api/v1 to a bare origin', () => {
			expect(resolveBaseUrl(outseta.baseUrl, { subdomain: 'acme', baseUrl: 'https://accounts.example.com' })).toBe('https://accounts.example.com/api/v1');
			expect(evaluate({ subdomain: 'acme', baseUrl: 'https://accounts.example.com/custom/' })).toBe('https://accounts.example.com/custom');
		});

		it('refuses an empty subdomain with no Base URL, saying what to enter', () => {
			expect(() => resolveBaseUrl(outseta.baseUrl, { subdomain: '', baseUrl: '' })).toThrow(
				'Enter your Outseta subdomain (e.g. acme) or a Base URL in the credential',
			);
			expect(evaluate({ subdomain: '', baseUrl: '' })).toBe(UNUSABLE_ADDRESS);
			expect(evaluate({ subdomain: 'not a name', baseUrl: '' })).toBe(UNUSABLE_ADDRESS);
		});

		it('a node run with no address is refused by name before anything is sent', async () => {
			const result = await runNode(outsetaEnvironment(sim, { baseUrl: '', subdomain: '' }), outsetaNode({ resource: 'person', operation: 'get', personId: byId('qrm0A4QX') }));
			expect(result.error?.message).toBe('The Outseta credential has no usable address');
			expect(result.error?.description).toBe('Enter your Outseta subdomain (e.g. acme) or a Base URL in the credential');
			expect(await sim.requests()).toHaveLength(0);
		});
	});

	describe('user token: Test button', () => {
		const test = (overrides: IDataObject = {}) =>
			runCredentialTest(outsetaEnvironment(sim), 'outsetaUserTokenApi', new Outseta(), outsetaUserCredentials(sim, overrides));

		it('signs in with the username and password, then reads the profile with the new token', async () => {
			expect(await test()).toEqual({ status: 'OK', message: 'Connection successful!' });
			const [exchange, profile] = await sim.requests();
			expect(paths([exchange, profile])).toEqual(['POST /api/v1/tokens 200', 'GET /api/v1/profile 200']);
			expect(exchange.body).toEqual({ username: TEST_USER.username, password: TEST_USER.password });
			expect(exchange.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
			expect(profile.headers.authorization).toMatch(/^bearer [\w-]+\.[\w-]+\.[\w-]+$/);
		});

		it('signs in afresh even with a token stored', async () => {
			expect(await test({ accessToken: 'stale' })).toMatchObject({ status: 'OK' });
			expect(paths(await sim.requests())[0]).toBe('POST /api/v1/tokens 200');
		});

		it('names a refused password, without the password', async () => {
			const verdict = await test({ password: 'not-the-password' });
			expect(verdict).toEqual({
				status: 'Error',
				message: 'Outseta refused the username or password (HTTP 400): The user name or password is incorrect.',
			});
			expect(paths(await sim.requests())).toEqual(['POST /api/v1/tokens 400']);
		});

		it('names what is missing, sending nothing', async () => {
			expect(await test({ username: '' })).toEqual({ status: 'Error', message: 'Enter the Username in the Outseta User Token credential' });
			expect(await test({ baseUrl: '', subdomain: '' })).toEqual({
				status: 'Error',
				message: 'The Outseta credential has no usable address. Enter your Outseta subdomain (e.g. acme) or a Base URL in the credential.',
			});
			expect(await sim.requests()).toHaveLength(0);
		});

		it('signs in at the Token URL when one is set (as Outseta admins do at go.outseta.com)', async () => {
			const go = new OutsetaSim();
			await go.start();
			try {
				await go.reset();
				const verdict = await test({ tokenUrl: `${go.apiRoot}/tokens` });
				// The other Outseta does not know its token: n8n signs in once more after the 401, then gives up.
				expect(verdict).toEqual({ status: 'Error', message: 'Outseta rejected the user token' });
				expect(paths(await go.requests())).toEqual(['POST /api/v1/tokens 200', 'POST /api/v1/tokens 200']);
				expect(paths(await sim.requests())).toEqual(['GET /api/v1/profile 401', 'GET /api/v1/profile 401']);
			} finally {
				await go.stop();
			}
		});
	});

	describe('an expired token is renewed once', () => {
		const userNode = (parameters: IDataObject) => outsetaNode({ authentication: 'userToken', ...parameters });

		it('between two runs: one new token, one retry', async () => {
			const env = outsetaEnvironment(sim);
			const first = await runNode(env, userNode({ resource: 'profile', operation: 'get' }));
			expect(first.items[0].json.Uid).toBe(TEST_USER.personUid);
			expect(env.preAuthentications).toEqual({ outsetaUserTokenApi: 1 });
			const token = env.credentials.outsetaUserTokenApi.accessToken;
			expect(await sim.expireTokens()).toBe(1);
			await sim.clearLog();
			const second = await runNode(env, userNode({ resource: 'profile', operation: 'get' }));
			expect(second.error).toBeUndefined();
			expect(second.items[0].json.Uid).toBe(TEST_USER.personUid);
			expect(paths(await sim.requests())).toEqual(['GET /api/v1/profile 401', 'POST /api/v1/tokens 200', 'GET /api/v1/profile 200']);
			expect(env.preAuthentications).toEqual({ outsetaUserTokenApi: 2 });
			expect(env.credentials.outsetaUserTokenApi.accessToken).not.toBe(token);
			// The renewed token is kept: the next run signs in no more.
			await sim.clearLog();
			await runNode(env, userNode({ resource: 'profile', operation: 'get' }));
			expect(paths(await sim.requests())).toEqual(['GET /api/v1/profile 200']);
		});

		it('in the middle of a Return All: the page that met the 401 is read again, no record twice', async () => {
			await sim.control('reset', { empty: true });
			await sim.control('seed', { people: 450 });
			await sim.setPassword((await sim.api('GET', '/crm/people?limit=1&fields=Email')).body.items[0].Email, 'pw-mid-run');
			const username = (await sim.api('GET', '/crm/people?limit=1&fields=Email')).body.items[0].Email as string;
			const env = outsetaEnvironment(sim, {}, { username, password: 'pw-mid-run', requestsPerSecond: 2 });
			const run = runNode(env, userNode({ resource: 'person', operation: 'getAll', returnAll: true, simplify: false }));
			// Expire the token once the first page is back.
			for (;;) {
				const log = await sim.requests();
				if (log.some((request) => request.path === '/api/v1/crm/people' && request.status === 200)) break;
				await new Promise((resolve) => setTimeout(resolve, 10));
			}
			expect(await sim.expireTokens()).toBe(1);
			const result = await run;
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(450);
			expect(new Set(result.items.map((item) => item.json.Uid)).size).toBe(450);
			const log = paths(await sim.requests());
			expect(log.filter((line) => line.endsWith(' 401'))).toHaveLength(1);
			expect(log.filter((line) => line.startsWith('POST /api/v1/tokens'))).toEqual(['POST /api/v1/tokens 200', 'POST /api/v1/tokens 200']);
			expect(log.indexOf('GET /api/v1/crm/people 401')).toBeGreaterThan(log.indexOf('GET /api/v1/crm/people 200'));
			expect(env.preAuthentications).toEqual({ outsetaUserTokenApi: 2 });
		}, 30_000);

		it('a token refused again after renewal ends the run with a clear error, not a loop', async () => {
			const env = outsetaEnvironment(sim);
			// Every request asking for these fields is refused as unauthorized, the renewed one too.
			await sim.control('fail', { count: 5, status: 401, message: 'Token revoked', query: { fields: 'Uid' } });
			const result = await runNode(env, userNode({ resource: 'person', operation: 'get', personId: byId('qrm0A4QX'), options: { fields: 'Uid' } }));
			expect(result.error?.httpCode).toBe('401');
			expect(result.error?.message).toBe('Outseta rejected the user token (HTTP 401): Token revoked');
			expect(paths(await sim.requests())).toEqual(['POST /api/v1/tokens 200', 'GET /api/v1/crm/people/qrm0A4QX 401', 'POST /api/v1/tokens 200', 'GET /api/v1/crm/people/qrm0A4QX 401']);
		});

		it('a password changed since the token was issued: the renewal fails with its reason', async () => {
			const env = outsetaEnvironment(sim);
			await runNode(env, userNode({ resource: 'profile', operation: 'get' }));
			await sim.setPassword(TEST_USER.username, 'changed-elsewhere');
			await sim.expireTokens();
			await sim.clearLog();
			const result = await runNode(env, userNode({ resource: 'profile', operation: 'get' }));
			expect(result.error?.message).toContain('Outseta refused the username or password (HTTP 400)');
			expect(paths(await sim.requests())).toEqual(['GET /api/v1/profile 401', 'POST /api/v1/tokens 400']);
		});
	});
});
