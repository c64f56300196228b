/**
 * `npm run bench` (third part): what this package costs n8n at start-up, from the packed package
 * installed as n8n installs it, on n8n's own Node and n8n-workflow:
 *   - in-process load cost, eager (n8n requires every file of the `n8n` section) against lazy
 *     (n8n reads dist/known and dist/types, and requires only the credential files), each run in
 *     a fresh Node process (test/bench/load-cost.js), alternating, medians;
 *   - n8n's start-to-ready time with the package (lazy), with the package stripped of its metadata
 *     (eager) and without any package, alternating, after one unmeasured first start of each user
 *     folder (database migrations), medians.
 * BENCH_LOAD_ROUNDS (default 7) and BENCH_START_ROUNDS (default 3; 0 skips n8n) set the rounds.
 */
import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const n8n = require('../../scripts/lib/n8n.js');
const { METADATA_FILES } = require('../../scripts/lib/metadata.js');

const LOAD_ROUNDS = Number(process.env.BENCH_LOAD_ROUNDS ?? 7);
const START_ROUNDS = Number(process.env.BENCH_START_ROUNDS ?? 3);
/** The debug line of n8n-core's LazyPackageDirectoryLoader when it trusts the metadata. */
const LAZY_LINE = 'Lazy-loading nodes and credentials from';

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const list = (values: number[], digits = 0) => values.map((value) => value.toFixed(digits)).join(', ');

interface Runtime {
	nodeBin: string;
	n8nBin: string;
	n8nModules: string;
}

function loadCost(runtime: Runtime, mode: 'eager' | 'lazy', packageDir: string): { ms: number; descriptionBytes: number } {
	const result = spawnSync(path.join(runtime.nodeBin, 'node'), [path.join(__dirname, 'load-cost.js'), mode, packageDir], {
		// As in n8n: the package has no node_modules and finds n8n's n8n-workflow on NODE_PATH.
		env: { PATH: process.env.PATH, NODE_PATH: runtime.n8nModules },
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`load-cost.js ${mode} exited ${result.status}: ${result.stderr}`);
	return JSON.parse(result.stdout);
}

async function startOnce(runtime: Runtime, userFolder: string, logFile: string, logLevel = 'info'): Promise<{ readyMs: number; cpuMs: number }> {
	const [port, brokerPort] = [await n8n.freePort(), await n8n.freePort()];
	const env = n8n.n8nEnv(runtime, {
		userFolder,
		port,
		brokerPort: brokerPort === port ? await n8n.freePort() : brokerPort,
		isolate: true,
		extra: { N8N_ENCRYPTION_KEY: crypto.createHash('sha256').update(userFolder).digest('hex'), N8N_LOG_LEVEL: logLevel },
	});
	const server = await n8n.startServer(runtime, env, { logFile });
	const cpuMs = processCpuMs(server.pid);
	await server.stop();
	return { readyMs: server.readyMs, cpuMs };
}

/**
 * CPU time (user + system) the n8n main process has used so far, from /proc (Linux; NaN
 * elsewhere): on a busy machine the wall-clock time to ready mostly measures the other processes,
 * the CPU time much less so.
 */
function processCpuMs(pid: number): number {
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
	} catch {
		return Number.NaN;
	}
}

async function main() {
	const runtime: Runtime = n8n.provisionRuntime({ quiet: true });
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-load-bench-'));
	try {
		const tarball = n8n.packPackage(path.join(work, 'pack'));
		const folders = { lazy: path.join(work, 'with-lazy'), eager: path.join(work, 'with-eager'), without: path.join(work, 'without') };
		const lazyDir = n8n.installPackage(tarball, folders.lazy);
		const eagerDir = n8n.installPackage(tarball, folders.eager);
		for (const file of METADATA_FILES) fs.rmSync(path.join(eagerDir, file));
		fs.mkdirSync(folders.without, { recursive: true });

		const eager: number[] = [];
		const lazy: number[] = [];
		let eagerBytes = 0;
		let lazyBytes = 0;
		for (let round = 0; round < LOAD_ROUNDS; round++) {
			const eagerRun = loadCost(runtime, 'eager', lazyDir);
			const lazyRun = loadCost(runtime, 'lazy', lazyDir);
			eager.push(eagerRun.ms);
			lazy.push(lazyRun.ms);
			eagerBytes = eagerRun.descriptionBytes;
			lazyBytes = lazyRun.descriptionBytes;
		}
		const nodeVersion = spawnSync(path.join(runtime.nodeBin, 'node'), ['--version'], { encoding: 'utf8' }).stdout.trim();
		console.log(`\nLoad cost of ${path.basename(tarball)}, each in a fresh Node ${nodeVersion} process (n8n-workflow loaded first), ${LOAD_ROUNDS} rounds`);
		console.log(`  eager (require + describe every entry)  median ${median(eager).toFixed(1)} ms  [${list(eager, 1)}]`);
		console.log(`  lazy  (4 JSON files + credential files)  median ${median(lazy).toFixed(1)} ms  [${list(lazy, 1)}]`);
		console.log(`  descriptions serialised ${(eagerBytes / 1024).toFixed(1)} KB; dist/types/*.json ${(lazyBytes / 1024).toFixed(1)} KB`);

		if (START_ROUNDS <= 0) return;
		const logs = Object.fromEntries(Object.keys(folders).map((key) => [key, path.join(work, `${key}.log`)])) as Record<keyof typeof folders, string>;
		// First starts migrate each database; unmeasured. The lazy one logs at debug to show the loader's choice.
		await startOnce(runtime, folders.lazy, logs.lazy, 'debug');
		await startOnce(runtime, folders.eager, logs.eager, 'debug');
		await startOnce(runtime, folders.without, logs.without);
		const lazyLogged = fs.readFileSync(logs.lazy, 'utf8').includes(LAZY_LINE);
		const eagerLogged = fs.readFileSync(logs.eager, 'utf8').includes("Can't enable lazy-loading");
		const ready: Record<keyof typeof folders, number[]> = { lazy: [], eager: [], without: [] };
		const cpu: Record<keyof typeof folders, number[]> = { lazy: [], eager: [], without: [] };
		for (let round = 0; round < START_ROUNDS; round++) {
			for (const key of ['lazy', 'without', 'eager'] as const) {
				const figures = await startOnce(runtime, folders[key], logs[key]);
				ready[key].push(figures.readyMs);
				cpu[key].push(figures.cpuMs);
			}
		}
		console.log(`\nn8n start-to-ready (/healthz/readiness), ${START_ROUNDS} rounds alternating, after one unmeasured start each`);
		console.log('  (wall ms to ready; CPU ms of the n8n process at ready, less sensitive to a busy machine)');
		const row = (label: string, key: keyof typeof folders, note = '') =>
			console.log(`  ${label.padEnd(26)} wall median ${median(ready[key])} [${list(ready[key])}]  CPU median ${median(cpu[key])} [${list(cpu[key])}]${note}`);
		row('with the package, lazy', 'lazy', `  (debug log: "${LAZY_LINE} …" ${lazyLogged ? 'seen' : 'NOT seen'})`);
		row('with the package, eager', 'eager', `  (metadata removed; "Can't enable lazy-loading" ${eagerLogged ? 'seen' : 'NOT seen'})`);
		row('without any package', 'without');
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
