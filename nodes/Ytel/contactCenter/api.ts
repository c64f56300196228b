import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { defineVendor } from '../../shared/api';
import type { BaseUrlRule } from '../../shared/baseUrl';
import { errorLineOf } from '../../shared/textAnswer';

/** Ytel's documented ceiling of the `source` label of every x5 request. */
export const SOURCE_MAX_LENGTH = 20;

/** The x5 Agent API script, below the contact centre's address. */
export const AGENT_PATH = '/x5/api/agent.php';

export const x5Address: BaseUrlRule = {
	urlField: 'baseUrl',
	template: 'https://{subdomain}.ytel.com',
	fields: { subdomain: 'label' },
	missing: 'the contact centre subdomain (e.g. acme for acme.ytel.com) or a Base URL',
};

/** Answers that mean the login (or its rights) was refused: a credential problem, not the request's. */
const LOGIN_REFUSED = /invalid username|password|permission|missing variables|not allowed to use/i;

/** An `ERROR:` answer is a failure whatever the HTTP status: a refused login reads as a 401. */
export function x5FailureIn2xx(body: unknown): number | undefined {
	const error = errorLineOf(body);
	if (!error) return undefined;
	return LOGIN_REFUSED.test(error.message) ? 401 : 400;
}

/** The reason of an `ERROR:` line as the message, its values in the description. */
export function readX5Error(body: unknown): { message?: string; detail?: string } | undefined {
	const error = errorLineOf(body);
	if (!error) return undefined;
	return { message: error.message, detail: error.values.length ? `values ${error.values.join('|')}` : undefined };
}

/** What is wrong with the credential's login fields, before anything is sent; undefined when usable. */
export function x5CredentialProblem(credentials: ICredentialDataDecryptedObject): string | undefined {
	const text = (name: string) => String(credentials[name] ?? '').trim();
	if (!text('apiUser') || !text('apiPassword')) return 'Enter the API User and API Password in the Ytel Contact Center API credential.';
	if (!text('source')) return 'Enter a Source in the Ytel Contact Center API credential: a label of at most 20 characters naming the caller, e.g. n8n.';
	if (text('source').length > SOURCE_MAX_LENGTH) {
		return `The Source in the Ytel Contact Center API credential has ${text('source').length} characters; Ytel accepts at most ${SOURCE_MAX_LENGTH}.`;
	}
	return undefined;
}

/**
 * Ytel's contact centre x5 API (VICIdial-derived): GETs whose `function=` is the operation, the
 * login in the query string (`user`, `pass`, `source`: its design), answers as text with HTTP 200
 * either way. The login is masked in every error (`querySecrets`); an `ERROR:` line is a failure.
 */
export const ytelX5 = defineVendor({
	service: 'Ytel contact center',
	credentialType: 'ytelContactCenterApi',
	baseUrl: x5Address,
	defaultRequestsPerSecond: 5,
	errors: {
		noHttpStatus: true,
		rejected: 'the API user of the credential (its user name, password or permissions)',
		read: readX5Error,
		failureIn2xx: x5FailureIn2xx,
	},
	refusesCredential: (credentials) => {
		const problem = x5CredentialProblem(credentials);
		return problem ? { message: 'The Ytel Contact Center API credential is not usable', description: problem } : undefined;
	},
	querySecrets: (credentials) => [String(credentials.apiUser ?? ''), String(credentials.apiPassword ?? ''), String(credentials.ytelToken ?? '')],
});
