import { SimRequest, SimulatorClient, useSimulator } from './sim-client';

const sim = require('../simulators/ytel/server.js');

export const YTEL_USER: { email: string; password: string } = sim.TEST_USER;
/** The long-lived token of Ytel's web app (v4 only). */
export const YTEL_API_TOKEN: string = sim.API_TOKEN;
export const YTEL_ACCOUNT_SID: string = sim.ACCOUNT_SID;

export interface YtelResponse {
	status: number;
	headers: Headers;
	/** Parsed JSON when the body is JSON, the text otherwise ('' when empty). */
	body: any;
	text: string;
}

export interface YtelRequestOptions {
	/** JSON body (a string is sent as it is). */
	body?: unknown;
	/** multipart/form-data parts: plain fields, and files as `{filename, content, contentType?}`. */
	form?: Record<string, string | { filename: string; content: string; contentType?: string }>;
	/** Bearer token to send; `null` sends no Authorization header; default: the test user's exchanged token. */
	token?: string | null;
	headers?: Record<string, string>;
}

/** A running Ytel simulator plus helpers for its token endpoint and control routes. */
export class YtelSim extends SimulatorClient<SimRequest> {
	private accessToken?: string;

	constructor(remoteUrl?: string) {
		super(() => sim.createYtelSimulator(), remoteUrl);
	}

	/** Back to the collection's example records (`empty`: reference data only); forgets the cached token. */
	async reset(empty = false): Promise<void> {
		this.accessToken = undefined;
		await this.control('reset', empty ? { empty: true } : {});
	}

	/** `POST /auth/v3/token` as the collection sends it. */
	async exchange(body: Record<string, unknown>): Promise<YtelResponse> {
		return await this.request('POST', '/auth/v3/token', { body: { captcha: '', refreshToken: '', ...body }, token: null });
	}

	/** A password-grant exchange for the test user: `{accessToken, refreshToken, tokenType}`. */
	async login(): Promise<{ accessToken: string; refreshToken: string; tokenType: string }> {
		const response = await this.exchange({ grantType: 'resource_owner_credentials', username: YTEL_USER.email, password: YTEL_USER.password });
		if (response.body?.status !== true) throw new Error(`token exchange refused: ${response.text}`);
		return response.body.payload[0];
	}

	/** The test user's access token, exchanged once and kept until reset. */
	async token(): Promise<string> {
		this.accessToken ??= (await this.login()).accessToken;
		return this.accessToken;
	}

	/** Any request; `path` is taken as written (encode query values and `+` yourself). */
	async request(method: string, path: string, options: YtelRequestOptions = {}): Promise<YtelResponse> {
		const headers: Record<string, string> = { ...options.headers };
		const token = options.token === undefined ? await this.token() : options.token;
		if (token !== null) headers.authorization = `Bearer ${token}`;
		let payload: string | FormData | undefined;
		if (options.form) {
			const form = new FormData();
			for (const [name, value] of Object.entries(options.form)) {
				if (typeof value === 'string') form.append(name, value);
				else form.append(name, new Blob([value.content], { type: value.contentType ?? 'application/octet-stream' }), value.filename);
			}
			payload = form;
		} else if (options.body !== undefined) {
			payload = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
			headers['content-type'] ??= 'application/json';
		}
		const response = await fetch(`${this.url}${path}`, { method, headers, body: payload });
		const text = await response.text();
		const isJson = /json/i.test(response.headers.get('content-type') ?? '');
		let body: unknown = text;
		if (text && isJson) body = JSON.parse(text);
		return { status: response.status, headers: response.headers, body, text };
	}

	/** A request with the test user's exchanged token (for setup and checks). */
	async api(method: string, path: string, body?: unknown): Promise<YtelResponse> {
		return await this.request(method, path, { body });
	}

	/** Records for trigger tests: `{kind, count?, records?, at?, late?, hidden?, …fields}`. */
	async insert(body: Record<string, unknown>): Promise<Array<{ id: string; at: number; contactId?: string; hidden: boolean }>> {
		return (await this.control<{ inserted: Array<{ id: string; at: number; contactId?: string; hidden: boolean }> }>('insert', body as never)).inserted;
	}

	/** Sets the simulator's clock (epoch ms). */
	async setClock(now: number): Promise<void> {
		await this.control('clock', { now });
	}
}

/** An in-process simulator for one describe block, reset to the collection's example records before each test. */
export function useYtelSim({ resetEach = true } = {}): YtelSim {
	return useSimulator(new YtelSim(), async (ytel) => await ytel.reset(), { resetEach });
}
