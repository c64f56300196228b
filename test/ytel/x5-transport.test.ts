/**
 * The x5 (contact centre) transport: the shared text-answer reader, the redaction of query-string
 * secrets, the credential, and one function run through n8n-core's engine against the x5 simulator.
 */
import type { IDataObject } from 'n8n-workflow';
import { YtelContactCenterApi } from '../../credentials/YtelContactCenterApi.credentials';
import { resetPacing } from '../../nodes/shared/pacing';
import { redactSecretsIn } from '../../nodes/shared/redaction';
import { errorLineOf, readStatusLine, readTextAnswer } from '../../nodes/shared/textAnswer';
import { runNode, testNode } from '../helpers/engine';
import { expectNoSecrets } from '../helpers/secrets';
import { useYtelX5Sim, X5_LOGIN } from '../helpers/ytel-x5-sim';
import { CANARY_PASSWORD, X5_SOURCE, x5Environment } from './x5-agent-scenarios';

const node = (parameters: IDataObject) =>
	testNode('ytelContactCenter', parameters, { credentials: { ytelContactCenterApi: { id: 'x5-cred', name: 'x5 credential' } } });

describe('text answers (shared reader)', () => {
	it('reads a SUCCESS line into named, typed values', () => {
		expect(readTextAnswer('SUCCESS: external_pause function set - PAUSE|1232020456|6666\n', { kind: 'status', values: ['value', 'epoch', 'agentUser'], types: { epoch: 'number' } })).toEqual([
			{ success: true, message: 'external_pause function set', value: 'PAUSE', epoch: 1232020456, agentUser: '6666' },
		]);
	});

	it('keeps the words before the last " - " as the message and reports NOTICE lines with the outcome', () => {
		expect(readStatusLine('ERROR: webphone_url error - webphone url is empty - 6666')).toEqual({ status: 'ERROR', message: 'webphone_url error - webphone url is empty', values: ['6666'] });
		expect(readTextAnswer('NOTICE: defined dial_ingroup not found - FAKE_INGROUP\nSUCCESS: lead added - 7275551212|TESTCAMP', { kind: 'status', values: ['phoneNumber', 'campaignId'] })).toEqual([
			{ success: true, message: 'lead added', phoneNumber: '7275551212', campaignId: 'TESTCAMP', notices: [{ message: 'defined dial_ingroup not found', value1: 'FAKE_INGROUP' }] },
		]);
		// A status report made of NOTICE lines alone: the answer itself, named as the function's values.
		expect(readTextAnswer('NOTICE: not recording - 6666|||||192.168.1.5|8600051|PAUSED\n', { kind: 'status', values: ['agentUser', 'recordingId', 'filename', 'server', 'startTime', 'agentServer', 'session', 'agentStatus'] })).toEqual([
			{ success: true, notice: true, message: 'not recording', agentUser: '6666', recordingId: '', filename: '', server: '', startTime: '', agentServer: '192.168.1.5', session: '8600051', agentStatus: 'PAUSED' },
		]);
		expect(errorLineOf('NOTICE: x - 1\nERROR: agent_user is not logged in - 6666')?.message).toBe('agent_user is not logged in');
		expect(errorLineOf('SUCCESS: fine - 1')).toBeUndefined();
	});

	it('reads rows with a header line (pipe) and without one (tab, named columns), typed, --BLANK-- kept', () => {
		expect(readTextAnswer('user|calls|name\n6666|12|Admin\n1000|0|--BLANK--\n', { kind: 'rows', delimiter: '|', header: true, types: { calls: 'number' } })).toEqual([
			{ user: '6666', calls: 12, name: 'Admin' },
			{ user: '1000', calls: 0, name: '--BLANK--' },
		]);
		expect(readTextAnswer('101\tSales box\t3\n', { kind: 'rows', delimiter: '\t', columns: ['box', 'name', 'messages'], types: { messages: 'number' } })).toEqual([{ box: '101', name: 'Sales box', messages: 3 }]);
	});

	it('reads key: value lines and bare text', () => {
		expect(readTextAnswer('Webserver Data:\nset.timezone: America/New_York\nphp version: 8.1\n', { kind: 'keyValue' })).toEqual([{ 'set.timezone': 'America/New_York', 'php version': '8.1' }]);
		expect(readTextAnswer('https://phone.example/x?y=1\n', { kind: 'text', field: 'url' })).toEqual([{ url: 'https://phone.example/x?y=1' }]);
	});
});

describe('redaction of query-string secrets (shared)', () => {
	it('masks every form of the secrets in an error: message, description, cause, request options', () => {
		const encoded = encodeURIComponent(CANARY_PASSWORD);
		const formEncoded = new URLSearchParams({ p: CANARY_PASSWORD }).toString().slice(2);
		const cause = Object.assign(new Error(`GET https://x.ytel.com/x5/api/agent.php?user=101&pass=${encoded} failed`), {
			config: { url: `https://x.ytel.com/x5/api/agent.php?pass=${formEncoded}`, params: { user: '101', pass: CANARY_PASSWORD } },
		});
		const error = Object.assign(new Error(`failed for ${CANARY_PASSWORD}`), { description: `pass=${encoded}`, cause, context: { request: { qs: { pass: CANARY_PASSWORD } } } });
		redactSecretsIn(error, ['101', CANARY_PASSWORD]);
		expectNoSecrets(error, [CANARY_PASSWORD]);
		expect(error.message).toBe('failed for [redacted]');
		expect(cause.config.params).toEqual({ user: '[redacted]', pass: '[redacted]' });
	});
});

describe('Ytel Contact Center through the engine (x5 simulator)', () => {
	const sim = useYtelX5Sim();
	beforeEach(() => resetPacing());

	it('sends the function, its parameters and the credential’s user, pass and source; reads the answer', async () => {
		const result = await runNode(x5Environment(sim), node({ resource: 'agentSession', operation: 'pause', agentUser: '1000', pauseAction: 'RESUME' }));
		expect(result.error).toBeUndefined();
		const sent = await sim.requests();
		expect(sent).toHaveLength(1);
		expect(sent[0].path).toBe('/x5/api/agent.php');
		expect(sent[0].query).toEqual({ function: 'external_pause', agent_user: '1000', value: 'RESUME', user: X5_LOGIN.user, pass: X5_LOGIN.pass, source: X5_SOURCE });
		expect(result.items.map((item) => item.json)).toEqual([{ success: true, message: 'external_pause function set', value: 'RESUME', epoch: expect.any(Number), agentUser: '1000' }]);
		expect((await sim.counts()).external_pause).toEqual({ requests: 1, success: 1, error: 0, refused: 0 });
	});

	it('an ERROR line is an error with the reason and values; the canary password is masked everywhere', async () => {
		await sim.configure({ pass: CANARY_PASSWORD });
		const result = await runNode(x5Environment(sim, { apiPassword: CANARY_PASSWORD }), node({ resource: 'agentSession', operation: 'pause', agentUser: '2000', pauseAction: 'PAUSE' }));
		expect(result.error?.message).toBe('Ytel contact center error: agent_user is not logged in');
		expect(result.error?.description).toContain('values 2000');
		expect((await sim.requests())[0].query.pass).toBe(CANARY_PASSWORD);
		expectNoSecrets({ items: result.items, error: result.error, run: result.run.data }, [CANARY_PASSWORD]);
	});

	it('a refused login (the answer echoes the password) reads as a credential problem, the password masked', async () => {
		const result = await runNode(x5Environment(sim, { apiPassword: CANARY_PASSWORD }), node({ resource: 'agentSession', operation: 'pause', agentUser: '1000', pauseAction: 'PAUSE' }));
		expect(result.error?.message).toMatch(/^Ytel contact center rejected the API user of the credential \(its user name, password or permissions\): Invalid Username\/Password: \|\[redacted\]\|\[redacted\]\|$/);
		expect((await sim.counts()).external_pause.refused).toBe(1);
		expectNoSecrets({ items: result.items, error: result.error, run: result.run.data }, [CANARY_PASSWORD, X5_LOGIN.user]);
	});

	it('a Source over 20 characters is refused before sending', async () => {
		const result = await runNode(x5Environment(sim, { source: 'a-source-of-21-chars!' }), node({ resource: 'agentSession', operation: 'pause', agentUser: '1000', pauseAction: 'PAUSE' }));
		expect(result.error?.message).toBe('The Ytel Contact Center API credential is not usable');
		expect(result.error?.description).toBe('The Source in the Ytel Contact Center API credential has 21 characters; Ytel accepts at most 20.');
		expect(await sim.requests()).toEqual([]);
	});

	it('the credential Test tells a refused login (8th character "I") from a missing permission, on the simulator’s answers', async () => {
		const credential = new YtelContactCenterApi();
		const rule = (credential.test.rules as unknown as Array<{ type: string; properties: { key: string; value: string } }>).find((candidate) => candidate.type === 'responseSuccessBody');
		const base = { function: 'webserver', source: 'n8n' };
		const refused = await sim.call('/x5/api/agent.php', { ...base, user: X5_LOGIN.user, pass: 'wrong' });
		await sim.configure({ deny: ['webserver'] });
		const denied = await sim.call('/x5/api/agent.php', { ...base, user: X5_LOGIN.user, pass: X5_LOGIN.pass });
		expect(refused[Number(rule?.properties.key)]).toBe(rule?.properties.value);
		expect(denied).toMatch(/^ERROR: auth USER DOES NOT HAVE PERMISSION/);
		expect(denied[Number(rule?.properties.key)]).not.toBe(rule?.properties.value);
		expect(credential.test.request.qs).toEqual({ function: 'webserver' });
	});
});
