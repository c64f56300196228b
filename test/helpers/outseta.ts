import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { OutsetaApi } from '../../credentials/OutsetaApi.credentials';
import { Outseta } from '../../nodes/Outseta/Outseta.node';
import { OutsetaTrigger } from '../../nodes/Outseta/OutsetaTrigger.node';
import { resetPacing, waitForSlot } from '../../nodes/shared/pacing';
import type { TestEnvironment } from './engine';
import { testNode } from './engine';

const sim = require('../simulators/outseta/server.js');

export const TEST_CREDENTIAL_ID = 'cred-1';

export const OUTSETA_KEYS: { apiKey: string; secretKey: string } = sim.TEST_KEYS;

export interface SimRequest {
	at: number;
	method: string;
	url: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string | undefined>;
	body: unknown;
	status: number;
}

/** A running Outseta simulator plus helpers to drive its control routes. */
export class OutsetaSim {
	private readonly simulator?: { listen(port: number): Promise<string>; close(): Promise<void> };
	url = '';

	/** In-process by default; give the URL of a simulator running as its own process to drive that. */
	constructor(remoteUrl?: string) {
		if (remoteUrl) this.url = remoteUrl;
		else this.simulator = sim.createOutsetaSimulator();
	}

	async start(): Promise<this> {
		if (this.simulator) this.url = await this.simulator.listen(0);
		return this;
	}

	async stop(): Promise<void> {
		await this.simulator?.close();
	}

	get apiRoot(): string {
		return `${this.url}${sim.BASE_PATH}`;
	}

	async control<T = IDataObject>(name: string, body: IDataObject = {}, method = 'POST'): Promise<T> {
		const response = await fetch(`${this.url}/__sim/${name}`, {
			method,
			headers: { 'content-type': 'application/json' },
			body: method === 'GET' ? undefined : JSON.stringify(body),
		});
		return (await response.json()) as T;
	}

	async reset(): Promise<void> {
		await this.control('reset');
		resetPacing();
	}

	async requests(): Promise<SimRequest[]> {
		return await this.control<SimRequest[]>('requests', {}, 'GET');
	}

	async clearLog(): Promise<void> {
		await this.control('requests', {}, 'DELETE');
	}

	/**
	 * Direct API call with the test keys, bypassing the node (for setup and checks). It takes its
	 * slot from the same pacing schedule as the test credential, so setup never trips the limiter.
	 */
	async api(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
		for (let attempt = 0; ; attempt++) {
			await waitForSlot(`outsetaApi:${TEST_CREDENTIAL_ID}`, 4);
			const response = await fetch(`${this.apiRoot}${path}`, {
				method,
				headers: {
					authorization: `Outseta ${OUTSETA_KEYS.apiKey}:${OUTSETA_KEYS.secretKey}`,
					'content-type': 'application/json',
				},
				body: body === undefined ? undefined : JSON.stringify(body),
			});
			const text = await response.text();
			// Another process (n8n in the e2e suite) may share the simulator's one-second window.
			if (response.status === 429 && attempt < 10) continue;
			return { status: response.status, body: text ? JSON.parse(text) : text };
		}
	}
}

export function outsetaCredentials(sim: OutsetaSim, overrides: IDataObject = {}): ICredentialDataDecryptedObject {
	return {
		subdomain: '',
		baseUrl: `${sim.apiRoot}/`,
		apiKey: OUTSETA_KEYS.apiKey,
		secretKey: OUTSETA_KEYS.secretKey,
		requestsPerSecond: 4,
		...overrides,
	};
}

export function outsetaEnvironment(sim: OutsetaSim, overrides: IDataObject = {}): TestEnvironment {
	return {
		nodeTypes: { outseta: new Outseta(), outsetaTrigger: new OutsetaTrigger() },
		credentialTypes: { outsetaApi: new OutsetaApi() },
		credentials: { outsetaApi: outsetaCredentials(sim, overrides) },
	};
}

export function outsetaNode(parameters: IDataObject, extra = {}) {
	return testNode('outseta', parameters, extra);
}

export function outsetaTriggerNode(parameters: IDataObject) {
	return testNode('outsetaTrigger', parameters, { name: 'Outseta Trigger' });
}

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/**
 * An in-process simulator for one describe block: started before its tests, stopped after,
 * and (with `resetEach`) reset to the collection's example records before each test.
 */
export function useOutsetaSim({ resetEach = true } = {}): OutsetaSim {
	const sim = new OutsetaSim();
	beforeAll(async () => {
		await sim.start();
	});
	afterAll(async () => {
		await sim.stop();
	});
	if (resetEach) {
		beforeEach(async () => {
			await sim.reset();
		});
	}
	return sim;
}
