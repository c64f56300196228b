'use strict';
/**
 * Authentication: the API key header, user access tokens from `POST /tokens`, and the User
 * Profile endpoints that accept only a user token.
 *
 * Tokens look like the RS256 JWTs Outseta issues (three base64url parts with the claims the
 * collection's sample token carries) but are signed with an HMAC and checked against the
 * simulator's own table, so `/__sim/expireTokens` can expire them.
 *
 * A wrong password (or an unknown user) answers 400 `{"error": "invalid_grant", "error_description"}`:
 * the token response uses the OAuth 2 field names (`access_token`, `token_type`, `expires_in`), and
 * RFC 6749 §5.2 (as ASP.NET's token endpoint) answers a refused grant that way. Inferred: the
 * collection shows no failed token request.
 */
const crypto = require('node:crypto');
const { HttpError } = require('../lib/simulator');
const { nowSecond, invalid, badRequest } = require('./model');
const { ACTIVITY_TYPES, ENTITY_TYPES } = require('./store');

const TOKEN_LIFETIME_SECONDS = 31535999; // as the example answers (≈ 365 days)
const DENIED = Object.freeze({ Message: 'Authorization has been denied for this request.' });
/** Requests the collection sends without an Authorization header that are public by purpose. */
const PUBLIC_REQUESTS = new Set([
	'Initiate password reset',
	'Register Account', // the sign-up embed's endpoint
	'Add first time subscription (preview)', // the sign-up embed's price summary (inferred)
	'Get all knowledge base categories', // the support widget's knowledge base (inferred)
	'Get all knowledge base articles',
	'Get knowledge base article',
]);
const PROFILE_REQUESTS = new Set(['Get Profile', 'Update Profile', 'Update Password']);
const TOKEN_REQUESTS = new Set(['Get Auth Token', 'Get Auth Token with API Keys']);

const base64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

function oauthError(error, description) {
	return new HttpError(400, { error, error_description: description });
}

function createAuth(ctx, crm, keys) {
	const secret = crypto.randomBytes(32);
	const apiKeyHeader = `Outseta ${keys.apiKey}:${keys.secretKey}`;
	const isApiKey = (header) => header === apiKeyHeader;

	function mint(person) {
		const now = Math.floor(Date.now() / 1000);
		const membership = ctx.byCreated(ctx.where('memberships', 'personUid', person.Uid)).sort((a, b) => Number(b.IsPrimary) - Number(a.IsPrimary))[0];
		const subscription = membership ? ctx.currentSubscription(membership.accountUid) : null;
		const header = { typ: 'JWT', alg: 'HS256' };
		const claims = {
			nameid: person.Uid,
			email: person.Email,
			'outseta:accountUid': membership?.accountUid ?? null,
			'outseta:subscriptionUid': subscription?.Uid ?? null,
			'outseta:planUid': subscription?.planUid ?? null,
			'outseta:isPrimary': membership ? String(membership.IsPrimary) : 'false',
			nbf: now,
			exp: now + TOKEN_LIFETIME_SECONDS,
			jti: crypto.randomUUID(),
		};
		const unsigned = `${base64url(header)}.${base64url(claims)}`;
		const token = `${unsigned}.${crypto.createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
		ctx.auth.tokens.set(token, { personUid: person.Uid, issuedAt: Date.now(), expiresAt: Date.now() + TOKEN_LIFETIME_SECONDS * 1000, expired: false });
		ctx.auth.issued++;
		return { access_token: token, token_type: 'bearer', expires_in: TOKEN_LIFETIME_SECONDS };
	}

	/** The person of a valid `bearer <token>` header (the scheme in any case), or null. */
	function bearerPerson(header) {
		const match = /^bearer\s+(\S+)\s*$/i.exec(header ?? '');
		const entry = match && ctx.auth.tokens.get(match[1]);
		if (!entry || entry.expired || entry.expiresAt <= Date.now()) return null;
		return ctx.find('people', entry.personUid) ?? null;
	}

	/** For the simulator library: null to go on, or the 401 to answer. Sets `req.outsetaPerson` for user tokens. */
	function authenticate(req, row) {
		const header = req.headers.authorization;
		const denied = { status: 401, body: DENIED };
		if (TOKEN_REQUESTS.has(row.name)) return !header || isApiKey(header) ? null : denied;
		if (PROFILE_REQUESTS.has(row.name)) {
			// "You can not call these methods using … the API keys."
			req.outsetaPerson = bearerPerson(header);
			return req.outsetaPerson ? null : denied;
		}
		if (!header && PUBLIC_REQUESTS.has(row.name)) return null;
		if (isApiKey(header)) return null;
		req.outsetaPerson = bearerPerson(header);
		return req.outsetaPerson ? null : denied;
	}

	function login(person, query) {
		const stamp = nowSecond();
		person.LastLoginDateTime = stamp;
		person.HasLoggedIn = true;
		for (const membership of ctx.where('memberships', 'personUid', person.Uid)) {
			const account = ctx.find('accounts', membership.accountUid);
			if (account) Object.assign(account, { LastLoginDateTime: stamp, HasLoggedIn: true });
		}
		ctx.logActivity(query, ACTIVITY_TYPES.PersonLogin, ENTITY_TYPES.Person, person.Uid, { description: person.Email });
	}

	const handlers = {
		'Get Auth Token': ({ body, req, query }) => {
			if (!/application\/x-www-form-urlencoded/i.test(req.headers['content-type'] ?? '')) {
				throw oauthError('invalid_request', 'The request must be application/x-www-form-urlencoded.');
			}
			const username = typeof body.username === 'string' ? body.username.trim() : '';
			if (!username) throw oauthError('invalid_request', 'The username is required.');
			const person = crm.personByEmail(username);
			if (body.password !== undefined) {
				const stored = person && ctx.auth.passwords.get(person.Uid);
				if (!stored || stored !== body.password) throw oauthError('invalid_grant', 'The user name or password is incorrect.');
				login(person, query);
				return { status: 200, body: mint(person) };
			}
			// Without a password only the API key may mint a token (for any user).
			if (!isApiKey(req.headers.authorization)) throw oauthError('invalid_request', 'The password is required.');
			if (!person) throw oauthError('invalid_grant', `No user with the user name ${username}.`);
			return { status: 200, body: mint(person) };
		},
		'Get Profile': ({ req }) => ({ status: 200, body: ctx.render('Person', req.outsetaPerson) }),
		'Update Profile': ({ req, body, query }) => {
			const person = req.outsetaPerson;
			// "The body of the request needs to include the UID property that matches the person."
			if (!body.Uid) throw invalid({ 'profile.Uid': ['The Uid field is required.'] });
			if (body.Uid !== person.Uid) throw badRequest('The Uid in the body does not match the signed-in person.');
			if (body.Email !== undefined && crm.personByEmail(body.Email) && crm.personByEmail(body.Email).Uid !== person.Uid) {
				throw badRequest(`A person with the email ${body.Email} already exists.`);
			}
			crm.applyPerson(person, body);
			ctx.logActivity(query, ACTIVITY_TYPES.PersonUpdated, ENTITY_TYPES.Person, person.Uid, { description: person.Email });
			// Inferred (no example): the updated person.
			return { status: 200, body: ctx.render('Person', person) };
		},
		'Update Password': ({ req, body }) => {
			const person = req.outsetaPerson;
			if (!body.NewPassword) throw invalid({ 'password.NewPassword': ['The NewPassword field is required.'] });
			if ((ctx.auth.passwords.get(person.Uid) ?? null) !== (body.ExistingPassword ?? null)) {
				throw badRequest('The existing password is incorrect.');
			}
			ctx.auth.passwords.set(person.Uid, String(body.NewPassword));
			person.PasswordLastUpdated = nowSecond();
			person.PasswordMustChange = false;
			return { status: 200, body: '' };
		},
	};
	handlers['Get Auth Token with API Keys'] = handlers['Get Auth Token'];

	const control = {
		/** How many tokens were issued, and how many still work. */
		tokens: () => {
			const entries = [...ctx.auth.tokens.values()];
			const active = entries.filter((entry) => !entry.expired && entry.expiresAt > Date.now()).length;
			return { issued: ctx.auth.issued, active, expired: entries.length - active };
		},
		/** `{token?}`: expire one token, or all of them; later requests with them get 401. */
		expireTokens: ({ body }) => {
			let expired = 0;
			for (const [token, entry] of ctx.auth.tokens) {
				if (body.token && body.token !== token) continue;
				if (!entry.expired) expired++;
				entry.expired = true;
			}
			return { expired };
		},
		/** GET: who can sign in. POST `{email | personUid, password}`: give a person a password. */
		users: ({ method, body }) => {
			if (method === 'POST') {
				const person = body.personUid ? ctx.find('people', body.personUid) : crm.personByEmail(body.email ?? '');
				if (!person) throw new Error(`no person ${body.personUid ?? body.email}`);
				if (!body.password) throw new Error('a password is required');
				ctx.auth.passwords.set(person.Uid, String(body.password));
				return { Uid: person.Uid, Email: person.Email };
			}
			return [...ctx.auth.passwords.keys()].map((uid) => ({ Uid: uid, Email: ctx.find('people', uid)?.Email ?? null }));
		},
	};

	return { authenticate, handlers, control, mint, TOKEN_LIFETIME_SECONDS };
}

module.exports = { createAuth, PUBLIC_REQUESTS, PROFILE_REQUESTS, TOKEN_LIFETIME_SECONDS };
