import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { OutsetaApi } from '../../credentials/OutsetaApi.credentials';
import { OutsetaUserTokenApi } from '../../credentials/OutsetaUserTokenApi.credentials';
import { Outseta } from '../../nodes/Outseta/Outseta.node';
import { OutsetaTrigger } from '../../nodes/Outseta/OutsetaTrigger.node';
import { resetPacing, waitForSlot } from '../../nodes/shared/pacing';
import type { TestEnvironment } from './engine';
import { testNode } from './engine';

const sim = require('../simulators/outseta/server.js');

export const TEST_CREDENTIAL_ID = 'cred-1';
export const TEST_USER_CREDENTIAL_ID = 'cred-user-1';

export const OUTSETA_KEYS: { apiKey: string; secretKey: string } = sim.TEST_KEYS;

/** A person of the seeded store with a password (its email is the username of the token exchange). */
export const TEST_USER: { username: string; password: string; personUid: string } = sim.TEST_USER;

/** The ActivityType and EntityType numbers of the collection. */
export const ACTIVITY_TYPES: Record<string, number> = sim.ACTIVITY_TYPES;
export const ENTITY_TYPES: Record<string, number> = sim.ENTITY_TYPES;

/** Record kinds `/__sim/insert` creates. */
export type SimKind =
	| 'person'
	| 'account'
	| 'deal'
	| 'supportCase'
	| 'activity'
	| 'emailListSubscription'
	| 'subscription'
	| 'invoice'
	| 'transaction';

export interface InsertOptions {
	count?: number;
	/** API-shaped inputs (as the Add bodies); a record's own `Created` wins over the common one. */
	records?: IDataObject[];
	/** The records' creation time; one in the past makes late records. */
	Created?: string;
	/** Keep the records out of every answer for this long after the insert. */
	visibleAfterMs?: number;
	/** Do not log creation activities. */
	donotlog?: boolean;
}

export interface InsertedRecord {
	Uid: string;
	Created: string;
	ActivityDateTime?: string;
	SubscribedDate?: string;
	StartDate?: string;
	InvoiceDate?: string;
	TransactionDate?: string;
}

export interface ApiOptions {
	/** The Authorization header to send instead of the API key; null sends none. */
	authorization?: string | null;
	/** Send the body as application/x-www-form-urlencoded. */
	form?: boolean;
}

export interface SimRequest {
	at: number;
	method: string;
	url: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string | undefined>;
	body: unknown;
	status: number;
	/** When the answer left the simulator. */
	answeredAt?: number;
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
	 * Direct API call with the test keys (or `options.authorization`), bypassing the node (for setup
	 * and checks). It takes its slot from the same pacing schedule as the test credential, so setup
	 * never trips the limiter.
	 */
	async api(method: string, path: string, body?: unknown, options: ApiOptions = {}): Promise<{ status: number; body: any }> {
		const authorization =
			options.authorization === undefined ? `Outseta ${OUTSETA_KEYS.apiKey}:${OUTSETA_KEYS.secretKey}` : options.authorization;
		for (let attempt = 0; ; attempt++) {
			const back = await waitForSlot(`outsetaApi:${TEST_CREDENTIAL_ID}`, 4);
			const response = await fetch(`${this.apiRoot}${path}`, {
				method,
				headers: {
					...(authorization === null ? {} : { authorization }),
					'content-type': options.form ? 'application/x-www-form-urlencoded' : 'application/json',
				},
				body:
					body === undefined
						? undefined
						: options.form
							? new URLSearchParams(body as Record<string, string>).toString()
							: JSON.stringify(body),
			});
			const text = await response.text();
			back();
			// Another process (n8n in the e2e suite) may share the simulator's one-second window.
			if (response.status === 429 && attempt < 10) continue;
			return { status: response.status, body: text ? JSON.parse(text) : text };
		}
	}

	/** A user access token from the password flow (`POST /tokens` with username and password, no key). */
	async token(username = TEST_USER.username, password = TEST_USER.password): Promise<string> {
		const response = await this.api('POST', '/tokens', { username, password }, { authorization: null, form: true });
		if (response.status !== 200) throw new Error(`token exchange failed: HTTP ${response.status} ${JSON.stringify(response.body)}`);
		return response.body.access_token as string;
	}

	/** A user access token minted with the API key for any user (username only). */
	async tokenWithKey(username = TEST_USER.username): Promise<string> {
		const response = await this.api('POST', '/tokens', { username }, { form: true });
		if (response.status !== 200) throw new Error(`token exchange failed: HTTP ${response.status} ${JSON.stringify(response.body)}`);
		return response.body.access_token as string;
	}

	/** An API call with `Authorization: bearer <token>`. */
	async asUser(token: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
		return await this.api(method, path, body, { authorization: `bearer ${token}` });
	}

	/** Expire one token, or every token issued so far; later requests with them get 401. */
	async expireTokens(token?: string): Promise<number> {
		return (await this.control<{ expired: number }>('expireTokens', token ? { token } : {})).expired;
	}

	async tokenStats(): Promise<{ issued: number; active: number; expired: number }> {
		return await this.control('tokens', {}, 'GET');
	}

	/** Give a person (by email) a password for the token exchange. */
	async setPassword(email: string, password: string): Promise<void> {
		await this.control('users', { email, password });
	}

	/** Records of any kind with a chosen `Created` (late records), optionally hidden for a while. */
	async insert(kind: SimKind, options: InsertOptions = {}): Promise<InsertedRecord[]> {
		const response = await this.control<{ inserted?: InsertedRecord[]; error?: string }>('insert', { kind, ...options } as IDataObject);
		if (!response.inserted) throw new Error(`insert ${kind} failed: ${response.error}`);
		return response.inserted;
	}

	/** Make every record inserted with `visibleAfterMs` visible now. */
	async reveal(): Promise<number> {
		return (await this.control<{ revealed: number }>('reveal')).revealed;
	}

	/** The emails the API would have sent (confirmation, welcome, auto-responder, password reset). */
	async emails(): Promise<IDataObject[]> {
		return await this.control<IDataObject[]>('emails', {}, 'GET');
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

/** The user-token credential of TEST_USER; its token is fetched by preAuthentication on first use. */
export function outsetaUserCredentials(sim: OutsetaSim, overrides: IDataObject = {}): ICredentialDataDecryptedObject {
	return {
		subdomain: '',
		baseUrl: sim.apiRoot,
		username: TEST_USER.username,
		password: TEST_USER.password,
		tokenUrl: '',
		requestsPerSecond: 4,
		accessToken: '',
		...overrides,
	};
}

export function outsetaEnvironment(sim: OutsetaSim, overrides: IDataObject = {}, userOverrides: IDataObject = {}): TestEnvironment {
	return {
		nodeTypes: { outseta: new Outseta(), outsetaTrigger: new OutsetaTrigger() },
		credentialTypes: { outsetaApi: new OutsetaApi(), outsetaUserTokenApi: new OutsetaUserTokenApi() },
		credentials: { outsetaApi: outsetaCredentials(sim, overrides), outsetaUserTokenApi: outsetaUserCredentials(sim, userOverrides) },
	};
}

const nodeCredentials = {
	outsetaApi: { id: TEST_CREDENTIAL_ID, name: 'Test credential' },
	outsetaUserTokenApi: { id: TEST_USER_CREDENTIAL_ID, name: 'Test user token' },
};

export function outsetaNode(parameters: IDataObject, extra = {}) {
	return testNode('outseta', parameters, { credentials: nodeCredentials, ...extra });
}

export function outsetaTriggerNode(parameters: IDataObject) {
	return testNode('outsetaTrigger', parameters, { name: 'Outseta Trigger', credentials: nodeCredentials });
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
