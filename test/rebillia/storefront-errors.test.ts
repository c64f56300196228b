/**
 * The storefront node's bad input (refused by name before anything is sent), Rebillia's error
 * answers, the customer token's renewal on a 401 (between runs and in the middle of a multi-item
 * run: one login and one retry per 401), and the secrets as canaries: the API key, the customer
 * token and the store JWT never reach run data or errors.
 */
import type { IDataObject } from 'n8n-workflow';
import { RebilliaTrigger } from '../../nodes/Rebillia/RebilliaTrigger.node';
import { RebilliaStorefront } from '../../nodes/Rebillia/RebilliaStorefront.node';
import { loadOptionsContext, PollHarness, runNode, type NodeRun, type TestEnvironment } from '../helpers/engine';
import { byId, REBILLIA_CREDENTIAL, REBILLIA_KEYS, rebilliaEnvironment, rebilliaNode, STOREFRONT_PUBLIC_KEY, TEST_SHOPPERS, useRebilliaSim } from '../helpers/rebillia';
import { loginsOf, storefrontEnvironment, storefrontNode } from '../helpers/rebillia-storefront';
import { expectNoSecrets as expectNoSecretsIn, expectRunHasNoSecrets } from '../helpers/secrets';

const STORE_JWT = TEST_SHOPPERS[0].storeJwt;
const errorText = (run: NodeRun) => `${run.error?.message ?? ''} ${run.error?.description ?? ''}`;

describe('Rebillia storefront: bad input, errors, token renewal and secrets', () => {
	const sim = useRebilliaSim();
	const run = async (parameters: IDataObject, env: TestEnvironment = storefrontEnvironment(sim), items: IDataObject[] = [{}]) =>
		await runNode(env, storefrontNode(parameters), items, { timezone: 'UTC' });

	describe('bad input is refused by name before anything is sent', () => {
		it.each([
			['an empty subscription', { resource: 'storefrontSubscription', operation: 'get', subscriptionId: byId('') }, /"Subscription" is required|issues/],
			[
				'a subscription id that is not a number (from an expression)',
				{ resource: 'storefrontSubscription', operation: 'get', subscriptionId: byId('={{ "abc" }}') },
				/"Subscription" must be a numeric ID/,
			],
			[
				'a rate plan id that is not a number',
				{ resource: 'storefrontSubscription', operation: 'changeRatePlan', subscriptionId: byId(1), productRatePlanId: byId('={{ "7a" }}'), ratePlanId: byId(7) },
				/"New Product Rate Plan ID" must be a numeric ID/,
			],
			[
				'a card without a payment token',
				{ resource: 'storefrontPaymentMethod', operation: 'create', companyGatewayId: byId(3412), type: 'card', nonce: '' },
				/"Payment Token" is required for a card/,
			],
			[
				'a bank account without an account number',
				{ resource: 'storefrontPaymentMethod', operation: 'create', companyGatewayId: byId(3412), type: 'ACH', additionalFields: { bankName: 'B', routingNumber: '1' } },
				/"Account Number" is required for a bank account \(ACH\)/,
			],
			[
				'invalid JSON in Extra Properties',
				{ resource: 'storefrontPaymentMethod', operation: 'create', companyGatewayId: byId(3412), type: 'card', nonce: 'tok_visa', additionalFields: { extraProperties: '{"a": ' } },
				/"Extra Properties \(JSON\)" is not valid JSON/,
			],
			[
				'a charged-through date that is no date',
				{ resource: 'storefrontRatePlanCharge', operation: 'schedule', ratePlanChargeId: byId(2777), chargedThroughDate: 'next tuesday-ish' },
				/"Charged Through Date" is not a date/,
			],
			[
				'a variant id of 0',
				{ resource: 'storefrontRatePlanCharge', operation: 'updateExternal', ratePlanChargeId: byId(2777), id: 0, product_id: 1460 },
				/"Variant ID" is required/,
			],
			[
				'a variant id that is not a whole number',
				{ resource: 'storefrontRatePlanCharge', operation: 'updateExternal', ratePlanChargeId: byId(2777), id: 17.5, product_id: 1460 },
				/"Variant ID" must be a numeric ID/,
			],
			['a checkout without a cart', { resource: 'storefrontCheckout', operation: 'get', cartId: '', gatewayKeyName: 'stripe' }, /"Cart ID" is required|issues/],
			['a cart id of ".."', { resource: 'storefrontCart', operation: 'checkSubscription', cartId: '..' }, /"Cart ID" cannot be ".."/],
		])('%s', async (_case, parameters, message) => {
			await sim.clearLog();
			const result = await run(parameters);
			expect(errorText(result)).toMatch(message);
			expect(await sim.requests()).toHaveLength(0);
		});

		it('a login with no store JWT here nor in the credential', async () => {
			await sim.clearLog();
			const token = await sim.login();
			const env = storefrontEnvironment(sim, { customerLogin: 'customerToken', customerToken: token, storeJwt: STORE_JWT });
			const result = await run({ resource: 'storefrontCustomer', operation: 'login', email: TEST_SHOPPERS[1].email }, env);
			expect(errorText(result)).toMatch(/"Store Customer JWT" is required/);
			expect((await sim.requests()).filter((request) => !request.path.endsWith('/login'))).toHaveLength(0);
		});

		it('a credential without a public key, for the paths that carry it', async () => {
			await sim.clearLog();
			const token = await sim.login();
			const result = await run({ resource: 'storefrontSettings', operation: 'get' }, storefrontEnvironment(sim, { customerLogin: 'customerToken', customerToken: token, publicKey: '' }));
			expect(errorText(result)).toMatch(/"Public Key \(in the credential\)" is required/);
			expect(await sim.requests()).toHaveLength(1);
		});

		it('a credential without a usable host', async () => {
			for (const host of ['', 'ftp://x.example.com', 'https://user:pass@x.example.com']) {
				const result = await run({ resource: 'storefrontSettings', operation: 'get' }, storefrontEnvironment(sim, { host }));
				expect(result.error?.message).toBe('The Rebillia Storefront credential has no usable address');
			}
		});

		it('encodes the public key and ids as one path segment each', async () => {
			const token = await sim.login();
			await sim.clearLog();
			await run({ resource: 'storefrontCart', operation: 'checkSubscription', cartId: 'a/b?c' }, storefrontEnvironment(sim, { customerLogin: 'customerToken', customerToken: token }));
			expect((await sim.requests())[0].url).toBe(`/storefrontapi/${STOREFRONT_PUBLIC_KEY}/carts/a%2Fb%3Fc/validate`);
		});
	});

	describe('pickers', () => {
		it('list the shopper’s own subscriptions, payment methods and store addresses, filtered by the search text', async () => {
			const node = new RebilliaStorefront();
			const env = storefrontEnvironment(sim, { sessionToken: await sim.login() });
			const context = () => loadOptionsContext(env, storefrontNode({ resource: 'storefrontSubscription', operation: 'get' }));
			const subscriptions = await node.methods.listSearch.searchShopperSubscriptions.call(context());
			expect(subscriptions.results.map((result) => result.value)).toEqual(['1']);
			expect((await node.methods.listSearch.searchShopperSubscriptions.call(context(), 'no such plan')).results).toEqual([]);
			const methods = await node.methods.listSearch.searchShopperPaymentMethods.call(context(), 'marta');
			expect(methods.results).toEqual([{ name: expect.stringMatching(/ending 4242 – Marta Morales \(#44\)$/), value: '44' }]);
			const addresses = await node.methods.listSearch.searchShopperAddresses.call(context());
			expect(addresses.results).toEqual([{ name: expect.stringMatching(/123 Main St.*\(#1\)$/), value: '1' }]);
		});
	});

	describe('Rebillia’s answers', () => {
		it('a 404 carries the status, the code and Rebillia’s message', async () => {
			const result = await run({ resource: 'storefrontSubscription', operation: 'get', subscriptionId: byId(999) });
			expect(result.error?.message).toBe(
				'Rebillia Storefront error (HTTP 404, error_not_found_resource): The resource that try to access not exist in this company.',
			);
			expect(result.error?.httpCode).toBe('404');
		});

		it('a 400 lets Rebillia’s message through', async () => {
			const result = await run({ resource: 'storefrontSubscription', operation: 'updatePaymentMethod', subscriptionId: byId(1), paymentMethodId: byId(999) });
			expect(result.error?.message).toBe('Rebillia Storefront error (HTTP 400, error_form_attributes): Invalid form data');
		});

		it('a 500 says so', async () => {
			const token = await sim.login();
			await sim.control('fail', { count: 1, status: 500 });
			const result = await run({ resource: 'storefrontSettings', operation: 'get' }, storefrontEnvironment(sim, { sessionToken: token }));
			expect(result.error?.message).toBe('Rebillia Storefront error (HTTP 500, error_server_api): In this moment we can not process your request.');
		});
	});

	describe('the customer token expires: one login and one retry per 401', () => {
		const log = async () => (await sim.requests()).map((request) => `${request.method} ${request.path.replace(STOREFRONT_PUBLIC_KEY, '{publicKey}')} ${request.status}`);

		it('logs in on the first run, then again after the token expired between two runs', async () => {
			const env = storefrontEnvironment(sim);
			await sim.clearLog();
			const first = await run({ resource: 'storefrontPaymentMethod', operation: 'getAll', returnAll: true }, env);
			expect(first.error).toBeUndefined();
			expect(await log()).toEqual(['GET /storefrontapi/{publicKey}/login 200', 'GET /storefrontapi/paymentmethods 200']);
			expect(loginsOf(env)).toBe(1);
			const firstToken = env.credentials.rebilliaStorefrontApi.sessionToken;

			expect(await sim.control('expireTokens')).toMatchObject({ expired: expect.any(Number) });
			await sim.clearLog();
			const second = await run({ resource: 'storefrontPaymentMethod', operation: 'getAll', returnAll: true }, env);
			expect(second.error).toBeUndefined();
			expect(second.items.map((item) => item.json.id)).toEqual([44]);
			expect(await log()).toEqual([
				'GET /storefrontapi/paymentmethods 401',
				'GET /storefrontapi/{publicKey}/login 200',
				'GET /storefrontapi/paymentmethods 200',
			]);
			expect(loginsOf(env)).toBe(2);
			expect(env.credentials.rebilliaStorefrontApi.sessionToken).not.toBe(firstToken);

			// The renewed token is kept: a third run needs no login.
			await sim.clearLog();
			await run({ resource: 'storefrontSettings', operation: 'get' }, env);
			expect(await log()).toEqual(['GET /storefrontapi/{publicKey}/settings 200']);
			expect(loginsOf(env)).toBe(2);
		});

		it('expired in the middle of a multi-item run: the item that meets the 401 logs in once and retries once, the rest use the new token', async () => {
			// Two requests a second leave half a second between items to expire the token in.
			const env = storefrontEnvironment(sim, { requestsPerSecond: 2 });
			await run({ resource: 'storefrontSettings', operation: 'get' }, env);
			expect(loginsOf(env)).toBe(1);
			await sim.clearLog();

			let expired = false;
			const watcher = (async () => {
				for (let tries = 0; tries < 2000 && !expired; tries++) {
					const served = (await sim.requests()).filter((request) => request.path.endsWith('/paymentmethods/44'));
					if (served.length >= 2) {
						await sim.control('expireTokens');
						expired = true;
						return;
					}
					await new Promise((resolve) => setTimeout(resolve, 10));
				}
			})();
			const items = Array.from({ length: 5 }, (_, index) => ({ index }));
			const result = await run({ resource: 'storefrontPaymentMethod', operation: 'get', paymentMethodId: byId(44) }, env, items);
			await watcher;
			expect(expired).toBe(true);
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.id)).toEqual([44, 44, 44, 44, 44]);

			const entries = await log();
			const unauthorized = entries.filter((entry) => entry.endsWith(' 401'));
			expect(unauthorized).toEqual(['GET /storefrontapi/paymentmethods/44 401']);
			const at = entries.indexOf(unauthorized[0]);
			expect(at).toBeGreaterThanOrEqual(2);
			// Right after the 401: one login, then the same request again.
			expect(entries.slice(at + 1, at + 3)).toEqual(['GET /storefrontapi/{publicKey}/login 200', 'GET /storefrontapi/paymentmethods/44 200']);
			expect(entries.filter((entry) => entry.includes('/login'))).toHaveLength(1);
			expect(entries.filter((entry) => entry === 'GET /storefrontapi/paymentmethods/44 200')).toHaveLength(5);
			expect(loginsOf(env)).toBe(2);
		}, 60_000);

		it('a customer token given directly is not renewed: the 401 says the token was rejected', async () => {
			const token = await sim.login();
			const env = storefrontEnvironment(sim, { customerLogin: 'customerToken', customerToken: token, storeJwt: '' });
			await sim.control('expireTokens', { token });
			await sim.clearLog();
			const result = await run({ resource: 'storefrontSettings', operation: 'get' }, env);
			expect(result.error?.message).toBe('Rebillia Storefront rejected the customer token (HTTP 401): Authentication Required.');
			expect(result.error?.httpCode).toBe('401');
			// n8n retries once after a 401 even without a new token; no login is attempted.
			expect((await log()).filter((entry) => entry.includes('/login'))).toEqual([]);
			expect(loginsOf(env)).toBe(0);
		});

		it('when the stored store JWT is no longer accepted, the renewal says so', async () => {
			const env = storefrontEnvironment(sim);
			await run({ resource: 'storefrontSettings', operation: 'get' }, env);
			await sim.control('expireTokens');
			env.credentials.rebilliaStorefrontApi.storeJwt = TEST_SHOPPERS[1].storeJwt;
			const result = await run({ resource: 'storefrontSettings', operation: 'get' }, env);
			expect(result.error?.message).toMatch(/^Rebillia Storefront refused the Store Customer JWT \(HTTP 400\): Invalid form data/);
			expect(result.error?.description).toMatch(/fresh one/);
			expectRunHasNoSecrets(result, [TEST_SHOPPERS[1].storeJwt]);
		});
	});

	describe('secrets stay out of run data and errors', () => {
		const secretsOf = (env: TestEnvironment) =>
			[STORE_JWT, env.credentials.rebilliaStorefrontApi.sessionToken, env.credentials.rebilliaStorefrontApi.customerToken].filter(
				(secret): secret is string => typeof secret === 'string' && secret.length > 0,
			);
		const expectNoSecrets = (result: NodeRun, secrets: string[]) => expectRunHasNoSecrets(result, [...secrets, REBILLIA_KEYS.apiKey]);

		it('the customer token reaches the Authorization header only', async () => {
			const env = storefrontEnvironment(sim);
			await sim.clearLog();
			const result = await run({ resource: 'storefrontSubscription', operation: 'getAll', returnAll: true }, env);
			const [login, request] = await sim.requests();
			expect(login.query.token).toBe(STORE_JWT);
			expect(request.headers.authorization).toBe(`Bearer ${env.credentials.rebilliaStorefrontApi.sessionToken}`);
			expectNoSecrets(result, secretsOf(env));
		});

		it.each([
			['a 401 with a rejected direct token', { customerLogin: 'customerToken', customerToken: 'eyJhbGciOiJIUzI1NiJ9.CANARY.token' }, undefined],
			['a 500', {}, 500],
			['a 404', {}, 404],
			['a refused connection', { host: 'http://127.0.0.1:9' }, undefined],
			['a failed login (wrong JWT)', { storeJwt: `${STORE_JWT}x` }, undefined],
			['a failed login (unknown email)', { customerEmail: 'nobody@example.com' }, undefined],
			['a failed login (wrong public key)', { publicKey: 'WRONG' }, undefined],
		])('on %s', async (_case, overrides, failWith) => {
			const env = storefrontEnvironment(sim, overrides);
			if (failWith) await sim.control('fail', { count: 1, status: failWith });
			const result = await run({ resource: 'storefrontSubscription', operation: 'get', subscriptionId: byId(1) }, env);
			expect(result.error).toBeDefined();
			expectNoSecrets(result, secretsOf(env));
		});

		it('the Login operation outputs the token it was asked for, and nothing else secret', async () => {
			const env = storefrontEnvironment(sim);
			const result = await run({ resource: 'storefrontCustomer', operation: 'login', email: TEST_SHOPPERS[1].email, storeJwt: TEST_SHOPPERS[1].storeJwt }, env);
			expect(Object.keys(result.items[0].json)).toEqual(['token']);
			expectNoSecretsIn({ items: result.items }, [TEST_SHOPPERS[1].storeJwt, String(env.credentials.rebilliaStorefrontApi.sessionToken)]);
		});

		it('the API key stays out of the trigger’s errors (401, 500, refused connection)', async () => {
			const trigger = (overrides: IDataObject) =>
				new PollHarness(
					rebilliaEnvironment(sim, { rebilliaTrigger: new RebilliaTrigger() }, overrides),
					rebilliaNode('rebilliaTrigger', { event: 'newCustomer' }, REBILLIA_CREDENTIAL),
				);
			const cases: Array<[IDataObject, number | undefined, RegExp]> = [
				[{ apiKey: `${REBILLIA_KEYS.apiKey}-wrong` }, undefined, /^Rebillia rejected the API key \(HTTP 401\)/],
				[{}, 500, /^Rebillia error \(HTTP 500, error_server_api\)/],
				[{ host: 'http://127.0.0.1:9' }, undefined, /^Rebillia could not be reached at http:\/\/127\.0\.0\.1:9/],
			];
			for (const [overrides, failWith, message] of cases) {
				if (failWith) await sim.control('fail', { count: 1, status: failWith });
				const error = await trigger(overrides)
					.poll({ isActivation: true })
					.then(() => undefined, (thrown: Error) => thrown);
				expect(error?.message).toMatch(message);
				expectNoSecretsIn({ error, stack: error?.stack }, [REBILLIA_KEYS.apiKey]);
			}
		});
	});
});
