/**
 * `npm run bench` (second part): figures for XONVO and Rebillia through n8n-core's engine
 * against their simulators: a 5,000-lead bulk request (validation and body building), 200 input
 * items paced at the credential's rate, and a Return All over Rebillia's paged invoice list.
 * Prints figures only; counts and behaviour are asserted in the test suites.
 */
import 'reflect-metadata';
import { Rebillia } from '../../nodes/Rebillia/Rebillia.node';
import { runNode } from '../helpers/engine';
import { rebilliaEnvironment, rebilliaNode, RebilliaSim } from '../helpers/rebillia';
import { byId, xonvoEnvironment, xonvoNode, XonvoSim } from '../helpers/xonvo';

function measure() {
	const rssBefore = process.memoryUsage().rss;
	let peak = rssBefore;
	const sampler = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage().rss);
	}, 20);
	const started = performance.now();
	return () => {
		clearInterval(sampler);
		return { seconds: (performance.now() - started) / 1000, peakMiB: Math.round(peak / 2 ** 20), aboveMiB: Math.round((peak - rssBefore) / 2 ** 20) };
	};
}

function print(title: string, rows: Array<[string, string]>) {
	console.log(`\n${title}`);
	for (const [label, value] of rows) console.log(`  ${label.padEnd(18)} ${value}`);
}

async function xonvoBench() {
	const sim = await new XonvoSim().start();
	try {
		await sim.reset();
		const leads = Array.from({ length: 5000 }, (_, index) => ({
			firstName: 'Bench',
			lastName: `Lead ${index}`,
			phone: `+1555${String(index).padStart(7, '0')}`,
			timestamp: '2024-01-02T10:00:00Z',
			zip: '98121',
			jornayaLeadId: `J-${index}`,
			externalId: `bench-${index}`,
			attributes: { DISCOUNT_CODE: 'B' },
		}));
		await sim.clearLog();
		let done = measure();
		const bulk = await runNode(xonvoEnvironment(sim), xonvoNode({ resource: 'lead', operation: 'createMany', accountId: byId(18), leads }));
		let figures = done();
		const sent = await sim.requests();
		print('XONVO Lead: Create Many with 5,000 leads in one item', [
			['requests sent', `${sent.length} (bytes in the body: ${Math.round(Buffer.byteLength(String(sent[0]?.rawBody ?? '')) / 1024)} KB)`],
			['wall time', `${figures.seconds.toFixed(2)} s (every lead checked and its time converted)`],
			['peak RSS', `${figures.peakMiB} MiB (${figures.aboveMiB} MiB above start)`],
			...(bulk.error ? ([['error', bulk.error.message]] as Array<[string, string]>) : []),
		]);

		await sim.clearLog();
		done = measure();
		const items = Array.from({ length: 200 }, () => ({ lead: '2' }));
		const paced = await runNode(
			xonvoEnvironment(sim, { requestsPerSecond: 50 }),
			xonvoNode({ resource: 'lead', operation: 'getStatistics', accountId: byId(21), leadExternalId: '={{ $json.lead }}' }),
			items,
		);
		figures = done();
		const floor = ((items.length - 1) / 50) * 1.05;
		print('XONVO Lead: Get Statistics for 200 input items at 50 req/s', [
			['items out', String(paced.items.length)],
			['wall time', `${figures.seconds.toFixed(2)} s (pacing floor ${floor.toFixed(2)} s)`],
			['throughput', `${(items.length / figures.seconds).toFixed(1)} req/s`],
			['peak RSS', `${figures.peakMiB} MiB`],
		]);
	} finally {
		await sim.stop();
	}
}

async function rebilliaBench() {
	const sim = await new RebilliaSim().start();
	try {
		await sim.reset();
		const count = 5000;
		await sim.control('insert', { kind: 'invoice', count, status: 'paid' });
		await sim.clearLog();
		const done = measure();
		const result = await runNode(
			rebilliaEnvironment(sim, { rebillia: new Rebillia() }, { requestsPerSecond: 50 }),
			rebilliaNode('rebillia', { resource: 'invoice', operation: 'getAll', returnAll: true, filters: { status: 'paid' } }),
		);
		const figures = done();
		const sent = await sim.requests();
		print(`Rebillia Invoice: Get Many, status paid, Return All (${count}+ invoices, the paged list)`, [
			['records returned', String(result.items.length)],
			['requests sent', String(sent.length)],
			['wall time', `${figures.seconds.toFixed(2)} s at 50 req/s`],
			['peak RSS', `${figures.peakMiB} MiB (${figures.aboveMiB} MiB above start)`],
			...(result.error ? ([['error', result.error.message]] as Array<[string, string]>) : []),
		]);
	} finally {
		await sim.stop();
	}
}

(async () => {
	await xonvoBench();
	await rebilliaBench();
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
