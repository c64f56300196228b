import { SimulatorClient, useSimulator } from './sim-client';

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

/** A running XONVO simulator plus helpers to drive its control routes. */
export class XonvoSim extends SimulatorClient<XonvoSimRequest> {
	constructor(remoteUrl?: string) {
		super(() => sim.createXonvoSimulator(), remoteUrl);
	}

	/** XONVO's API root is the base URL itself (no path prefix). */
	get apiRoot(): string {
		return this.url;
	}

	/** Back to the collection's example records (`empty`: only the default account, no leads or agents). */
	async reset(empty = false): Promise<void> {
		await this.control('reset', empty ? { empty: true } : {});
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
		const response = await fetch(`${this.apiRoot}${path}`, { method, headers, body: payload });
		const text = await response.text();
		const isJson = /json/i.test(response.headers.get('content-type') ?? '');
		return { status: response.status, headers: response.headers, body: text && isJson ? JSON.parse(text) : text, text };
	}

	/** Direct API call with the test user's Basic auth, bypassing the node (for setup and checks). */
	async api(method: string, path: string, body?: unknown): Promise<XonvoResponse> {
		return await this.request(method, path, { body });
	}
}

/** An in-process simulator for one describe block, reset to the collection's example records before each test. */
export function useXonvoSim({ resetEach = true } = {}): XonvoSim {
	return useSimulator(new XonvoSim(), async (xonvo) => await xonvo.reset(), { resetEach });
}
