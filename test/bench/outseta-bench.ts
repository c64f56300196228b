/**
 * `npm run bench`: figures for Get Many with Return All over 10,000 simulated Outseta people,
 * through n8n-core's engine against the simulator (limiter on: 4 requests per second).
 * Prints figures only; the request counts are asserted in the test suite.
 */
import 'reflect-metadata';
import { runNode } from '../helpers/engine';
import { OutsetaSim, outsetaEnvironment, outsetaNode } from '../helpers/outseta';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10_000);
const PAGE_SIZE = 100;

async function main() {
	const sim = await new OutsetaSim().start();
	try {
		await sim.reset();
		await sim.control('reset', { empty: true });
		await sim.control('seed', { people: PEOPLE });
		const rssBefore = process.memoryUsage().rss;
		let peakRss = rssBefore;
		const sampler = setInterval(() => {
			peakRss = Math.max(peakRss, process.memoryUsage().rss);
		}, 50);

		const started = performance.now();
		const result = await runNode(
			outsetaEnvironment(sim),
			outsetaNode({ resource: 'person', operation: 'getAll', returnAll: true, simplify: false }),
		);
		const seconds = (performance.now() - started) / 1000;
		clearInterval(sampler);

		const log = await sim.requests();
		const minimum = Math.ceil(PEOPLE / PAGE_SIZE);
		const limited = log.filter((entry) => entry.status === 429).length;
		const floor = ((minimum - 1) / 4) * 1.05;
		const rows = [
			['records returned', `${result.items.length} of ${PEOPLE}`],
			['requests sent', `${log.length} (minimum ${minimum})`],
			['429 responses', String(limited)],
			['wall time', `${seconds.toFixed(2)} s (pacing floor at 4 req/s: ${floor.toFixed(2)} s)`],
			['throughput', `${(log.length / seconds).toFixed(2)} req/s, ${Math.round(result.items.length / seconds)} records/s`],
			['engine overhead', `${(seconds - floor).toFixed(2)} s above the pacing floor`],
			['peak RSS', `${Math.round(peakRss / 2 ** 20)} MiB (${Math.round((peakRss - rssBefore) / 2 ** 20)} MiB above start)`],
		];
		console.log(`\nOutseta Get Many, Return All of ${PEOPLE} people`);
		for (const [label, value] of rows) console.log(`  ${label.padEnd(18)} ${value}`);
		if (result.error) console.log(`  error: ${result.error.message}`);
	} finally {
		await sim.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
