'use strict';
/**
 * Redis and PostgreSQL for n8n's queue mode, from Debian's `redis-server` and `postgresql`
 * packages: our own throw-away instances on 127.0.0.1, free ports and data folders of our own,
 * each started as a child process and stopped by its PID. Nothing else on the machine is touched.
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const INSTALL_HINT = 'apt-get install -y --no-install-recommends redis-server postgresql';

function which(program) {
	for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/bin', '/usr/sbin', '/usr/local/bin'])) {
		const candidate = path.join(dir, program);
		if (dir && fs.existsSync(candidate)) return candidate;
	}
	return undefined;
}

/** The newest `/usr/lib/postgresql/<version>/bin` with initdb and postgres (Debian's layout). */
function postgresBinDir() {
	const root = '/usr/lib/postgresql';
	if (!fs.existsSync(root)) return undefined;
	const versions = fs
		.readdirSync(root)
		.filter((version) => ['initdb', 'postgres'].every((program) => fs.existsSync(path.join(root, version, 'bin', program))))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? path.join(root, versions[0], 'bin') : undefined;
}

/** The Debian packages whose programs are not on this machine. */
function missingPackages() {
	return [!which('redis-server') && 'redis-server', !postgresBinDir() && 'postgresql'].filter(Boolean);
}

/** The binaries, or an error that says exactly what to install. */
function findBinaries() {
	const redisServer = which('redis-server');
	const pgBin = postgresBinDir();
	const missing = missingPackages();
	if (missing.length > 0) {
		throw new Error(
			`n8n queue mode needs Redis and PostgreSQL, and ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed. ` +
				`Install them (Debian/Ubuntu, as root): ${INSTALL_HINT}`,
		);
	}
	return { redisServer, pgBin, psql: which('psql') ?? path.join(pgBin, 'psql') };
}

function alive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends one line to a TCP port and resolves with the first answer ('' when refused). */
function ask(port, line) {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		let answer = '';
		socket.setTimeout(1000, () => socket.destroy());
		socket.on('connect', () => socket.write(line));
		socket.on('data', (chunk) => {
			answer += chunk;
			socket.end();
		});
		socket.on('close', () => resolve(answer));
		socket.on('error', () => resolve(''));
	});
}

/** A child process that `stop()` ends by its PID: `signal`, then SIGKILL after the timeout. */
function supervised(child, name, { signal = 'SIGTERM', timeoutMs = 20_000 } = {}) {
	let exited = child.exitCode !== null;
	child.once('exit', () => {
		exited = true;
	});
	return {
		pid: child.pid,
		name,
		get exited() {
			return exited;
		},
		async stop() {
			if (exited || !alive(child.pid)) return;
			child.kill(signal);
			const deadline = Date.now() + timeoutMs;
			while (!exited && Date.now() < deadline) await sleep(50);
			if (!exited) child.kill('SIGKILL');
		},
	};
}

async function waitUntil(what, probe, process, timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (process.exited) throw new Error(`${what}: the process exited`);
		if (await probe()) return;
		await sleep(100);
	}
	throw new Error(`${what}: not ready within ${timeoutMs} ms`);
}

/** `redis-server` in the foreground: no persistence, loopback only. */
async function startRedis({ binaries, dir, port, logFile }) {
	fs.mkdirSync(dir, { recursive: true });
	const log = fs.openSync(logFile, 'a');
	const child = spawn(
		binaries.redisServer,
		['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--protected-mode', 'yes'],
		{ stdio: ['ignore', log, log] },
	);
	fs.closeSync(log);
	const redis = supervised(child, 'redis');
	await waitUntil('redis', async () => (await ask(port, 'PING\r\n')).startsWith('+PONG'), redis);
	return Object.assign(redis, { port });
}

/** The uid/gid PostgreSQL runs as: `postgres` when we are root (it refuses root), else ourselves. */
function postgresIdentity() {
	if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
	const line = fs
		.readFileSync('/etc/passwd', 'utf8')
		.split('\n')
		.find((entry) => entry.startsWith('postgres:'));
	if (!line) throw new Error(`running as root needs the "postgres" user that Debian's postgresql package creates: ${INSTALL_HINT}`);
	const [, , uid, gid] = line.split(':');
	return { uid: Number(uid), gid: Number(gid) };
}

/**
 * A fresh cluster (initdb, trust auth on loopback) served by `postgres` in the foreground;
 * durability is off, as befits a throw-away test database. `dir` must be new.
 */
async function startPostgres({ binaries, dir, port, logFile }) {
	const identity = postgresIdentity();
	const data = path.join(dir, 'data');
	const sockets = path.join(dir, 'sockets');
	fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
	fs.chmodSync(dir, 0o755);
	for (const folder of [data, sockets]) {
		fs.mkdirSync(folder, { mode: 0o700 });
		if (identity.uid !== undefined) fs.chownSync(folder, identity.uid, identity.gid);
	}
	// Every folder above must be passable for the postgres user.
	for (let parent = path.dirname(dir); parent !== path.dirname(parent); parent = path.dirname(parent)) {
		if (identity.uid !== undefined && (fs.statSync(parent).mode & 0o001) === 0) {
			throw new Error(`${parent} is not passable for the postgres user; use a data folder under a world-passable one such as /tmp`);
		}
	}
	const init = spawnSync(path.join(binaries.pgBin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'], {
		...identity,
		encoding: 'utf8',
		cwd: dir,
	});
	if (init.status !== 0) throw new Error(`initdb failed (${init.status}):\n${init.stdout}\n${init.stderr}`);
	const log = fs.openSync(logFile, 'a');
	if (identity.uid !== undefined) fs.fchownSync(log, identity.uid, identity.gid);
	const child = spawn(
		path.join(binaries.pgBin, 'postgres'),
		[
			'-D', data,
			'-c', 'listen_addresses=127.0.0.1',
			'-p', String(port),
			'-k', sockets,
			'-c', 'fsync=off',
			'-c', 'synchronous_commit=off',
			'-c', 'full_page_writes=off',
		],
		{ ...identity, cwd: dir, stdio: ['ignore', log, log] },
	);
	fs.closeSync(log);
	// SIGINT is PostgreSQL's fast shutdown: sessions are ended, nothing is waited for.
	const postgres = supervised(child, 'postgres', { signal: 'SIGINT' });
	await waitUntil('postgres', async () => /ready to accept connections/.test(fs.readFileSync(logFile, 'utf8')), postgres);
	return Object.assign(postgres, { port, user: 'postgres', database: 'postgres' });
}

/** Runs one SQL statement with psql and returns its rows, fields split on tabs. */
function query(binaries, postgres, sql) {
	const result = spawnSync(
		binaries.psql,
		['-h', '127.0.0.1', '-p', String(postgres.port), '-U', postgres.user, '-d', postgres.database, '-At', '-F', '\t', '-c', sql],
		{ encoding: 'utf8' },
	);
	if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
	return result.stdout
		.split('\n')
		.filter(Boolean)
		.map((line) => line.split('\t'));
}

/** The environment every n8n process of one queue-mode cluster shares. */
function queueEnv({ redis, postgres, encryptionKey }) {
	return {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: postgres.database,
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: '',
		N8N_ENCRYPTION_KEY: encryptionKey,
	};
}

module.exports = { INSTALL_HINT, findBinaries, missingPackages, query, queueEnv, startPostgres, startRedis };
