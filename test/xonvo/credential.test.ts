/**
 * The XONVO credential's Test button, run as n8n's credentials tester runs it: right and wrong
 * passwords, a Test Account ID required (only reading an account proves the address), and
 * addresses that are missing or wrong, or answered by something that is not XONVO.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Xonvo } from '../../nodes/Xonvo/Xonvo.node';
import { XonvoApi } from '../../credentials/XonvoApi.credentials';
import { runCredentialTest } from '../helpers/credential-test';
import { useXonvoSim, xonvoCredentials, xonvoEnvironment } from '../helpers/xonvo';

describe('XONVO credential test', () => {
	const sim = useXonvoSim();
	const test = async (overrides = {}) =>
		await runCredentialTest(xonvoEnvironment(sim), 'xonvoApi', new Xonvo(), xonvoCredentials(sim, overrides));

	it('passes with the right username and password and a known Test Account ID, sending one request', async () => {
		await sim.clearLog();
		expect(await test({ accountId: '21' })).toEqual({ status: 'OK', message: 'Connection successful!' });
		const requests = await sim.requests();
		expect(requests.map((request) => `${request.method} ${request.path} ${request.status}`)).toEqual(['GET /accounts/21/statistics 200']);
	});

	it('without a Test Account ID: fails saying why one is needed, sending nothing', async () => {
		await sim.clearLog();
		expect(await test({ accountId: ' ' })).toEqual({
			status: 'Error',
			message: 'Enter a Test Account ID: XONVO has no request without an account, so only reading an account proves the Base URL and the login',
		});
		expect(await sim.requests()).toHaveLength(0);
		expect(new XonvoApi().properties.find((property) => property.name === 'accountId')?.required).toBe(true);
	});

	it('fails with a wrong password, saying so', async () => {
		expect(await test({ password: 'wrong', accountId: '21' })).toEqual({ status: 'Error', message: 'XONVO rejected the username or password' });
	});

	it('fails for a wrong base path or an unknown Test Account ID, naming both', async () => {
		const says = {
			status: 'Error',
			message: 'No XONVO account with this Test Account ID answers at this Base URL: check both (the Base URL has no path, e.g. https://admin.xonvo.com)',
		};
		expect(await test({ accountId: '999999' })).toEqual(says);
		expect(await test({ accountId: '21', baseUrl: `${sim.apiRoot}/api/v1` })).toEqual(says);
	});

	it('fails when something that is not XONVO answers 200 at the Base URL', async () => {
		// Any website that answers every path: the answer lacks XONVO's account statistics.
		const website = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"page":"home"}'));
		await new Promise<void>((resolve) => website.listen(0, '127.0.0.1', resolve));
		try {
			const { port } = website.address() as AddressInfo;
			expect(await test({ accountId: '21', baseUrl: `http://127.0.0.1:${port}` })).toEqual({
				status: 'Error',
				message: "Something answered at this Base URL, but not with XONVO's account statistics: check the Base URL",
			});
		} finally {
			await new Promise((resolve) => website.close(resolve));
		}
	});

	it('fails without reaching any host when the address is missing or unusable', async () => {
		const says = {
			'': 'Enter the XONVO Base URL (e.g. https://admin.xonvo.com) in the credential.',
			'admin.xonvo.com': 'The Base URL must be an http:// or https:// address without a user name or password, e.g. https://example.com.',
			'https://user:pw@admin.xonvo.com': 'The Base URL must be an http:// or https:// address without a user name or password, e.g. https://example.com.',
		};
		for (const [baseUrl, what] of Object.entries(says)) {
			await sim.clearLog();
			expect(await test({ baseUrl })).toEqual({ status: 'Error', message: `The XONVO credential has no usable address. ${what}` });
			expect(await sim.requests()).toHaveLength(0);
		}
	});
});
