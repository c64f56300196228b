'use strict';
/**
 * Drives a real n8n for `npm start`, `npm run sandbox` and the e2e suite: provisions the cached
 * runtime, packs this package and installs it the way n8n's community-package installer does,
 * runs the n8n CLI, starts and stops the server by PID, and talks to its REST API.
 */
const { execFileSync, spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE_NAME = require(path.join(ROOT, 'package.json')).name;
const RESERVED_PORTS = new Set([5678, 5679]);

/** Installs (or reuses) Node 24 and n8n; returns their paths. */
function provisionRuntime({ quiet = false } = {}) {
	const output = execFileSync('bash', [path.join(ROOT, 'scripts', 'n8n-runtime'), '--env'], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', quiet ? 'pipe' : 'inherit'],
		encoding: 'utf8',
		env: { ...process.env, QUIET: quiet ? '1' : '' },
	});
	const value = (name) => output.match(new RegExp(`${name}='([^']*)'`))[1];
	const n8nBin = value('N8N_RUNTIME_N8N');
	return {
		nodeBin: value('N8N_RUNTIME_NODE_BIN'),
		n8nBin,
		n8nModules: path.resolve(path.dirname(n8nBin), '..', '..'),
	};
}

/** `npm pack` of the built package into `destination`; returns the tarball path. */
function packPackage(destination) {
	fs.mkdirSync(destination, { recursive: true });
	const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', destination], {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	})
		.trim()
		.split('\n')
		.pop();
	return path.join(destination, name);
}

/**
 * Extracts the tarball into `<userFolder>/.n8n/nodes/node_modules/<its package name>`, where n8n's
 * community-package loader finds it. With no node_modules of its own, the package resolves
 * n8n-workflow to n8n's copy, as a real install does.
 */
function installPackage(tarball, userFolder) {
	const modules = path.join(userFolder, '.n8n', 'nodes', 'node_modules');
	fs.mkdirSync(modules, { recursive: true });
	const unpacked = fs.mkdtempSync(path.join(modules, '.unpack-'));
	execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
	const { name } = JSON.parse(fs.readFileSync(path.join(unpacked, 'package.json'), 'utf8'));
	const target = path.join(modules, name);
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(path.dirname(target), { recursive: true });
	fs.renameSync(unpacked, target);
	return target;
}

/**
 * Where an installed package would find `n8n-workflow` by itself (node_modules folders above it),
 * or undefined. n8n puts its own copy on NODE_PATH; a copy found before it is a second one, and
 * n8n then does not recognise the package's errors.
 */
function strayN8nWorkflow(installedDir) {
	try {
		return require.resolve('n8n-workflow', { paths: [installedDir] });
	} catch {
		return undefined;
	}
}

function build() {
	execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

async function freePort() {
	for (;;) {
		const port = await new Promise((resolve, reject) => {
			const server = net.createServer();
			server.once('error', reject);
			server.listen(0, '127.0.0.1', () => {
				const { port: chosen } = server.address();
				server.close(() => resolve(chosen));
			});
		});
		if (!RESERVED_PORTS.has(port)) return port;
	}
}

/**
 * The environment of every n8n process we start: quiet, offline-friendly, loopback only.
 * npm's own variables are dropped (they would hand `ignore-scripts` and more to n8n's npm);
 * with `isolate`, so are the caller's N8N_* settings.
 */
function n8nEnv(runtime, { userFolder, port, brokerPort, isolate = false, extra = {} }) {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (/^npm_/i.test(key) || (isolate && key.startsWith('N8N_'))) delete env[key];
	}
	// Under jest NODE_ENV is "test", which silences n8n's logger (and with it `execute --rawOutput`).
	delete env.NODE_ENV;
	delete env.JEST_WORKER_ID;
	return {
		...env,
		PATH: `${runtime.nodeBin}:${process.env.PATH}`,
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_LOG_LEVEL: 'info',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		GENERIC_TIMEZONE: 'UTC',
		...extra,
	};
}

/** Runs an n8n CLI command to completion. */
function runCli(runtime, env, args, { timeoutMs = 120_000 } = {}) {
	const result = spawnSync(path.join(runtime.nodeBin, 'node'), [runtime.n8nBin, ...args], {
		env,
		encoding: 'utf8',
		timeout: timeoutMs,
		maxBuffer: 256 * 2 ** 20,
	});
	return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', signal: result.signal };
}

/** The JSON that `n8n execute --rawOutput` prints among its log lines. */
function parseRawOutput(stdout) {
	const lines = stdout.split('\n');
	const start = lines.indexOf('{');
	if (start < 0) throw new Error(`no JSON in n8n execute output:\n${stdout.slice(-2000)}`);
	const end = lines.indexOf('}', start);
	return JSON.parse(lines.slice(start, end + 1).join('\n'));
}

function httpGet(url) {
	return new Promise((resolve) => {
		const request = http.get(url, (response) => {
			response.resume();
			response.on('end', () => resolve(response.statusCode));
		});
		request.on('error', () => resolve(0));
		request.setTimeout(2000, () => request.destroy());
	});
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** PIDs of the direct children of `pid` (n8n's task runner), read from /proc. */
function childPids(pid) {
	try {
		return fs
			.readdirSync('/proc')
			.filter((entry) => /^\d+$/.test(entry))
			.filter((entry) => {
				try {
					const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
					return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
				} catch {
					return false;
				}
			})
			.map(Number);
	} catch {
		return [];
	}
}

function alive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/**
 * Starts `n8n start` (or `args`, e.g. `['worker']`) and waits for `readyUrl` (default: the
 * server's /healthz/readiness). `stop()` sends SIGTERM to n8n and then to any task-runner child
 * still running, by PID, and waits for them to exit.
 */
async function startServer(runtime, env, { logFile, readyTimeoutMs = 180_000, args = ['start'], readyUrl } = {}) {
	const log = logFile ? fs.openSync(logFile, 'a') : 'ignore';
	const child = spawn(path.join(runtime.nodeBin, 'node'), [runtime.n8nBin, ...args], {
		env,
		stdio: ['ignore', log, log],
	});
	const url = `http://127.0.0.1:${env.N8N_PORT}`;
	const readiness = readyUrl ?? `${url}/healthz/readiness`;
	let exited = false;
	child.on('exit', () => {
		exited = true;
	});
	const started = Date.now();
	while (Date.now() - started < readyTimeoutMs) {
		if (exited) throw new Error(`n8n exited during start-up (see ${logFile ?? 'its log'})`);
		if ((await httpGet(readiness)) === 200) break;
		await sleep(100);
	}
	if (!exited && (await httpGet(readiness)) !== 200) {
		for (const pid of [child.pid, ...childPids(child.pid)]) if (alive(pid)) process.kill(pid, 'SIGKILL');
		throw new Error(`n8n ${args[0]} was not ready within ${readyTimeoutMs} ms (see ${logFile ?? 'its log'})`);
	}
	const readyMs = Date.now() - started;

	async function stop(timeoutMs = 20_000) {
		const pids = [child.pid, ...childPids(child.pid)];
		for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGTERM');
		const deadline = Date.now() + timeoutMs;
		while (pids.some(alive) && Date.now() < deadline) await sleep(100);
		for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGKILL');
		if (typeof log === 'number') fs.closeSync(log);
	}

	return { child, pid: child.pid, url, readyMs, stop };
}

/** A REST client that keeps n8n's auth cookie. */
class N8nRest {
	constructor(url) {
		this.url = url;
		this.cookie = '';
	}

	async request(method, route, body) {
		const response = await fetch(`${this.url}${route}`, {
			method,
			headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const setCookie = response.headers.get('set-cookie');
		const auth = setCookie?.match(/n8n-auth=[^;]+/);
		if (auth) this.cookie = auth[0];
		const text = await response.text();
		let data;
		try {
			data = text ? JSON.parse(text) : undefined;
		} catch {
			data = text;
		}
		if (!response.ok) {
			const error = new Error(`${method} ${route} answered ${response.status}: ${text.slice(0, 500)}`);
			error.status = response.status;
			throw error;
		}
		return data?.data ?? data;
	}

	/**
	 * Sets up the owner on a fresh instance, or logs in on a used one. Some n8n versions report
	 * ready before their REST routes exist, so a 404 is retried for a while.
	 */
	async signIn(owner) {
		for (let attempt = 0; ; attempt++) {
			try {
				await this.request('POST', '/rest/owner/setup', owner);
				return;
			} catch (error) {
				if (error.status === 404 && attempt < 100) {
					await sleep(200);
					continue;
				}
				if (error.status !== 400) throw error;
				await this.request('POST', '/rest/login', { emailOrLdapLoginId: owner.email, password: owner.password });
				return;
			}
		}
	}
}

/** Kills this process group's children when the parent is interrupted. */
function onInterrupt(cleanup) {
	let stopping = false;
	const handler = async () => {
		if (stopping) return;
		stopping = true;
		await cleanup();
		process.exit(0);
	};
	process.on('SIGINT', handler);
	process.on('SIGTERM', handler);
}

module.exports = {
	ROOT,
	PACKAGE_NAME,
	N8nRest,
	build,
	freePort,
	installPackage,
	n8nEnv,
	onInterrupt,
	packPackage,
	parseRawOutput,
	provisionRuntime,
	runCli,
	sleep,
	startServer,
	strayN8nWorkflow,
};
