/**
 * `npm run bench` (pacing): a Return All of 2,000 Outseta people at the credential's 4 req/s
 * through real n8n, with the simulator 200 ms (± 20 ms each way) away, against the rate floor and
 * against n8n's HTTP Request node (Pagination at 250 ms intervals, then Split Out) over the same
 * API (asked for four fields per record, to keep n8n execute's output whole; ours reads whole
 * records). Time is each node's own execution time as n8n records it. Prints figures only; the
 * absence of 429s is asserted in test/outseta/paging.test.ts.
 */
import type { IDataObject } from 'n8n-workflow';
import { N8nInstance, PACKAGE } from '../e2e/n8n-instance';
import { OUTSETA_KEYS, OutsetaSim } from '../helpers/outseta';

const PEOPLE = 2000;
const PAGE = 100;
const RATE = 4;
const LATENCY = { ms: 200, jitterMs: 20 };
const CREDENTIAL = { id: 'benchPacingCred1', name: 'Outseta bench' };

function workflow(id: string, nodes: IDataObject[], connections: IDataObject): IDataObject {
	const start = { id: `${id}-start`, name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} };
	return { id, name: id, active: false, settings: { executionOrder: 'v1' }, nodes: [start, ...nodes], connections };
}

function nodeTime(run: any, name: string): number {
	return (run.data.resultData.runData[name] as Array<{ executionTime: number }>).reduce((sum, task) => sum + task.executionTime, 0);
}

function itemCount(run: any, name: string): number {
	return run.data.resultData.runData[name][0].data.main[0].length;
}

async function main() {
	const instance = new N8nInstance();
	try {
		await instance.prepare();
		const sim = new OutsetaSim((await instance.startSimulator('outseta')).url);
		await sim.reset();
		await sim.control('reset', { empty: true });
		await sim.control('seed', { people: PEOPLE });
		instance.importJson('credentials', [
			{ ...CREDENTIAL, type: 'outsetaApi', data: { subdomain: '', baseUrl: sim.apiRoot, ...OUTSETA_KEYS, requestsPerSecond: RATE } },
		]);
		instance.importJson(
			'workflow',
			workflow(
				'benchPacingOurs',
				[
					{
						id: 'ours',
						name: 'Outseta',
						type: `${PACKAGE}.outseta`,
						typeVersion: 1,
						position: [300, 0],
						parameters: { resource: 'person', operation: 'getAll', returnAll: true, simplify: false },
						credentials: { outsetaApi: CREDENTIAL },
					},
				],
				{ Start: { main: [[{ node: 'Outseta', type: 'main', index: 0 }]] } },
			),
		);
		instance.importJson(
			'workflow',
			workflow(
				'benchPacingHttp',
				[
					{
						id: 'http',
						name: 'HTTP Request',
						type: 'n8n-nodes-base.httpRequest',
						typeVersion: 4.2,
						position: [300, 0],
						parameters: {
							url: `${sim.apiRoot}/crm/people`,
							sendQuery: true,
							// Fewer fields per record than our node reads (n8n execute cuts a long output short);
							// the request count and spacing, which this bench is about, stay the same.
							queryParameters: {
								parameters: [
									{ name: 'limit', value: String(PAGE) },
									{ name: 'fields', value: 'Uid,Email,FirstName,LastName' },
								],
							},
							sendHeaders: true,
							headerParameters: { parameters: [{ name: 'Authorization', value: `Outseta ${OUTSETA_KEYS.apiKey}:${OUTSETA_KEYS.secretKey}` }] },
							options: {
								pagination: {
									pagination: {
										paginationMode: 'updateAParameterInEachRequest',
										parameters: { parameters: [{ type: 'qs', name: 'offset', value: '={{ $pageCount }}' }] },
										paginationCompleteWhen: 'other',
										completeExpression: `={{ $response.body.items.length < ${PAGE} }}`,
										requestInterval: 1000 / RATE,
									},
								},
							},
						},
					},
					{ id: 'split', name: 'Split Out', type: 'n8n-nodes-base.splitOut', typeVersion: 1, position: [600, 0], parameters: { fieldToSplitOut: 'items' } },
				],
				{
					Start: { main: [[{ node: 'HTTP Request', type: 'main', index: 0 }]] },
					'HTTP Request': { main: [[{ node: 'Split Out', type: 'main', index: 0 }]] },
				},
			),
		);

		const cases = [
			{ label: 'our node (Get Many, Return All)', id: 'benchPacingOurs', nodes: ['Outseta'], output: 'Outseta' },
			{ label: 'HTTP Request + Split Out', id: 'benchPacingHttp', nodes: ['HTTP Request', 'Split Out'], output: 'Split Out' },
		];
		const floor = (PEOPLE / PAGE - 1) / RATE;
		const pacedFloor = floor * 1.05;
		console.log(`\nReturn All of ${PEOPLE.toLocaleString('en')} Outseta people at ${RATE} req/s, ${LATENCY.ms} ms round trips (± ${LATENCY.jitterMs} ms each way), real n8n`);
		console.log(
			`  rate floor         ${floor.toFixed(2)} s (${PEOPLE / PAGE} pages of ${PAGE}: ${PEOPLE / PAGE - 1} intervals of ${1000 / RATE} ms); ` +
				`${pacedFloor.toFixed(2)} s with the 5 % margin`,
		);
		const times: number[] = [];
		for (const entry of cases) {
			await sim.control('config', { latency: LATENCY });
			await sim.clearLog();
			await new Promise((resolve) => setTimeout(resolve, 1100));
			// n8n execute can exit before a long stdout is flushed: such a run is run again.
			let run: any;
			for (let attempt = 1; !run; attempt++) {
				try {
					run = instance.execute(entry.id).run;
				} catch (error) {
					if (attempt >= 3) throw error;
					await sim.clearLog();
				}
			}
			const log = await sim.requests();
			const arrivals = log.map((request) => request.at).sort((a, b) => a - b);
			const gaps = arrivals.slice(1).map((at, index) => at - arrivals[index]).sort((a, b) => a - b);
			const span = arrivals[arrivals.length - 1] - arrivals[0];
			const seconds = entry.nodes.reduce((sum, name) => sum + nodeTime(run, name), 0) / 1000;
			times.push(seconds);
			console.log(
				`  ${entry.label.padEnd(34)} node ${seconds.toFixed(2)} s; requests arrived over ${(span / 1000).toFixed(2)} s = ` +
					`${((pacedFloor / (span / 1000)) * 100).toFixed(1)} % of the paced floor (gaps ${gaps[0]}/${gaps[Math.floor(gaps.length / 2)]}/${gaps[gaps.length - 1]} ms min/median/max); ` +
					`${itemCount(run, entry.output)} records, ${log.length} requests, ${log.filter((request) => request.status === 429).length} × 429`,
			);
		}
		console.log(`  ours / HTTP Request ${(times[0] / times[1]).toFixed(2)}×`);
	} finally {
		await instance.dispose();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
