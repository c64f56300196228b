import type { IDataObject } from 'n8n-workflow';
import { defineVendor } from '../../shared/api';

function asObject(body: unknown): IDataObject {
	return body && typeof body === 'object' && !Array.isArray(body) ? (body as IDataObject) : {};
}

/** The entries of Ytel's `error[]`: `{code: "403", message: "Authentication Error", moreInfo: "Bad token"}`. */
export function ytelErrorsOf(body: unknown): IDataObject[] {
	const list = asObject(body).error;
	return Array.isArray(list) ? list.filter((entry): entry is IDataObject => !!entry && typeof entry === 'object') : [];
}

/** Ytel's words for a failure: each error's message with its more-info, e.g. "Authentication Error (Bad token)". */
export function ytelErrorText(body: unknown): { message?: string; code?: string } | undefined {
	const texts = ytelErrorsOf(body)
		.map((entry) => {
			const message = typeof entry.message === 'string' ? entry.message.trim() : '';
			const more = typeof entry.moreInfo === 'string' ? entry.moreInfo.trim() : '';
			return message && more && more !== message ? `${message} (${more})` : message || more;
		})
		.filter((text) => text);
	return texts.length ? { message: texts.join('; ') } : undefined;
}

/** An envelope with `status: false` is a failure whatever the HTTP status: its first error code, else 400. */
export function ytelFailureIn2xx(body: unknown): number | undefined {
	if (asObject(body).status !== false) return undefined;
	const code = Number(ytelErrorsOf(body)[0]?.code);
	return Number.isInteger(code) && code >= 400 && code <= 599 ? code : 400;
}

/** Ytel's rejection of a token inside an HTTP 200: `status: false` with an error code "401" or "403". */
export function ytelRejectsTokenIn2xx(body: unknown): boolean {
	if (asObject(body).status !== false) return false;
	return ytelErrorsOf(body).some((entry) => ['401', '403'].includes(String(entry.code ?? '').trim()));
}

/** The credential's `authMode` values. */
export const YTEL_AUTH_MODES = { emailPassword: 'emailPassword', apiToken: 'apiToken' } as const;

/**
 * Ytel CPaaS v4 (and AMS, the token endpoint) at one address, `https://api.ytel.com` by default;
 * `Authorization: Bearer <token>`; answers in the envelope `{status, count, page, payload, error[]}`.
 * Ytel allows 150 requests per second per account; the credential asks for 50 by default.
 */
export const ytel = defineVendor({
	service: 'Ytel',
	credentialType: 'ytelApi',
	baseUrl: { urlField: 'baseUrl', missing: 'the Ytel Base URL (e.g. https://api.ytel.com)' },
	defaultRequestsPerSecond: 50,
	errors: {
		read: ytelErrorText,
		rejected: 'the token (the API Token, or the one issued for the Email and Password)',
		failureIn2xx: ytelFailureIn2xx,
	},
	tokenRenewal: { tokenField: 'accessToken', rejectedIn2xx: ytelRejectsTokenIn2xx },
});
