/**
 * A tiny local Ytel for the credential and token-renewal tests, until the Ytel simulator (another
 * branch) is merged: `POST /auth/v3/token` with both grants, answered as the collection's example
 * (the envelope with `payload[0].accessToken` and `refreshToken`), and `GET /v4/timezone/`, the
 * credential's Test request, answered with the first records of its example. An expired or unknown
 * token is rejected in one of the three shapes the issue names: HTTP 401, HTTP 403, or HTTP 200
 * with `status: false` and error code "403" ("Authentication Error", "Bad token").
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INodeType } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

/** A bare node type for running the Ytel credential's Test before there is a Ytel node. */
export const ytelCredentialTestNode: INodeType = {
	description: {
		displayName: 'Ytel Credential Test',
		name: 'ytelCredentialTest',
		group: ['transform'],
		version: 1,
		description: 'Runs the Ytel credential test',
		defaults: { name: 'Ytel Credential Test' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'ytelApi', required: true }],
		properties: [],
	},
};

export type RejectionShape = 401 | 403 | 200;

export interface StubRequest {
	/** When it arrived (epoch ms). */
	at: number;
	method: string;
	path: string;
	authorization?: string;
	body?: Record<string, unknown>;
	status: number;
}

export const YTEL_USER = { email: 'owner@example.com', password: 'ytel-pass CANARY+/=9' };

const TIMEZONES = [
	{ timezoneId: -20, name: 'EST/EDT', systemName: 'EST5EDT', dst: 1, offset: -5 },
	{ timezoneId: -28, name: 'MST/MDT', systemName: 'MST7MDT', dst: 1, offset: -7 },
	{ timezoneId: -32, name: 'PST/PDT', systemName: 'PST8PDT', dst: 1, offset: -8 },
];

const token = () => `${randomBytes(9).toString('base64url')}.${randomBytes(12).toString('base64url')}.${randomBytes(9).toString('base64url')}`;

function failure(code: string, message: string, moreInfo: string) {
	return { status: false, count: 0, page: 1, payload: [], error: [{ code, message, moreInfo }] };
}

export class YtelStub {
	private server?: Server;
	url = '';
	log: StubRequest[] = [];
	/** How an expired or unknown access token is rejected. */
	rejection: RejectionShape = 401;
	/** Shapes for the next rejections, one each, before `rejection` applies again. */
	nextRejections: RejectionShape[] = [];
	/** How a refused password is answered: an HTTP 401, or an HTTP 200 envelope with status false. */
	passwordRefusal: 'http' | 'envelope' = 'http';
	/** Every access token, even a fresh one, is rejected (a revoked account). */
	rejectAll = false;
	/** The next token requests answered 429 with Retry-After: 1, as Kong does past 25 per second. */
	tokenRateLimited = 0;
	/** Round trip of the token endpoint, so parallel requests overlap an exchange. */
	tokenLatencyMs = 30;
	readonly accessTokens = new Set<string>();
	readonly refreshTokens = new Set<string>();
	apiToken = `api-${token()}`;

	async start(): Promise<this> {
		this.server = createServer((req, res) => {
			void this.handle(req).then(({ status, body, headers }) => {
				res.writeHead(status, { 'content-type': 'application/json', ...headers });
				res.end(JSON.stringify(body));
			});
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this;
	}

	async stop(): Promise<void> {
		await new Promise<void>((resolve) => this.server?.close(() => resolve()));
	}

	reset(): void {
		this.log = [];
		this.rejection = 401;
		this.nextRejections = [];
		this.passwordRefusal = 'http';
		this.rejectAll = false;
		this.tokenRateLimited = 0;
		this.accessTokens.clear();
		this.refreshTokens.clear();
	}

	/** Every access token issued so far stops working (120 minutes have passed). */
	expireAccessTokens(): void {
		this.accessTokens.clear();
	}

	/** Every refresh token issued so far stops working. */
	revokeRefreshTokens(): void {
		this.refreshTokens.clear();
	}

	exchanges(): StubRequest[] {
		return this.log.filter((entry) => entry.path === '/auth/v3/token');
	}

	lines(): string[] {
		return this.log.map((entry) =>
			entry.path === '/auth/v3/token' ? `POST token ${String(entry.body?.grantType)} ${entry.status}` : `${entry.method} ${entry.path} ${entry.status}`,
		);
	}

	private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const text = Buffer.concat(chunks).toString('utf8');
		const path = (req.url ?? '').split('?')[0];
		const entry: StubRequest = { at: Date.now(), method: req.method ?? '', path, authorization: req.headers.authorization, status: 0 };
		this.log.push(entry);
		const answer = (status: number, body: unknown) => {
			entry.status = status;
			return { status, body };
		};
		if (req.method === 'POST' && path === '/auth/v3/token') {
			entry.body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
			if (this.tokenRateLimited > 0) {
				this.tokenRateLimited--;
				entry.status = 429;
				return {
					status: 429,
					body: { message: 'API rate limit exceeded' },
					headers: { 'retry-after': '1', 'ratelimit-limit': '25', 'ratelimit-remaining': '0', 'ratelimit-reset': '1' },
				};
			}
			await new Promise((resolve) => setTimeout(resolve, this.tokenLatencyMs));
			return answer(...this.exchange(entry.body));
		}
		if (req.method === 'GET' && path === '/v4/timezone/') {
			const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
			const valid = !this.rejectAll && (this.accessTokens.has(bearer) || bearer === this.apiToken);
			if (!valid) {
				const shape = this.nextRejections.shift() ?? this.rejection;
				const code = shape === 200 ? 403 : shape;
				return answer(shape, failure(String(code), 'Authentication Error', 'Bad token'));
			}
			return answer(200, { status: true, count: TIMEZONES.length, page: 1, payload: TIMEZONES });
		}
		return answer(404, failure('404', 'Not Found', `No route ${req.method} ${path}`));
	}

	private exchange(body: Record<string, unknown>): [number, unknown] {
		const issue = (): [number, unknown] => {
			const accessToken = token();
			const refreshToken = token();
			this.accessTokens.add(accessToken);
			this.refreshTokens.add(refreshToken);
			return [200, { status: true, count: 1, page: 1, payload: [{ accessToken, refreshToken, tokenType: 'Bearer' }] }];
		};
		if (body.grantType === 'refresh_token') {
			const presented = String(body.refreshToken ?? '');
			if (!this.refreshTokens.has(presented)) return [401, failure('401', 'Authentication Error', 'Invalid refresh token')];
			// Refresh tokens rotate: the one presented is spent.
			this.refreshTokens.delete(presented);
			return issue();
		}
		if (body.grantType === 'resource_owner_credentials') {
			if (body.username === YTEL_USER.email && body.password === YTEL_USER.password) return issue();
			const refused = failure('401', 'Authentication Error', `Invalid password for ${String(body.password)}`);
			return this.passwordRefusal === 'http' ? [401, refused] : [200, refused];
		}
		return [400, failure('400', 'Bad Request', 'Unknown grantType')];
	}
}
