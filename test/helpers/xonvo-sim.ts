import type { IDataObject } from 'n8n-workflow';

const sim = require('../simulators/xonvo/server.js');

export const XONVO_USER: { username: string; password: string } = sim.TEST_USER;

/** The account single leads (`POST /lead`) go to, unless `/__sim/config {defaultAccountId}` says otherwise. */
export const XONVO_DEFAULT_ACCOUNT_ID: number = sim.DEFAULT_ACCOUNT_ID;

export interface XonvoSimRequest {
	at: number;
	method: string;
	url: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string | undefined>;
	body: unknown;
	rawBody: string;
	status: number;
}

export interface XonvoResponse {
	status: number;
	headers: Headers;
	/** Parsed JSON when the body is JSON, the text otherwise ('' when empty). */
	body: any;
	text: string;
}

export interface XonvoRequestOptions {
	body?: unknown;
	/** Credentials to send instead of the test user's; `null` sends no Authorization header. */
	auth?: { username: string; password: string } | null;
	headers?: Record<string, string>;
}

export function basicAuthorization(user: { username: string; password: string } = XONVO_USER): string {
	return `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
}

/**
 * fetch, once more when a kept-alive connection was closed by the simulator meanwhile (the e2e
 * suite blocks this process while n8n's CLI runs, longer than the keep-alive timeout).
 */
async function fetchAgain(url: string, init: RequestInit): Promise<Response> {
	try {
		return await fetch(url, init);
	} catch {
		return await fetch(url, init);
	}
}

/** A running XONVO simulator plus helpers to drive its control routes. */
export class XonvoSim {
	private readonly simulator?: { listen(port: number): Promise<string>; close(): Promise<void> };
	url = '';

	/** In-process by default; give the URL of a simulator running as its own process to drive that. */
	constructor(remoteUrl?: string) {
		if (remoteUrl) this.url = remoteUrl;
		else this.simulator = sim.createXonvoSimulator();
	}

	async start(): Promise<this> {
		if (this.simulator) this.url = await this.simulator.listen(0);
		return this;
	}

	async stop(): Promise<void> {
		await this.simulator?.close();
	}

	/** XONVO's API root is the base URL itself (no path prefix). */
	get apiRoot(): string {
		return this.url;
	}

	async control<T = IDataObject>(name: string, body: IDataObject = {}, method = 'POST'): Promise<T> {
		const response = await fetchAgain(`${this.url}/__sim/${name}`, {
			method,
			headers: { 'content-type': 'application/json' },
			body: method === 'GET' ? undefined : JSON.stringify(body),
		});
		const result = (await response.json()) as T & { error?: string };
		if (response.status !== 200) throw new Error(`/__sim/${name}: ${result.error ?? response.status}`);
		return result;
	}

	/** Back to the collection's example records (`empty`: only the default account, no leads or agents). */
	async reset(empty = false): Promise<void> {
		await this.control('reset', empty ? { empty: true } : {});
	}

	async requests(): Promise<XonvoSimRequest[]> {
		return await this.control<XonvoSimRequest[]>('requests', {}, 'GET');
	}

	async clearLog(): Promise<void> {
		await this.control('requests', {}, 'DELETE');
	}

	/** Everything the simulator holds: settings, agents, accounts with their leads. */
	async state(accountId?: number): Promise<any> {
		const query = accountId === undefined ? '' : `?accountId=${accountId}`;
		const response = await fetch(`${this.url}/__sim/state${query}`);
		return await response.json();
	}

	/** Any request to the API; `path` is taken as written (encode query values yourself). */
	async request(method: string, path: string, options: XonvoRequestOptions = {}): Promise<XonvoResponse> {
		const headers: Record<string, string> = { ...options.headers };
		if (options.auth !== null) headers.authorization = basicAuthorization(options.auth ?? XONVO_USER);
		let payload: string | undefined;
		if (options.body !== undefined) {
			payload = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
			headers['content-type'] ??= 'application/json';
		}
		const response = await fetchAgain(`${this.apiRoot}${path}`, { method, headers, body: payload });
		const text = await response.text();
		const isJson = /json/i.test(response.headers.get('content-type') ?? '');
		return { status: response.status, headers: response.headers, body: text && isJson ? JSON.parse(text) : text, text };
	}

	/** Direct API call with the test user's Basic auth, bypassing the node (for setup and checks). */
	async api(method: string, path: string, body?: unknown): Promise<XonvoResponse> {
		return await this.request(method, path, { body });
	}
}

/**
 * An in-process simulator for one describe block: started before its tests, stopped after,
 * and (with `resetEach`) reset to the collection's example records before each test.
 */
export function useXonvoSim({ resetEach = true } = {}): XonvoSim {
	const xonvo = new XonvoSim();
	beforeAll(async () => {
		await xonvo.start();
	});
	afterAll(async () => {
		await xonvo.stop();
	});
	if (resetEach) {
		beforeEach(async () => {
			await xonvo.reset();
		});
	}
	return xonvo;
}
