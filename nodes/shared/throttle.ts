import type { ICredentialDataDecryptedObject, INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import type { CredentialedContext, VendorApi } from './api';
import { credentialTypeOf } from './api';
import { errorFromThrown, isRateLimitError, rateLimitPauseMs, retryAfterMs } from './errors';
import { holdBack, refusedForMs, refuseUntil, waitForSlot } from './pacing';
import { redactSecretsIn } from './redaction';

/** Backoff for a 429 without Retry-After; its length is the retry budget. */
const RATE_LIMIT_BACKOFF_MS = [1000, 2000, 4000];
/** Longest Retry-After we wait for inside a run; beyond it the user is told when to try again. */
export const MAX_RETRY_AFTER_MS = 60_000;

export function credentialKey(context: { getNode(): INode }, api: VendorApi): string {
	const type = credentialTypeOf(context, api);
	const reference = context.getNode().credentials?.[type];
	return `${type}:${reference?.id ?? reference?.name ?? 'default'}`;
}

export function requestsPerSecond(api: VendorApi, credentials: ICredentialDataDecryptedObject): number {
	const configured = Number(credentials.requestsPerSecond);
	return configured > 0 ? configured : api.defaultRequestsPerSecond;
}

/** Waits for this credential's next request slot; the returned function marks the request back. */
export async function pace(context: CredentialedContext, api: VendorApi): Promise<() => void> {
	const credentials = await context.getCredentials(credentialTypeOf(context, api));
	return await waitForSlot(credentialKey(context, api), requestsPerSecond(api, credentials));
}

/**
 * The schedule a request's pauses and refusals go to: its rate bucket's (see `RateBucket`), so
 * that an hourly limit of one operation never holds the credential's others, else the credential's.
 */
export function holdKey(context: { getNode(): INode }, api: VendorApi, bucket?: string): string {
	const key = credentialKey(context, api);
	return bucket ? `${key}#${bucket}` : key;
}

/**
 * Honours the vendor's rate-limit headers on any answer: at zero remaining, the schedule pauses
 * (the bucket's, for a request of a rate bucket). A pause beyond a minute is not waited for: the
 * requests of that schedule fail at once and say when to try again, as after a long Retry-After.
 */
export function observeRateLimit(context: { getNode(): INode }, api: VendorApi, headers: unknown, bucket?: string): void {
	const pause = rateLimitPauseMs(headers);
	if (pause === undefined || pause <= 0) return;
	const key = holdKey(context, api, bucket);
	if (bucket && pause > MAX_RETRY_AFTER_MS) refuseUntil(key, Date.now() + pause);
	else holdBack(key, Date.now() + Math.min(pause, MAX_RETRY_AFTER_MS));
}

function tooLongToWait(context: CredentialedContext, api: VendorApi, waitMs: number, description?: string | null): NodeApiError {
	const until = new Date(Date.now() + waitMs).toISOString().replace(/\.\d+Z$/, 'Z');
	return new NodeApiError(context.getNode(), { statusCode: 429 }, {
		message: `${api.service} rate limit reached (HTTP 429): ${api.service} asks to wait ${Math.ceil(waitMs / 1000)} s. Try again after ${until}.`,
		description: description ?? undefined,
		httpCode: '429',
	});
}

/**
 * Every request to a vendor goes through here: it waits for the credential's pacing slot, sends,
 * and on a 429 pauses the credential's whole schedule for the vendor's Retry-After (else 1, 2 and
 * 4 s) and tries again, at most three times. A Retry-After above a minute is not waited for: the
 * error says when to try again, and until then this credential's requests fail without being sent.
 * A request of a rate bucket (`where.bucket`) pauses and refuses only its bucket's requests: the
 * credential's others go on. Whatever else fails becomes the vendor's error (see errors.ts).
 */
export async function sendPaced<T>(
	context: CredentialedContext,
	api: VendorApi,
	send: () => Promise<T>,
	where: { method?: string; path?: string; itemIndex?: number; bucket?: string } = {},
): Promise<T> {
	const key = holdKey(context, api, where.bucket);
	const credential = credentialKey(context, api);
	for (let attempt = 0; ; attempt++) {
		// While the vendor refuses this credential (or this bucket), the items still queued fail at once, unsent.
		const refused = Math.max(refusedForMs(key), refusedForMs(credential));
		if (refused > 0) throw tooLongToWait(context, api, refused);
		// A bucket's own pause first (no rate of its own: only its holds), then the credential's slot.
		if (key !== credential) (await waitForSlot(key, 0))();
		const back = await pace(context, api);
		try {
			return await send();
		} catch (thrown) {
			const error = errorFromThrown(context.getNode(), api, thrown, where);
			if (api.querySecrets) redactSecretsIn(error, api.querySecrets(await context.getCredentials(credentialTypeOf(context, api))));
			if (!isRateLimitError(error)) throw error;
			const wait = retryAfterMs(error) ?? RATE_LIMIT_BACKOFF_MS[Math.min(attempt, RATE_LIMIT_BACKOFF_MS.length - 1)];
			if (wait > MAX_RETRY_AFTER_MS) {
				refuseUntil(key, Date.now() + wait);
				throw tooLongToWait(context, api, wait, (error as NodeApiError).description);
			}
			if (attempt >= RATE_LIMIT_BACKOFF_MS.length) throw error;
			holdBack(key, Date.now() + wait);
		} finally {
			back();
		}
	}
}
