/**
 * The storefront credential's Test button as n8n runs it (preAuthentication first, then the test
 * request with its rules): a store JWT exchanged for a customer token, a token given directly,
 * and every way the exchange or the token can be wrong, each with its own message.
 */
import type { IDataObject } from 'n8n-workflow';
import { RebilliaStorefront } from '../../nodes/Rebillia/RebilliaStorefront.node';
import { runCredentialTest } from '../helpers/credential-test';
import { STOREFRONT_PUBLIC_KEY, TEST_SHOPPERS, useRebilliaSim } from '../helpers/rebillia';
import { storefrontCredentials, storefrontEnvironment } from '../helpers/rebillia-storefront';
import { expectNoSecrets } from '../helpers/secrets';

describe('Rebillia storefront credential test', () => {
	const sim = useRebilliaSim();
	const test = async (overrides: IDataObject) => {
		const verdict = await runCredentialTest(storefrontEnvironment(sim), 'rebilliaStorefrontApi', new RebilliaStorefront(), storefrontCredentials(sim, overrides));
		return { verdict };
	};
	const paths = async () => (await sim.requests()).map((request) => `${request.method} ${request.path} ${request.status}`);

	const logins = async () => (await sim.control<{ count: number }>('logins', {}, 'GET')).count;

	it('with a store JWT: logs the customer in, then reads the store settings with the new token', async () => {
		await sim.clearLog();
		const before = await logins();
		const { verdict } = await test({});
		expect(verdict).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(await paths()).toEqual([
			`GET /storefrontapi/${STOREFRONT_PUBLIC_KEY}/login 200`,
			`GET /storefrontapi/${STOREFRONT_PUBLIC_KEY}/settings 200`,
		]);
		const [login, settings] = await sim.requests();
		expect(login.query).toEqual({ email: TEST_SHOPPERS[0].email, token: TEST_SHOPPERS[0].storeJwt });
		expect(await logins()).toBe(before + 1);
		expect(settings.headers.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
		// The token it got works.
		const token = settings.headers.authorization!.slice('Bearer '.length);
		expect((await sim.storefront('GET', '/paymentmethods', undefined, { token })).status).toBe(200);
	});

	it('even with a stale token stored, the Test logs in afresh', async () => {
		await sim.clearLog();
		const { verdict } = await test({ sessionToken: 'stale-token' });
		expect(verdict.status).toBe('OK');
		expect((await paths())[0]).toMatch(/login 200$/);
	});

	it('with a customer token given directly: no login, the token is checked on the settings', async () => {
		const token = await sim.login();
		await sim.clearLog();
		const before = await logins();
		const { verdict } = await test({ customerLogin: 'customerToken', customerToken: token, storeJwt: '' });
		expect(verdict.status).toBe('OK');
		expect(await logins()).toBe(before);
		expect(await paths()).toEqual([`GET /storefrontapi/${STOREFRONT_PUBLIC_KEY}/settings 200`]);
		expect((await sim.requests())[0].headers.authorization).toBe(`Bearer ${token}`);
	});

	it.each([
		['a customer token Rebillia does not know', { customerLogin: 'customerToken', customerToken: 'not-a-token' }, 'Rebillia Storefront rejected the customer token'],
		[
			'a wrong public key with a customer token',
			{ customerLogin: 'customerToken', customerToken: 'TOKEN', publicKey: 'WRONGKEY' },
			'No Rebillia store with this Public Key answers at this Host: check both',
		],
	])('refuses %s', async (_case, overrides, message) => {
		const values = { ...overrides } as IDataObject;
		if (values.customerToken === 'TOKEN') values.customerToken = await sim.login();
		expect((await test(values)).verdict).toEqual({ status: 'Error', message });
	});

	it.each([
		['a store JWT that is not the store’s', { storeJwt: 'eyJ0eXAiOiJKV1QifQ.eyJ9.forged' }, /^Rebillia Storefront refused the Store Customer JWT \(HTTP 400\)/],
		['another customer’s store JWT', { storeJwt: TEST_SHOPPERS[1].storeJwt }, /^Rebillia Storefront refused the Store Customer JWT \(HTTP 400\)/],
		[
			'an email Rebillia does not know',
			{ customerEmail: 'nobody@example.com' },
			/^Rebillia Storefront found no customer with this email in the store of this Public Key \(HTTP 404\)/,
		],
		['a wrong public key', { publicKey: 'WRONGKEY' }, /^Rebillia Storefront found no customer with this email in the store of this Public Key \(HTTP 404\)/],
		['no store JWT', { storeJwt: '' }, /^Enter the Store Customer JWT in the Rebillia Storefront credential$/],
		['no email', { customerEmail: ' ' }, /^Enter the Customer Email in the Rebillia Storefront credential$/],
		['no host', { host: '' }, /^The Rebillia Storefront credential has no usable address\. Enter the Rebillia Host \(e\.g\. https:\/\/api\.rebillia\.com\) in the credential\.$/],
		['a host without http:// or https://', { host: 'api.rebillia.com' }, /^The Rebillia Storefront credential has no usable address\. The Host must be an http:\/\/ or https:\/\/ address/],
		['a host that refuses connections', { host: 'http://127.0.0.1:9' }, /^Rebillia Storefront could not be reached at http:\/\/127\.0\.0\.1:9: the connection was refused$/],
	])('says what is wrong with %s, and sends nothing after a failed login', async (_case, overrides, message) => {
		await sim.clearLog();
		const { verdict } = await test(overrides);
		expect(verdict.status).toBe('Error');
		expect(verdict.message).toMatch(message);
		expectNoSecrets(verdict, [TEST_SHOPPERS[0].storeJwt]);
		expect((await sim.requests()).filter((request) => !request.path.endsWith('/login'))).toEqual([]);
	});
});
