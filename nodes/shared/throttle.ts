import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';
import type { CredentialedContext, VendorApi } from './api';
import { isRateLimitError, retryAfterMs } from './errors';
import { waitForSlot } from './pacing';

/** Backoff for a 429 without Retry-After; its length is the retry budget. */
const RATE_LIMIT_BACKOFF_MS = [1000, 2000, 4000];

function credentialKey(context: CredentialedContext, api: VendorApi): string {
	const reference = context.getNode().credentials?.[api.credentialType];
	return `${api.credentialType}:${reference?.id ?? reference?.name ?? 'default'}`;
}

export function requestsPerSecond(api: VendorApi, credentials: ICredentialDataDecryptedObject): number {
	const configured = Number(credentials.requestsPerSecond);
	return configured > 0 ? configured : api.defaultRequestsPerSecond;
}

/** Waits for this credential's next request slot. */
export async function pace(context: CredentialedContext, api: VendorApi): Promise<void> {
	const credentials = await context.getCredentials(api.credentialType);
	await waitForSlot(credentialKey(context, api), requestsPerSecond(api, credentials));
}

/**
 * Every request to a vendor goes through here: it waits for the credential's pacing slot, sends,
 * and retries a 429 up to three times, after Retry-After when the vendor sent one, else after
 * 1, 2 and 4 s (then waits for a slot again).
 */
export async function sendPaced<T>(
	context: CredentialedContext,
	api: VendorApi,
	send: () => Promise<T>,
): Promise<T> {
	for (let attempt = 0; ; attempt++) {
		await pace(context, api);
		try {
			return await send();
		} catch (error) {
			if (!isRateLimitError(error) || attempt >= RATE_LIMIT_BACKOFF_MS.length) throw error;
			await sleep(retryAfterMs(error) ?? RATE_LIMIT_BACKOFF_MS[attempt]);
		}
	}
}
