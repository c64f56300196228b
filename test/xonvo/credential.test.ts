/**
 * The XONVO credential's Test button, run as n8n's credentials tester runs it: right and wrong
 * passwords, with and without an Account ID, and addresses that are missing or wrong.
 */
import { Xonvo } from '../../nodes/Xonvo/Xonvo.node';
import { runCredentialTest } from '../helpers/credential-test';
import { useXonvoSim, xonvoCredentials, xonvoEnvironment } from '../helpers/xonvo';

describe('XONVO credential test', () => {
	const sim = useXonvoSim();
	const test = async (overrides = {}) =>
		await runCredentialTest(xonvoEnvironment(sim), 'xonvoApi', new Xonvo(), xonvoCredentials(sim, overrides));

	it('passes with the right username and password and no Account ID, sending one request', async () => {
		await sim.clearLog();
		expect(await test()).toEqual({ status: 'OK', message: 'Connection successful!' });
		const requests = await sim.requests();
		expect(requests.map((request) => `${request.method} ${request.path} ${request.status}`)).toEqual(['GET /accounts/0/statistics 404']);
	});

	it('passes with the right username and password and a known Account ID', async () => {
		await sim.clearLog();
		expect(await test({ accountId: '21' })).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect((await sim.requests())[0].status).toBe(200);
	});

	it('fails with a wrong password, saying so, with or without an Account ID', async () => {
		expect(await test({ password: 'wrong' })).toEqual({ status: 'Error', message: 'XONVO rejected the username or password' });
		expect(await test({ password: 'wrong', accountId: '21' })).toEqual({ status: 'Error', message: 'XONVO rejected the username or password' });
	});

	it('names an unknown Account ID', async () => {
		expect(await test({ accountId: '999999' })).toEqual({
			status: 'Error',
			message: 'XONVO accepted the username and password but knows no account with this Account ID',
		});
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
