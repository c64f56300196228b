import type {
	IAdditionalCredentialOptions,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	ILoadOptionsFunctions,
	IPollFunctions,
	RequestHelperFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { CredentialedContext, TokenRenewal, VendorApi } from './api';
import { credentialTypeOf, rateBucketOf } from './api';
import { resolveBaseUrl } from './baseUrl';
import { apiErrorFromResponse } from './errors';
import { fingerprint } from './fingerprint';
import { observeRateLimit, sendPaced } from './throttle';
import { REJECTED_TOKEN_FIELD } from './tokenExchange';

/** n8n renews an exchanged token and resends once on these thrown statuses (its default is 401 only). */
const TOKEN_REJECTED_STATUSES = [401, 403];

function heldToken(credentials: ICredentialDataDecryptedObject, renewal: TokenRenewal): string {
	return String(credentials[renewal.tokenField] ?? '');
}

/** The exchanged token the credential holds now ('' for a fixed token or a vendor without renewal). */
export async function heldTokenOf(context: CredentialedContext, api: VendorApi): Promise<string> {
	if (!api.tokenRenewal) return '';
	return heldToken(await context.getCredentials(credentialTypeOf(context, api)), api.tokenRenewal);
}

/**
 * For the one resend after a 2xx rejection of `rejected`: when the stored token is still that one,
 * the credentials with the token blanked (n8n then runs preAuthentication and stores the new token,
 * as it does for an empty token) and the rejected one named for the single flight; when another
 * request renewed it meanwhile, the stored credentials as they are. n8n renews no further on
 * this resend: one renewal and one resend, never a loop.
 */
async function resendOptions(
	context: CredentialedContext,
	credentialType: string,
	renewal: TokenRenewal,
	rejected: string,
): Promise<IAdditionalCredentialOptions> {
	const stored = await context.getCredentials(credentialType);
	if (heldToken(stored, renewal) !== rejected) return { preAuthenticationRetryStatusCode: [] };
	const reference = context.getNode().credentials?.[credentialType];
	return {
		preAuthenticationRetryStatusCode: [],
		credentialsDecrypted: {
			id: reference?.id ?? '',
			name: reference?.name ?? '',
			type: credentialType,
			data: { ...stored, [renewal.tokenField]: '', [REJECTED_TOKEN_FIELD]: rejected },
		},
	};
}

export interface VendorRequest {
	method: IHttpRequestMethods;
	/** Path below the API root, already encoded (see `pathSegment`). */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
}

/** Where programmatic code runs: triggers (polls, webhook set-up), list searches, executions. */
export type ProgrammaticContext = IPollFunctions | ILoadOptionsFunctions | IExecuteFunctions | IHookFunctions;

/** The API root of the credential this node uses, or a NodeOperationError saying what is missing or refused (`refusesCredential`). */
export async function apiRoot(
	context: ProgrammaticContext,
	api: VendorApi,
): Promise<string> {
	const credentials = await context.getCredentials(credentialTypeOf(context, api));
	const refusal = api.refusesCredential?.(credentials);
	if (refusal) throw new NodeOperationError(context.getNode(), refusal.message, { description: refusal.description });
	try {
		// resolveBaseUrl only throws BaseUrlError, whose message tells the user what to fill in.
		return resolveBaseUrl(api.baseUrl, credentials);
	} catch (error) {
		throw new NodeOperationError(context.getNode(), `The ${api.service} credential has no usable address`, {
			description: (error as Error).message,
		});
	}
}

/**
 * A request from programmatic code (triggers, list searches) with the same pacing, 429 retries,
 * token renewal on 401 (n8n's, for credentials with an expiring token) and error messages as the
 * declarative operations. Blank query values are not sent. For a vendor with `tokenRenewal`, a
 * 403 renews the token too (n8n's resend), and so does a 2xx that rejects the token: renewed
 * once, resent once (see `resendOptions`).
 */
export async function vendorRequest(
	this: ProgrammaticContext,
	api: VendorApi,
	request: VendorRequest,
): Promise<unknown> {
	const qs = Object.fromEntries(
		Object.entries(request.qs ?? {}).filter(([, value]) => value !== undefined && value !== null && value !== ''),
	);
	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${await apiRoot(this, api)}${request.path}`,
		qs,
		body: request.body,
		json: true,
		headers: { Accept: 'application/json' },
		returnFullResponse: true,
	};
	const credentialType = credentialTypeOf(this, api);
	const renewal = api.tokenRenewal;
	const send = async (credentialOptions?: IAdditionalCredentialOptions) =>
		(await this.helpers.httpRequestWithAuthentication.call(this, credentialType, { ...options }, credentialOptions)) as IN8nHttpFullResponse;
	const bucket = rateBucketOf(api, request.method, request.path);
	return await sendPaced(
		this,
		api,
		async () => {
			let response: IN8nHttpFullResponse;
			if (!renewal) {
				response = await send();
			} else {
				const held = heldToken(await this.getCredentials(credentialType), renewal);
				response = await send({ preAuthenticationRetryStatusCode: TOKEN_REJECTED_STATUSES });
				// A held token rejected inside a 2xx: n8n does not see it, so the renewal is ours.
				if (held && renewal.rejectedIn2xx?.(response.body)) {
					observeRateLimit(this, api, response.headers, bucket);
					response = await send(await resendOptions(this, credentialType, renewal, held));
				}
			}
			observeRateLimit(this, api, response.headers, bucket);
			const failed = api.errors?.failureIn2xx?.(response.body, response.statusCode ?? 200);
			if (failed !== undefined) {
				throw apiErrorFromResponse(this.getNode(), api, {
					statusCode: failed,
					body: response.body,
					method: request.method,
					path: request.path,
				});
			}
			return response.body;
		},
		{ method: request.method, path: request.path, bucket },
	);
}

/** What declarative operations can do: read credentials and send through n8n's authentication. */
type RenewingContext = CredentialedContext & { helpers: Pick<RequestHelperFunctions, 'httpRequestWithAuthentication'> };

/**
 * Renews a held token the vendor rejected, for declarative operations, which cannot resend
 * through n8n with other credentials: when the stored token is still the rejected one, the
 * vendor's `probe` goes out with that token blanked, so n8n runs preAuthentication (one exchange
 * for parallel items: the exchange is single flight) and stores the new token, which the
 * operation's resend then reads. Nothing happens when another request renewed it meanwhile. The
 * probe's own answer does not matter; a failed sign-in does.
 */
export async function renewRejectedToken(context: RenewingContext, api: VendorApi, rejected: string): Promise<void> {
	if (!api.tokenRenewal?.probe || !rejected) return;
	// Parallel items that met the same rejected token share one renewal (and one probe).
	const key = `${api.service}:${fingerprint(rejected)}`;
	let renewing = renewalsInFlight.get(key);
	if (!renewing) {
		renewing = renewWithProbe(context, api, rejected).finally(() => renewalsInFlight.delete(key));
		renewalsInFlight.set(key, renewing);
	}
	await renewing;
}

/** Renewals under way, by vendor and rejected token; each entry leaves when its renewal settles. */
const renewalsInFlight = new Map<string, Promise<void>>();

async function renewWithProbe(context: RenewingContext, api: VendorApi, rejected: string): Promise<void> {
	const renewal = api.tokenRenewal!;
	const credentialType = credentialTypeOf(context, api);
	const options = await resendOptions(context, credentialType, renewal, rejected);
	if (!options.credentialsDecrypted) return;
	const probe = renewal.probe!(options.credentialsDecrypted.data ?? {});
	const path = new URL(probe.url).pathname;
	const failure = await sendPaced(
		context,
		api,
		async () =>
			await context.helpers.httpRequestWithAuthentication.call(
				context as unknown as IExecuteFunctions,
				credentialType,
				{ method: probe.method, url: probe.url, json: true, headers: { Accept: 'application/json' } },
				options,
			),
		{ method: probe.method, path },
	).then(
		() => undefined,
		(error: unknown) => error,
	);
	// The sign-in failed (the token is still the rejected one): that is the error to show.
	if (failure !== undefined && heldToken(await context.getCredentials(credentialType), renewal) === rejected) throw failure;
}
