/**
 * The test side of a vendor simulator (test/simulators/<vendor>/server.js): started in this
 * process, or driven at the URL of one running as its own process, with its `/__sim/` control
 * routes. Each vendor's client (OutsetaSim, XonvoSim, RebilliaSim) adds its API calls.
 */
import type { IDataObject } from 'n8n-workflow';

export interface InProcessSimulator {
	listen(port: number): Promise<string>;
	close(): Promise<void>;
}

export interface SimRequest {
	at: number;
	method: string;
	url: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string | undefined>;
	body: unknown;
	rawBody?: string;
	status: number;
}

export class SimulatorClient<Logged = SimRequest> {
	private readonly simulator?: InProcessSimulator;
	url = '';

	/** In-process by default; give the URL of a simulator running as its own process to drive that. */
	constructor(create: () => InProcessSimulator, remoteUrl?: string) {
		if (remoteUrl) this.url = remoteUrl;
		else this.simulator = create();
	}

	async start(): Promise<this> {
		if (this.simulator) this.url = await this.simulator.listen(0);
		return this;
	}

	async stop(): Promise<void> {
		await this.simulator?.close();
	}

	/** A control route; a non-200 answer throws with the simulator's message. */
	async control<T = IDataObject>(name: string, body: IDataObject = {}, method = 'POST'): Promise<T> {
		const response = await fetch(`${this.url}/__sim/${name}`, {
			method,
			headers: { 'content-type': 'application/json' },
			body: method === 'GET' ? undefined : JSON.stringify(body),
		});
		const result = (await response.json()) as T & { error?: string };
		if (response.status !== 200) throw new Error(`/__sim/${name}: ${result.error ?? response.status}`);
		return result;
	}

	/** What the simulator received since the last reset or clearLog, oldest first. */
	async requests(): Promise<Logged[]> {
		return await this.control<Logged[]>('requests', {}, 'GET');
	}

	async clearLog(): Promise<void> {
		await this.control('requests', {}, 'DELETE');
	}
}

/**
 * A simulator for one describe block: started before its tests, stopped after, and (with
 * `resetEach`) reset before each test.
 */
export function useSimulator<T extends SimulatorClient<unknown>>(
	sim: T,
	reset: (sim: T) => Promise<void>,
	{ resetEach = true } = {},
): T {
	beforeAll(async () => {
		await sim.start();
	});
	afterAll(async () => {
		await sim.stop();
	});
	if (resetEach) {
		beforeEach(async () => {
			await reset(sim);
		});
	}
	return sim;
}
