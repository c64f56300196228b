/**
 * The Ytel API credential and the shared token exchange behind it, against a local Ytel stub:
 * the Test button in both modes and every way it can be wrong (each message names the address,
 * the email/password or the token), and renewal on rejection through the shared request path in
 * the three shapes (401, 403, HTTP 200 with status false): renewed once, resent once, never a loop,
 * the new token stored; the refresh grant first, the password grant when the refresh is refused;
 * parallel items share one exchange; no secret in any output or error, in any encoding.
 */
import type { ICredentialDataDecryptedObject, IDataObject, IExecuteFunctions, INodeType } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { YtelApi } from '../../credentials/YtelApi.credentials';
import { ytel } from '../../nodes/Ytel/shared/api';
import { ytelTokenExchange } from '../../nodes/Ytel/shared/token';
import { resetPacing } from '../../nodes/shared/pacing';
import { vendorRequest } from '../../nodes/shared/request';
import { bindRefreshToken, exchangeToken, refreshTokenBoundTo, resetTokenExchanges } from '../../nodes/shared/tokenExchange';
import { runCredentialTest } from '../helpers/credential-test';
import type { TestEnvironment } from '../helpers/engine';
import { runNode, testNode } from '../helpers/engine';
import { expectNoSecrets, expectRunHasNoSecrets } from '../helpers/secrets';
import { type RejectionShape, YTEL_USER, YtelStub } from './token-stub';

/** A minimal programmatic node: each input item reads the time zones, all items at once. */
const probe: INodeType = {
	description: {
		displayName: 'Ytel Probe',
		name: 'ytelProbe',
		group: ['transform'],
		version: 1,
		description: 'Reads the time zones with the Ytel credential',
		defaults: { name: 'Ytel Probe' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'ytelApi', required: true }],
		properties: [],
	},
	async execute(this: IExecuteFunctions) {
		const bodies = await Promise.all(
			this.getInputData().map(async () => (await vendorRequest.call(this, ytel, { method: 'GET', path: '/v4/timezone/' })) as IDataObject),
		);
		return [bodies.map((body) => ({ json: { count: body.count } }))];
	},
};

describe('Ytel API credential', () => {
	const stub = new YtelStub();
	beforeAll(async () => {
		await stub.start();
	});
	afterAll(async () => {
		await stub.stop();
	});
	beforeEach(() => {
		stub.reset();
		resetPacing();
		resetTokenExchanges();
	});

	const credentials = (overrides: IDataObject = {}): ICredentialDataDecryptedObject => ({
		authMode: 'emailPassword',
		email: YTEL_USER.email,
		password: YTEL_USER.password,
		apiToken: '',
		baseUrl: stub.url,
		yccBaseUrl: 'https://ycc-api.ytel.com/api/v2',
		requestsPerSecond: 50,
		accessToken: '',
		refreshToken: '',
		...overrides,
	});
	const environment = (overrides: IDataObject = {}): TestEnvironment => ({
		nodeTypes: { ytelProbe: probe },
		credentialTypes: { ytelApi: new YtelApi() },
		credentials: { ytelApi: credentials(overrides) },
	});
	const node = testNode('ytelProbe', {}, { credentials: { ytelApi: { id: 'ytel-cred-1', name: 'Ytel test credential' } } });
	const test = async (overrides: IDataObject = {}) => await runCredentialTest(environment(), 'ytelApi', probe, credentials(overrides));

	describe('Test button', () => {
		it('Email and Password: signs in as the collection does, then reads the time zones with the new token', async () => {
			expect(await test()).toEqual({ status: 'OK', message: 'Connection successful!' });
			expect(stub.lines()).toEqual(['POST token resource_owner_credentials 200', 'GET /v4/timezone/ 200']);
			const [exchange, read] = stub.log;
			expect(exchange.body).toEqual({
				captcha: '',
				grantType: 'resource_owner_credentials',
				password: YTEL_USER.password,
				refreshToken: '',
				username: YTEL_USER.email,
				refreshDurationMinutes: 120,
			});
			expect(stub.accessTokens.has(read.authorization!.replace(/^Bearer /, ''))).toBe(true);
		});

		it('API Token: one read with the token, no sign-in', async () => {
			expect(await test({ authMode: 'apiToken', apiToken: stub.apiToken, email: '', password: '' })).toEqual({ status: 'OK', message: 'Connection successful!' });
			expect(stub.lines()).toEqual(['GET /v4/timezone/ 200']);
			expect(stub.log[0].authorization).toBe(`Bearer ${stub.apiToken}`);
		});

		it.each([401, 403, 200] as RejectionShape[])('API Token rejected (HTTP %s): says the token is wrong', async (shape) => {
			stub.rejection = shape;
			const verdict = await test({ authMode: 'apiToken', apiToken: 'not-the-token' });
			expect(verdict.status).toBe('Error');
			expect(verdict.message).toMatch(/^Ytel rejected the token: in API Token mode check the API Token/);
			// After a 401 n8n itself resends once (a fixed token has nothing to renew); never more.
			expect(stub.lines()).toEqual(Array.from({ length: shape === 401 ? 2 : 1 }, () => `GET /v4/timezone/ ${shape}`));
			expect(stub.exchanges()).toEqual([]);
		});

		it.each([
			['an HTTP 401', 'http', 'HTTP 401'],
			['an HTTP 200 with status false', 'envelope', 'HTTP 200, code 401'],
		] as const)('a wrong password refused with %s: says the email or password is wrong, without the password', async (_case, refusal, http) => {
			stub.passwordRefusal = refusal;
			const password = 'wrong pass+/=CANARY';
			const verdict = await test({ password });
			expect(verdict).toEqual({
				status: 'Error',
				message: `Ytel refused the email or password (${http}): Authentication Error (Invalid password for [redacted])`,
			});
			expectNoSecrets(verdict, [password, YTEL_USER.password]);
			expect(stub.lines()).toEqual([`POST token resource_owner_credentials ${refusal === 'http' ? 401 : 200}`]);
		});

		it.each([
			['no email', { email: ' ' }, 'Enter the Email in the Ytel API credential'],
			['no password', { password: '' }, 'Enter the Password in the Ytel API credential'],
			['no Base URL', { baseUrl: '' }, 'The Ytel credential has no usable address. Enter the Ytel Base URL (e.g. https://api.ytel.com) in the credential.'],
			[
				'a Base URL without http://',
				{ baseUrl: 'api.ytel.com' },
				'The Ytel credential has no usable address. The Base URL must be an http:// or https:// address without a user name or password, e.g. https://example.com.',
			],
		])('%s: says what to enter, sending nothing', async (_case, overrides, message) => {
			expect(await test(overrides)).toEqual({ status: 'Error', message });
			expect(stub.log).toEqual([]);
		});

		it('a Base URL where nothing answers: says the address is wrong', async () => {
			expect(await test({ baseUrl: 'http://127.0.0.1:9' })).toEqual({
				status: 'Error',
				message: 'Ytel could not be reached at http://127.0.0.1:9: the connection was refused',
			});
		});

		it('a Base URL with a path where no token endpoint is: says the address is wrong', async () => {
			const verdict = await test({ baseUrl: `${stub.url}/v4` });
			expect(verdict.message).toMatch(/^Nothing answers at the token address \(HTTP 404\)/);
			expect(stub.lines()).toEqual(['POST /v4/auth/v3/token 404']);
		});
	});

	describe('renewal on rejection (shared request path)', () => {
		const stored = (env: TestEnvironment) => env.credentials.ytelApi;

		it.each([401, 403, 200] as RejectionShape[])(
			'an expired token rejected with HTTP %s: the refresh grant renews it once, the request is resent once, the new token is stored',
			async (shape) => {
				stub.rejection = shape;
				const env = environment();
				expect((await runNode(env, node)).items[0].json.count).toBe(3);
				const first = stored(env).accessToken;
				expect(stored(env).refreshToken).toMatch(/^n8n-bound:/);
				stub.expireAccessTokens();
				stub.log = [];
				const second = await runNode(env, node);
				expect(second.error).toBeUndefined();
				expect(second.items[0].json.count).toBe(3);
				expect(stub.lines()).toEqual([`GET /v4/timezone/ ${shape}`, 'POST token refresh_token 200', 'GET /v4/timezone/ 200']);
				expect(stored(env).accessToken).not.toBe(first);
				expect(stub.accessTokens.has(String(stored(env).accessToken))).toBe(true);
				// What is stored works: the next run sends one request.
				stub.log = [];
				await runNode(env, node);
				expect(stub.lines()).toEqual(['GET /v4/timezone/ 200']);
			},
		);

		it.each([401, 403, 200] as RejectionShape[])('a token Ytel rejects again after renewal (HTTP %s): one renewal, one resend, then the error', async (shape) => {
			stub.rejection = shape;
			const env = environment();
			await runNode(env, node);
			stub.rejectAll = true;
			stub.log = [];
			const result = await runNode(env, node);
			expect(result.error).toBeDefined();
			expect(result.error?.message).toMatch(/Authentication Error \(Bad token\)/);
			expect(stub.lines()).toEqual([`GET /v4/timezone/ ${shape}`, 'POST token refresh_token 200', `GET /v4/timezone/ ${shape}`]);
			expectRunHasNoSecrets(result, [YTEL_USER.password, String(stored(env).accessToken), String(stored(env).refreshToken)]);
		});

		it('a 2xx rejection, then a 403 on the resend: still one renewal and one resend', async () => {
			const env = environment();
			await runNode(env, node);
			stub.rejectAll = true;
			stub.nextRejections = [200, 403];
			stub.log = [];
			const result = await runNode(env, node);
			expect(result.error?.message).toMatch(/Authentication Error \(Bad token\)/);
			expect(stub.lines()).toEqual(['GET /v4/timezone/ 200', 'POST token refresh_token 200', 'GET /v4/timezone/ 403']);
		});

		it('a refused refresh token falls back to the password grant', async () => {
			stub.rejection = 403;
			const env = environment();
			await runNode(env, node);
			stub.expireAccessTokens();
			stub.revokeRefreshTokens();
			stub.log = [];
			const result = await runNode(env, node);
			expect(result.error).toBeUndefined();
			expect(stub.lines()).toEqual([
				'GET /v4/timezone/ 403',
				'POST token refresh_token 401',
				'POST token resource_owner_credentials 200',
				'GET /v4/timezone/ 200',
			]);
		});

		it('a password changed since: the renewal fails saying the email or password is wrong, without secrets', async () => {
			const env = environment();
			await runNode(env, node);
			stub.expireAccessTokens();
			stub.revokeRefreshTokens();
			env.credentials.ytelApi.password = 'changed elsewhere+CANARY';
			stub.log = [];
			const result = await runNode(env, node);
			expect(result.error?.message).toMatch(/^Ytel refused the email or password \(HTTP 401\)/);
			// The refresh token was issued to the old password: not used with the new one.
			expect(stub.lines()).toEqual(['GET /v4/timezone/ 401', 'POST token resource_owner_credentials 401']);
			expectRunHasNoSecrets(result, ['changed elsewhere+CANARY', YTEL_USER.password, String(stored(env).refreshToken)]);
		});

		it.each([401, 403, 200] as RejectionShape[])('twenty parallel items on an expired token (HTTP %s): one exchange, twenty answers', async (shape) => {
			stub.rejection = shape;
			const env = environment();
			await runNode(env, node);
			stub.expireAccessTokens();
			stub.log = [];
			const result = await runNode(env, node, Array.from({ length: 20 }, (_, index) => ({ index })));
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.count)).toEqual(Array.from({ length: 20 }, () => 3));
			expect(stub.exchanges().length).toBe(1);
		});

		it('twenty parallel items with no token yet: one sign-in', async () => {
			const env = environment();
			const result = await runNode(env, node, Array.from({ length: 20 }, (_, index) => ({ index })));
			expect(result.error).toBeUndefined();
			expect(stub.lines().filter((line) => line.startsWith('POST'))).toEqual(['POST token resource_owner_credentials 200']);
		});

		it('API Token mode: a rejected token is not renewed (nothing to exchange), one request', async () => {
			stub.rejection = 200;
			const result = await runNode(environment({ authMode: 'apiToken', apiToken: 'revoked-token' }), node);
			expect(result.error).toBeDefined();
			expect(stub.lines()).toEqual(['GET /v4/timezone/ 200']);
		});
	});

	describe('the token endpoint is paced and its 429 waited out', () => {
		/** Signs in once per input item, each item as a different Ytel user (another email). */
		const signIns: INodeType = {
			description: { ...probe.description, displayName: 'Ytel Sign-ins', name: 'ytelSignIns' },
			async execute(this: IExecuteFunctions) {
				const base = await this.getCredentials('ytelApi');
				const outcomes = await Promise.all(
					this.getInputData().map(async (_, index) => {
						try {
							await exchangeToken(this, ytelTokenExchange, { ...base, email: `user${index}@example.com` });
							return 'token';
						} catch (error) {
							return (error as Error).message;
						}
					}),
				);
				return [outcomes.map((outcome) => ({ json: { outcome } }))];
			},
		};

		it('40 sign-ins at once reach the token endpoint at most 25 in any second (Ytel allows 25/s)', async () => {
			const env = { ...environment(), nodeTypes: { ytelSignIns: signIns } };
			const result = await runNode(env, testNode('ytelSignIns', {}, { credentials: node.credentials }), Array.from({ length: 40 }, () => ({})));
			expect(result.items).toHaveLength(40);
			const arrivals = stub.exchanges().map((entry) => entry.at);
			expect(arrivals).toHaveLength(40);
			const busiest = Math.max(...arrivals.map((start) => arrivals.filter((at) => at >= start && at < start + 1000).length));
			expect(busiest).toBeLessThanOrEqual(25);
		}, 20_000);

		it('a 429 from the token endpoint is waited out (Retry-After) and the sign-in goes on', async () => {
			stub.tokenRateLimited = 1;
			const env = environment();
			const result = await runNode(env, node);
			expect(result.error).toBeUndefined();
			expect(stub.lines()).toEqual(['POST token resource_owner_credentials 429', 'POST token resource_owner_credentials 200', 'GET /v4/timezone/ 200']);
			const [limited, accepted] = stub.exchanges();
			expect(accepted.at - limited.at).toBeGreaterThanOrEqual(950);
		});
	});

	describe('the refresh token is bound to the login that obtained it', () => {
		it('handed to the refresh grant for the same address, email and password only', () => {
			const base = credentials();
			const stored = bindRefreshToken(ytelTokenExchange, base, 'rt-1.part');
			const usable = (changes: IDataObject) => refreshTokenBoundTo(ytelTokenExchange, { ...base, ...changes, refreshToken: stored });
			expect(usable({})).toBe('rt-1.part');
			expect(usable({ email: ` ${YTEL_USER.email.toUpperCase()} ` })).toBe('rt-1.part');
			expect(usable({ password: 'another' })).toBeUndefined();
			expect(usable({ email: 'someone.else@example.com' })).toBeUndefined();
			expect(usable({ baseUrl: 'https://api.ytel.com' })).toBeUndefined();
			expect(refreshTokenBoundTo(ytelTokenExchange, { ...base, refreshToken: 'rt-1.part' })).toBeUndefined();
		});
	});
});
