import type { IDataObject } from 'n8n-workflow';

const sim = require('../simulators/rebillia/server.js');

export interface RebilliaShopper {
	customerId: number;
	email: string;
	externalId: number;
	storeJwt: string;
}

export const REBILLIA_KEYS: { apiKey: string } = sim.TEST_KEYS;
export const STOREFRONT_PUBLIC_KEY: string = sim.STOREFRONT_PUBLIC_KEY;
export const TEST_SHOPPERS: RebilliaShopper[] = sim.TEST_SHOPPERS;
export const TEST_STORE_JWT: string = sim.TEST_STORE_JWT;
export const DECLINE_NONCE: string = sim.DECLINE_NONCE;

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

export interface SimResponse {
	status: number;
	body: any;
	text: string;
	headers: Headers;
}

export interface CallOptions {
	headers?: Record<string, string>;
	/** A body sent as it is (not JSON-encoded). */
	rawBody?: string;
}

/** A running Rebillia simulator plus helpers to drive its control routes. */
export class RebilliaSim {
	private readonly simulator?: { listen(port: number): Promise<string>; close(): Promise<void> };
	private readonly tokens = new Map<string, string>();
	url = '';

	/** In-process by default; give the URL of a simulator running as its own process to drive that. */
	constructor(remoteUrl?: string) {
		if (remoteUrl) this.url = remoteUrl;
		else this.simulator = sim.createRebilliaSimulator();
	}

	async start(): Promise<this> {
		if (this.simulator) this.url = await this.simulator.listen(0);
		return this;
	}

	async stop(): Promise<void> {
		await this.simulator?.close();
	}

	/** Core API root (`{host}/v1`). */
	get apiRoot(): string {
		return `${this.url}${sim.CORE_BASE_PATH}`;
	}

	/** Storefront API root (`{host}/storefrontapi`). */
	get storefrontRoot(): string {
		return `${this.url}${sim.STOREFRONT_BASE_PATH}`;
	}

	async control<T = IDataObject>(name: string, body: IDataObject = {}, method = 'POST'): Promise<T> {
		const response = await fetch(`${this.url}/__sim/${name}`, {
			method,
			headers: { 'content-type': 'application/json' },
			body: method === 'GET' ? undefined : JSON.stringify(body),
		});
		return (await response.json()) as T;
	}

	/** Back to the collection's example records (`empty` keeps only company configuration). */
	async reset(empty = false): Promise<void> {
		await this.control('reset', { empty });
		this.tokens.clear();
	}

	async requests(): Promise<SimRequest[]> {
		return await this.control<SimRequest[]>('requests', {}, 'GET');
	}

	async clearLog(): Promise<void> {
		await this.control('requests', {}, 'DELETE');
	}

	/** Any request to the simulator's host, with exactly the headers given. */
	async raw(method: string, url: string, body?: unknown, options: CallOptions = {}): Promise<SimResponse> {
		const headers: Record<string, string> = { ...(options.headers ?? {}) };
		let payload: string | undefined = options.rawBody;
		if (payload === undefined && body !== undefined) {
			payload = JSON.stringify(body);
			headers['content-type'] ??= 'application/json';
		}
		const response = await fetch(url.startsWith('http') ? url : `${this.url}${url}`, { method, headers, body: payload });
		const text = await response.text();
		let parsed: unknown = text;
		try {
			parsed = text ? JSON.parse(text) : text;
		} catch {
			parsed = text;
		}
		return { status: response.status, body: parsed, text, headers: response.headers };
	}

	/** Core API call with the test API key (`X-AUTH-TOKEN`); `path` is after `/v1` and may carry a query. */
	async api(method: string, path: string, body?: unknown, options: CallOptions = {}): Promise<SimResponse> {
		return await this.raw(method, `${this.apiRoot}${path}`, body, {
			...options,
			headers: { 'x-auth-token': REBILLIA_KEYS.apiKey, ...(options.headers ?? {}) },
		});
	}

	/** Login Customer: the customer token for a shopper (a new one each call). */
	async login(shopper: RebilliaShopper = TEST_SHOPPERS[0]): Promise<string> {
		const query = new URLSearchParams({ email: shopper.email, token: shopper.storeJwt });
		const response = await this.raw('GET', `${this.storefrontRoot}/${STOREFRONT_PUBLIC_KEY}/login?${query}`);
		if (response.status !== 200 || typeof response.body !== 'string') {
			throw new Error(`login of ${shopper.email} failed: ${response.status} ${response.text}`);
		}
		this.tokens.set(shopper.email, response.body);
		return response.body;
	}

	/**
	 * Storefront call with a customer token (`Authorization: Bearer`); `path` is after
	 * `/storefrontapi`. Logs the shopper in once and reuses the token unless one is given.
	 */
	async storefront(
		method: string,
		path: string,
		body?: unknown,
		options: CallOptions & { token?: string; shopper?: RebilliaShopper } = {},
	): Promise<SimResponse> {
		const shopper = options.shopper ?? TEST_SHOPPERS[0];
		const token = options.token ?? this.tokens.get(shopper.email) ?? (await this.login(shopper));
		return await this.raw(method, `${this.storefrontRoot}${path}`, body, {
			...options,
			headers: { authorization: `Bearer ${token}`, ...(options.headers ?? {}) },
		});
	}
}

/**
 * An in-process simulator for one describe block: started before its tests, stopped after,
 * and (with `resetEach`) reset to the collection's example records before each test.
 */
export function useRebilliaSim({ resetEach = true } = {}): RebilliaSim {
	const rebillia = new RebilliaSim();
	beforeAll(async () => {
		await rebillia.start();
	});
	afterAll(async () => {
		await rebillia.stop();
	});
	if (resetEach) {
		beforeEach(async () => {
			await rebillia.reset();
		});
	}
	return rebillia;
}
