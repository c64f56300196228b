import type { IDataObject } from 'n8n-workflow';

import { SimulatorClient, useSimulator, type SimRequest } from './sim-client';

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

export type { SimRequest } from './sim-client';

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
export class RebilliaSim extends SimulatorClient<SimRequest> {
	private readonly tokens = new Map<string, string>();

	constructor(remoteUrl?: string) {
		super(() => sim.createRebilliaSimulator(), remoteUrl);
	}

	/** Core API root (`{host}/v1`). */
	get apiRoot(): string {
		return `${this.url}${sim.CORE_BASE_PATH}`;
	}

	/** Storefront API root (`{host}/storefrontapi`). */
	get storefrontRoot(): string {
		return `${this.url}${sim.STOREFRONT_BASE_PATH}`;
	}

	/** Back to the collection's example records (`empty` keeps only company configuration). */
	async reset(empty = false): Promise<void> {
		await this.control('reset', { empty });
		this.tokens.clear();
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
	return useSimulator(new RebilliaSim(), async (rebillia) => await rebillia.reset(), { resetEach });
}
