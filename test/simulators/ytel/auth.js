'use strict';
/**
 * Ytel's token exchange (`POST /auth/v3/token`) and the bearer check on every other request.
 *
 * - Password grant `resource_owner_credentials` (email + password) and `refresh_token` grant;
 *   both answer `payload[0] = {accessToken, refreshToken, tokenType: "Bearer"}` and no expiry
 *   (the example). Access tokens live 120 minutes (API_FACTS §4.2); refresh tokens
 *   `refreshDurationMinutes` (default 120, the example's value). A refresh token is good once:
 *   the refresh grant rotates it, and a used, revoked or expired one is refused.
 * - API-token mode: a long-lived token made in Ytel's web app, accepted on `/v4` only; account
 *   administration (`/ams`) refuses it (part 2 routes; the rule is here already).
 * - How an expired or unknown token is refused is not shown by the collection, so it is chosen by
 *   `/__sim/auth {rejection}` (INFERRED bodies):
 *     `http401`        HTTP 401, `{"message":"Unauthorized"}` (a gateway-style plain 401);
 *     `http403`        HTTP 403, the envelope with error code "403";
 *     `status200-401`  HTTP 200, `status:false`, error code "401";
 *     `status200-403`  HTTP 200, `status:false`, error code "403" (default: the error object
 *                      API_FACTS §4.4 quotes, "Authentication Error" / "Bad token").
 *   Refusals of the token endpoint itself (wrong password, bad refresh token) take the same shape.
 */
const crypto = require('node:crypto');

const TEST_USER = Object.freeze({ email: 'sim-ytel-user@example.com', password: 'sim-ytel-pass-CANARY-5d1e' });
const API_TOKEN = 'sim-ytel-apitoken-CANARY-8b4a';
const ACCESS_MINUTES = 120;
const DEFAULT_REFRESH_MINUTES = 120;
const REJECTIONS = ['http401', 'http403', 'status200-401', 'status200-403'];

const b64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A JWT-looking opaque token (three dot-separated parts), as the example's tokens look. */
function mintToken(kind, accountSid) {
	return [b64url({ typ: 'JWT', alg: 'RS256' }), b64url({ sub: accountSid, kind, jti: crypto.randomUUID() }), crypto.randomBytes(24).toString('base64url')].join('.');
}

function createAuth({ now, accountSid, envelopeError }) {
	const state = {
		access: new Map(),
		refresh: new Map(),
		rejection: 'status200-403',
		accessMinutes: ACCESS_MINUTES,
		exchanges: { password: 0, refresh: 0, refused: 0 },
		apiTokenEnabled: true,
	};

	function refusal(code, moreInfo) {
		const shape = state.rejection;
		if (shape === 'http401') return { status: 401, body: { message: 'Unauthorized' } };
		if (shape === 'http403') return { status: 403, body: envelopeError('403', 'Authentication Error', moreInfo) };
		return { status: 200, body: envelopeError(shape === 'status200-401' ? '401' : '403', 'Authentication Error', moreInfo ?? code) };
	}

	function issue(refreshMinutes) {
		const accessToken = mintToken('access', accountSid);
		const refreshToken = mintToken('refresh', accountSid);
		const at = now();
		state.access.set(accessToken, { expiresAt: at + state.accessMinutes * 60_000, issuedAt: at });
		state.refresh.set(refreshToken, { expiresAt: at + refreshMinutes * 60_000, used: false, revoked: false, minutes: refreshMinutes });
		return { accessToken, refreshToken, tokenType: 'Bearer' };
	}

	/** `POST /auth/v3/token`: `{status, body}` (the envelope, or a refusal in the configured shape). */
	function exchange(body) {
		const grantType = body?.grantType;
		const minutesAsked = Number(body?.refreshDurationMinutes);
		const refreshMinutes = Number.isFinite(minutesAsked) && minutesAsked > 0 ? minutesAsked : DEFAULT_REFRESH_MINUTES;
		if (grantType === 'resource_owner_credentials') {
			if (body.username !== TEST_USER.email || body.password !== TEST_USER.password) {
				state.exchanges.refused++;
				return refusal('401', 'Invalid username or password');
			}
			state.exchanges.password++;
			return { status: 200, tokens: issue(refreshMinutes) };
		}
		if (grantType === 'refresh_token') {
			const entry = state.refresh.get(body.refreshToken);
			if (!entry || entry.used || entry.revoked || entry.expiresAt <= now()) {
				state.exchanges.refused++;
				return refusal('401', 'Invalid refresh token');
			}
			// Rotation: the refresh token is spent; the new one keeps the duration it was given.
			entry.used = true;
			state.exchanges.refresh++;
			return { status: 200, tokens: issue(entry.minutes) };
		}
		state.exchanges.refused++;
		return { status: 200, body: envelopeError('400', 'Invalid grantType', 'grantType must be resource_owner_credentials or refresh_token') };
	}

	/** null when the request may go on, else the refusal `{status, body}`. */
	function check(req, row) {
		const match = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
		if (!match) return refusal('401', 'Missing token');
		const token = match[1];
		if (token === API_TOKEN && state.apiTokenEnabled) {
			if (row.path.startsWith('/v4/')) return null;
			return { status: 200, body: envelopeError('403', 'Authentication Error', 'API tokens are not accepted for account administration; use a token from /auth/v3/token') };
		}
		const entry = state.access.get(token);
		if (!entry || entry.expiresAt <= now()) return refusal('403', 'Bad token');
		return null;
	}

	const control = {
		/** `{rejection?, accessMinutes?, apiTokenEnabled?}`; answers the settings and exchange counts. */
		auth: ({ body }) => {
			if ('rejection' in body) {
				if (!REJECTIONS.includes(body.rejection)) throw new Error(`rejection must be one of ${REJECTIONS.join(', ')}`);
				state.rejection = body.rejection;
			}
			if ('accessMinutes' in body) state.accessMinutes = Number(body.accessMinutes);
			if ('apiTokenEnabled' in body) state.apiTokenEnabled = body.apiTokenEnabled !== false;
			return { rejection: state.rejection, accessMinutes: state.accessMinutes, apiTokenEnabled: state.apiTokenEnabled, exchanges: { ...state.exchanges }, liveAccessTokens: [...state.access.values()].filter((entry) => entry.expiresAt > now()).length };
		},
		/** `{token?}`: expires one access token, or all of them; the next call with it is refused. */
		expireTokens: ({ body }) => {
			let expired = 0;
			for (const [token, entry] of state.access) {
				if (body.token && body.token !== token) continue;
				entry.expiresAt = 0;
				expired++;
			}
			return { expired };
		},
		/** `{token?}`: revokes one refresh token, or all of them (a password change, an admin logout). */
		revokeRefreshTokens: ({ body }) => {
			let revoked = 0;
			for (const [token, entry] of state.refresh) {
				if (body.token && body.token !== token) continue;
				entry.revoked = true;
				revoked++;
			}
			return { revoked };
		},
	};

	function reset() {
		state.access.clear();
		state.refresh.clear();
		state.rejection = 'status200-403';
		state.accessMinutes = ACCESS_MINUTES;
		state.exchanges = { password: 0, refresh: 0, refused: 0 };
		state.apiTokenEnabled = true;
	}

	return { exchange, check, control, reset, state };
}

module.exports = { createAuth, TEST_USER, API_TOKEN, REJECTIONS, ACCESS_MINUTES };
