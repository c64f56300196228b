#!/usr/bin/env node
'use strict';
/**
 * Makes sure n8n's queue mode can be tested here: Redis and PostgreSQL from Debian's packages.
 * Used by `npm run test:queue` (and so `npm test`) and by `.ci/run`. Installs what is missing
 * when it can (root, apt-get, Debian's archive reachable) and says so; otherwise it stops with
 * the exact command to run.
 */
const { spawnSync } = require('node:child_process');
const infra = require('./lib/queue-infra');

function main() {
	const missing = infra.missingPackages();
	if (missing.length === 0) return 0;
	const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
	if (!isRoot || !hasApt) {
		console.error(
			`[provision] n8n queue mode needs ${missing.join(' and ')}, not installed here. ` +
				`${hasApt ? 'Run as root' : 'On Debian/Ubuntu, as root, run'}: ${command}`,
		);
		return 1;
	}
	console.log(`[provision] installing ${missing.join(' and ')} from Debian's archive for the queue-mode suite`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...missing]]) {
		const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
		if (run.status !== 0) {
			console.error(`[provision] apt-get ${args[0]} failed (exit ${run.status}). Install by hand, as root: ${command}`);
			return 1;
		}
	}
	const still = infra.missingPackages();
	if (still.length > 0) {
		console.error(`[provision] ${still.join(' and ')} still missing after apt-get. Install by hand, as root: ${command}`);
		return 1;
	}
	console.log(`[provision] ${missing.join(' and ')} installed`);
	return 0;
}

process.exitCode = main();
