#!/usr/bin/env node
'use strict';
/**
 * `npm start`: build, pack and install this package into `~/.n8n-connector-pack/dev/.n8n/nodes`,
 * then run n8n on 127.0.0.1 (embedded SQLite) until Ctrl-C. The folder is kept, so workflows and
 * credentials persist between runs. N8N_CONNECTOR_PACK_HOME moves `~/.n8n-connector-pack`.
 *
 * `npm run sandbox` (`--sandbox`): the same in `~/.n8n-connector-pack/sandbox`, plus the API
 * simulators (Outseta, XONVO, Rebillia, Ytel), an owner login, credentials that point at them and the
 * workflows in `examples/`.
 *
 * The user folders sit outside the repo on purpose: inside it, the installed package would find
 * the repo's own node_modules/n8n-workflow (a second copy beside n8n's), and n8n would no longer
 * recognise the package's errors (a 404 shows as "Error code: none").
 *
 * Options: `--port <n>` (default: N8N_PORT or 5678); the task broker uses the next port unless
 * N8N_RUNNERS_BROKER_PORT is set.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const n8n = require('./lib/n8n');
const { startSimulator } = require('./lib/simulators');

const argv = process.argv.slice(2);
const sandbox = argv.includes('--sandbox');
const portArg = argv.indexOf('--port');
const port = Number(portArg >= 0 ? argv[portArg + 1] : process.env.N8N_PORT ?? 5678);
const brokerPort = Number(process.env.N8N_RUNNERS_BROKER_PORT ?? port + 1);
const home = path.resolve(process.env.N8N_CONNECTOR_PACK_HOME || path.join(os.homedir(), '.n8n-connector-pack'));
const userFolder = path.join(home, sandbox ? 'sandbox' : 'dev');

const EXAMPLES = { exportAll: 'exOutsetaAllPeopl', newPerson: 'exOutsetaNewPers', ytelSms: 'exYtelSmsToPerson' };
const SANDBOX_OWNER = { email: 'sandbox@example.com', firstName: 'Sandbox', lastName: 'Owner', password: 'Sandbox!Passw0rd' };
const say = (message) => console.log(`[${sandbox ? 'sandbox' : 'start'}] ${message}`);

async function prepareSandbox(runtime, env, simulators) {
	const outseta = simulators.outseta;
	await fetch(`${outseta.url}/__sim/seed`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ people: 250, accounts: 20 }),
	});
	const { TEST_KEYS, TEST_USER, BASE_PATH } = require('../test/simulators/outseta/server.js');
	const xonvo = require('../test/simulators/xonvo/server.js');
	const rebillia = require('../test/simulators/rebillia/server.js');
	const ytel = require('../test/simulators/ytel/server.js');
	const [shopper] = rebillia.TEST_SHOPPERS;
	// The ids the example workflows name.
	const credentials = [
		{
			id: 'outsetaSandbox01',
			name: 'Outseta (simulator)',
			type: 'outsetaApi',
			data: { subdomain: '', baseUrl: `${outseta.url}${BASE_PATH}`, ...TEST_KEYS, requestsPerSecond: 4 },
		},
		{
			// The simulator's signed-in person, for the Profile operations.
			id: 'outsetaSandboxUsr',
			name: 'Outseta user token (simulator)',
			type: 'outsetaUserTokenApi',
			data: { subdomain: '', baseUrl: `${outseta.url}${BASE_PATH}`, username: TEST_USER.username, password: TEST_USER.password, tokenUrl: '', requestsPerSecond: 4 },
		},
		{
			id: 'xonvoSandbox0001',
			name: 'XONVO (simulator)',
			type: 'xonvoApi',
			data: { baseUrl: simulators.xonvo.url, ...xonvo.TEST_USER, accountId: '18', requestsPerSecond: 10 },
		},
		{
			id: 'rebilliaSandbox1',
			name: 'Rebillia (simulator)',
			type: 'rebilliaApi',
			data: { host: simulators.rebillia.url, version: 'v1', apiKey: rebillia.TEST_KEYS.apiKey, requestsPerSecond: 10 },
		},
		{
			id: 'rebilliaStoreSbx',
			name: 'Rebillia Storefront (simulator)',
			type: 'rebilliaStorefrontApi',
			data: {
				host: simulators.rebillia.url,
				publicKey: rebillia.STOREFRONT_PUBLIC_KEY,
				customerLogin: 'storeJwt',
				customerEmail: shopper.email,
				storeJwt: shopper.storeJwt,
				requestsPerSecond: 10,
			},
		},
		{
			// Email and password: n8n signs in at the simulator's token endpoint and renews the token.
			id: 'ytelSandbox00001',
			name: 'Ytel (simulator)',
			type: 'ytelApi',
			data: {
				authMode: 'emailPassword',
				email: ytel.TEST_USER.email,
				password: ytel.TEST_USER.password,
				apiToken: '',
				baseUrl: simulators.ytel.url,
				yccBaseUrl: 'https://ycc-api.ytel.com/api/v2',
				requestsPerSecond: 50,
			},
		},
	];
	const file = path.join(userFolder, 'sandbox-credentials.json');
	fs.writeFileSync(file, JSON.stringify(credentials, null, 2));
	for (const args of [
		['import:credentials', `--input=${file}`],
		['import:workflow', '--separate', `--input=${path.join(n8n.ROOT, 'examples')}`],
	]) {
		const result = n8n.runCli(runtime, env, args);
		if (result.status !== 0) throw new Error(`n8n ${args[0]} failed:\n${result.stdout}\n${result.stderr}`);
	}
	fs.rmSync(file);
	say(`imported the credentials and ${fs.readdirSync(path.join(n8n.ROOT, 'examples')).length} example workflows`);
}

/** Runs the Return All example once and publishes the trigger example, so both are live. */
async function runExamples(rest) {
	await rest.signIn(SANDBOX_OWNER);
	const { executionId } = await rest.request('POST', `/rest/workflows/${EXAMPLES.exportAll}/run`, {
		triggerToStartFrom: { name: 'When clicking ‘Execute workflow’' },
	});
	let execution;
	for (let attempt = 0; attempt < 300; attempt++) {
		execution = await rest.request('GET', `/rest/executions/${executionId}`);
		if (!['new', 'running', 'waiting'].includes(execution.status)) break;
		await n8n.sleep(200);
	}
	say(`example "export every person" ran: ${execution.status} (execution ${executionId})`);
	const trigger = await rest.request('GET', `/rest/workflows/${EXAMPLES.newPerson}`);
	if (!trigger.active) {
		await rest.request('POST', `/rest/workflows/${EXAMPLES.newPerson}/activate`, { versionId: trigger.versionId });
	}
	say('example "give every new person their own account" is published and polls every minute');
	const ytelSms = await rest.request('GET', `/rest/workflows/${EXAMPLES.ytelSms}`);
	if (!ytelSms.active) {
		await rest.request('POST', `/rest/workflows/${EXAMPLES.ytelSms}/activate`, { versionId: ytelSms.versionId });
	}
	say('example "a new inbound SMS creates or updates the Outseta person, then replies" is published and polls every minute');
}

async function main() {
	const started = Date.now();
	say('building the package');
	n8n.build();
	const runtime = n8n.provisionRuntime();
	const tarball = n8n.packPackage(path.join(userFolder, 'pack'));
	const installed = n8n.installPackage(tarball, userFolder);
	const secondCopy = n8n.strayN8nWorkflow(installed);
	if (secondCopy) {
		throw new Error(
			`the installed package would load ${secondCopy} instead of n8n's own n8n-workflow; ` +
				'set N8N_CONNECTOR_PACK_HOME to a folder with no node_modules/n8n-workflow above it',
		);
	}
	say(`installed ${path.basename(tarball)} into ${userFolder}/.n8n/nodes`);

	const env = n8n.n8nEnv(runtime, { userFolder, port, brokerPort });
	const simulators = {};
	let server;
	n8n.onInterrupt(async () => {
		say('stopping');
		await server?.stop();
		await Promise.all(Object.values(simulators).map((simulator) => simulator.stop()));
	});

	if (sandbox) {
		for (const [vendor, label] of [['outseta', 'Outseta'], ['xonvo', 'XONVO'], ['rebillia', 'Rebillia'], ['ytel', 'Ytel']]) {
			simulators[vendor] = await startSimulator(vendor);
			say(`${label} simulator at ${simulators[vendor].url} (pid ${simulators[vendor].pid})`);
		}
		await prepareSandbox(runtime, env, simulators);
	}

	server = await n8n.startServer(runtime, env, { logFile: path.join(userFolder, 'n8n.log') });
	if (sandbox) await runExamples(new n8n.N8nRest(server.url));
	say(`n8n is ready at ${server.url} (pid ${server.pid}, ${((Date.now() - started) / 1000).toFixed(1)} s); log: ${userFolder}/n8n.log`);
	if (sandbox) {
		say(`log in as ${SANDBOX_OWNER.email} / ${SANDBOX_OWNER.password}`);
		say(`add a person to the simulator: curl -X POST ${simulators.outseta.url}/__sim/insert -H 'content-type: application/json' -d '{"kind":"person"}'`);
		say(`record a failed payment in Rebillia: curl -X POST ${simulators.rebillia.url}/__sim/insert -H 'content-type: application/json' -d '{"kind":"transaction","status":"declined"}'`);
		say(`send an inbound SMS to Ytel: curl -X POST ${simulators.ytel.url}/__sim/insert -H 'content-type: application/json' -d '{"kind":"sms","from":"+14155550123","text":"Hello"}'`);
		say(`have Ytel call a number's SMS URL (a Ytel Webhook Trigger on it): curl -X POST ${simulators.ytel.url}/__sim/deliver -H 'content-type: application/json' -d '{"event":"sms","phoneNumber":"+19495065906","text":"Hello"}'`);
	}
	say('Ctrl-C stops n8n');
	server.child.on('exit', async (code) => {
		say(`n8n exited (${code})`);
		await Promise.all(Object.values(simulators).map((simulator) => simulator.stop()));
		process.exit(code ?? 0);
	});
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
