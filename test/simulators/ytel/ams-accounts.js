'use strict';
/**
 * Ytel account administration (AMS, `/ams/v3`): the Account Management (10) and Account
 * Configuration (10) requests of issue 19.
 *
 * The collection saved NO example answer for any of these requests: every answer here is
 * INFERRED and follows the v4 envelope `{status, count, page, payload, error}` (errors as HTTP 200
 * `status:false`, as the rest of the simulator), with records holding the fields the requests
 * send plus their ids. Other choices (all INFERRED):
 * - The account is a parent account (`isParentAcct: true`); funds and balance alerts answer only
 *   for a parent account (the requests' descriptions say so), else code "403" "Forbidden".
 * - Edit Account replaces every editable field ("replace all editable fields" in its
 *   description): a field not sent becomes null.
 * - Create Sub-Account: `name` required; `parentAcctId`, when sent, must be the account's own id;
 *   answers the new subaccount with its `accountSid`.
 * - Edit Account Status takes `active`, `inactive`, `closed` (the description's values) and stores
 *   the text as the subaccount's `status`.
 * - Deletes answer an empty payload.
 * - Account configs are `{key, value, editable}`; a config that is not editable is refused with
 *   code "400" ("not all account configs are editable ... permission denied": the code is unknown).
 *   `keys` (comma separated) filters Get Account Configs.
 * - External configs `{provider, key, value}` or `{provider, key, encrypted: true}`: an
 *   `encryptedValue` is stored but never answered. Provider and key required, one of value and
 *   encryptedValue (the description: "either ... depending on which key is being sent").
 * The API token of Ytel's web app is refused on `/ams` by auth.js (HTTP 200, code "403").
 */
const crypto = require('node:crypto');
const { YtelError, envelope, ACCOUNT_SID } = require('./store');

/** Seeded subaccounts (ids used by the tests). */
const SUBACCOUNTS = [
	{ accountSid: '5b0c7e31-4c2a-4a53-9d1e-3f2a7c9b1a01', name: 'Orchard Lending West', domain: 'orchardwest', phone: '+14155550141' },
	{ accountSid: '5b0c7e31-4c2a-4a53-9d1e-3f2a7c9b1a02', name: 'Orchard Lending East', domain: 'orchardeast', phone: '+12125550142' },
];
const EDITABLE = ['domain', 'name', 'phone', 'isParentAcct', 'parentAcctId', 'source', 'status'];
const STATUSES = ['active', 'inactive', 'closed'];

const badRequest = (moreInfo) => new YtelError('400', 'Bad Request', moreInfo);
const notFound = (moreInfo) => new YtelError('404', 'Not Found', moreInfo);
const text = (value) => typeof value === 'string' && value.trim() !== '';

function createAmsAccounts({ now }) {
	let state;

	function seed({ empty = false } = {}) {
		state = {
			account: {
				accountSid: ACCOUNT_SID,
				domain: 'simlending',
				name: 'Sim Lending',
				phone: '+14155550100',
				isParentAcct: true,
				parentAcctId: null,
				source: 'Customer',
				status: 1,
				created: now(),
			},
			address: { accountSid: ACCOUNT_SID, address1: '100 Main Street', address2: null, city: 'Reno', state: 'NV', zip: '89501', country: 'US' },
			funds: 125.5,
			subaccounts: new Map(),
			balanceAlerts: [],
			configs: new Map(),
			external: [],
		};
		if (empty) return;
		for (const sub of SUBACCOUNTS) state.subaccounts.set(sub.accountSid, { ...sub, isParentAcct: false, parentAcctId: ACCOUNT_SID, source: 'Customer', status: 1, created: now() });
		state.balanceAlerts.push({ balanceAlertId: 'c1e5b7a0-0b7e-4f4b-9a44-6d1f0a7b2c01', balanceAlertAmount: 50, minAlertAmount: 1, emailAddress: 'billing@example.com' });
		for (const [key, value, editable] of [
			['company_phone', '+14155550100', true],
			['state', 'NV', true],
			['zip', '89501', true],
			['max_users', '25', false],
		]) {
			state.configs.set(key, { key, value, editable });
		}
		state.external.push(
			{ provider: 'sendgrid', key: 'from_email', value: 'noreply@example.com' },
			{ provider: 'sendgrid', key: 'api_key', encrypted: true, $secret: 'seeded-secret' },
			{ provider: 'mailgun', key: 'domain', value: 'mg.example.com' },
		);
	}

	const parentOnly = () => {
		if (!state.account.isParentAcct) throw new YtelError('403', 'Forbidden', 'Only available for parent accounts');
	};

	function accountFields(body, { requireName }) {
		if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('The body must be a JSON object');
		if (requireName && !text(body.name)) throw badRequest('name is required');
		if (body.phone !== undefined && body.phone !== null && !/^\+[1-9]\d{1,14}$/.test(String(body.phone))) throw badRequest('phone must be in E.164 format');
		return Object.fromEntries(EDITABLE.map((field) => [field, body[field] === undefined ? null : body[field]]));
	}

	function subaccountOf(id) {
		const sub = state.subaccounts.get(id);
		if (!sub) throw notFound(`Subaccount ${id} not found`);
		return sub;
	}

	function editableConfig(key) {
		const config = state.configs.get(key);
		if (config && !config.editable) throw badRequest(`Permission denied: ${key} is not editable`);
		return config;
	}

	function saveConfig(entry) {
		if (!entry || typeof entry !== 'object' || !text(entry.key)) throw badRequest('key is required');
		if (entry.value === undefined || entry.value === null) throw badRequest('value is required');
		editableConfig(entry.key);
		const config = { key: entry.key, value: String(entry.value), editable: true };
		state.configs.set(entry.key, config);
		return config;
	}

	/** What an external config shows: never the encrypted value. */
	const externalView = (record) => Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('$')));

	function saveExternal(entry) {
		if (!entry || typeof entry !== 'object' || !text(entry.provider) || !text(entry.key)) throw badRequest('provider and key are required');
		const hasValue = entry.value !== undefined && entry.value !== null;
		const hasSecret = entry.encryptedValue !== undefined && entry.encryptedValue !== null;
		if (hasValue === hasSecret) throw badRequest('Send either value or encryptedValue');
		const record = hasValue
			? { provider: entry.provider, key: entry.key, value: String(entry.value) }
			: { provider: entry.provider, key: entry.key, encrypted: true, $secret: String(entry.encryptedValue) };
		const index = state.external.findIndex((other) => other.provider === entry.provider && other.key === entry.key);
		if (index >= 0) state.external[index] = record;
		else state.external.push(record);
		return externalView(record);
	}

	const list = (body, label) => {
		if (!Array.isArray(body) || body.length === 0) throw badRequest(`The body must be a non-empty JSON array of ${label}`);
		return body;
	};

	const handlers = {
		// ------------------------------------------------------------ Account Management
		'Get Account': () => envelope([state.account]),
		'Get Account Address': () => envelope([state.address]),
		'Get Subaccounts': () => envelope([...state.subaccounts.values()]),
		'Edit Account': ({ body }) => {
			state.account = { ...state.account, ...accountFields(body, { requireName: false }) };
			return envelope([state.account]);
		},
		'Edit Account Status': ({ params, body }) => {
			const sub = subaccountOf(params.accountId);
			if (!STATUSES.includes(body?.status)) throw badRequest(`status must be one of ${STATUSES.join(', ')}`);
			sub.status = body.status;
			return envelope([sub]);
		},
		'Create Sub-Account': ({ body }) => {
			const fields = accountFields(body, { requireName: true });
			if (fields.parentAcctId !== null && fields.parentAcctId !== ACCOUNT_SID) throw badRequest('parentAcctId must be your account');
			const sub = { ...fields, accountSid: crypto.randomUUID(), parentAcctId: ACCOUNT_SID, isParentAcct: fields.isParentAcct === true, created: now() };
			state.subaccounts.set(sub.accountSid, sub);
			return envelope([sub]);
		},
		'Delete Subaccount': ({ params }) => {
			subaccountOf(params.accountSid);
			state.subaccounts.delete(params.accountSid);
			return envelope([]);
		},
		'Get Account Funds': () => {
			parentOnly();
			return envelope([{ accountSid: ACCOUNT_SID, totalFunds: state.funds }]);
		},
		'Get Account Balance Alerts': () => {
			parentOnly();
			return envelope(state.balanceAlerts);
		},
		'Add Account Balance Alert': ({ body }) => {
			parentOnly();
			if (typeof body?.balanceAlertAmount !== 'number' || body.balanceAlertAmount < 0) throw badRequest('balanceAlertAmount must be a number');
			if (body.minAlertAmount !== undefined && typeof body.minAlertAmount !== 'number') throw badRequest('minAlertAmount must be a number');
			if (!text(body.emailAddress) || !body.emailAddress.includes('@')) throw badRequest('emailAddress must be an email address');
			const alert = { balanceAlertId: crypto.randomUUID(), balanceAlertAmount: body.balanceAlertAmount, minAlertAmount: body.minAlertAmount ?? null, emailAddress: body.emailAddress };
			state.balanceAlerts.push(alert);
			return envelope([alert]);
		},

		// ------------------------------------------------------------ Account Configuration
		'Get Account Configs': ({ query }) => {
			const keys = text(query.keys) ? query.keys.split(',').map((key) => key.trim()) : undefined;
			return envelope([...state.configs.values()].filter((config) => !keys || keys.includes(config.key)));
		},
		'Get Account Config': ({ params }) => {
			const config = state.configs.get(params.key);
			if (!config) throw notFound(`Account config ${params.key} not found`);
			return envelope([config]);
		},
		'Save Account Config': ({ body }) => envelope([saveConfig(body)]),
		'Save Multiple Account Configs': ({ body }) => {
			const entries = list(body, 'configs');
			// All or nothing: every entry is checked before any is saved.
			for (const entry of entries) editableConfig(entry?.key);
			return envelope(entries.map(saveConfig));
		},
		'Delete Account Config': ({ params }) => {
			if (!editableConfig(params.key)) throw notFound(`Account config ${params.key} not found`);
			state.configs.delete(params.key);
			return envelope([]);
		},
		'Get External Account Configs': () => envelope(state.external.map(externalView)),
		'Save External Account Config': ({ body }) => envelope([saveExternal(body)]),
		'Save Multiple External Account Configs': ({ body }) => envelope(list(body, 'external configs').map(saveExternal)),
		'Delete External Account Config by Provider': ({ params }) => {
			const kept = state.external.filter((record) => record.provider !== params.provider);
			if (kept.length === state.external.length) throw notFound(`No external config for provider ${params.provider}`);
			state.external = kept;
			return envelope([]);
		},
		'Delete External Account Config by Provider and Key': ({ params }) => {
			const index = state.external.findIndex((record) => record.provider === params.provider && record.key === params.key);
			if (index < 0) throw notFound(`No external config ${params.key} for provider ${params.provider}`);
			state.external.splice(index, 1);
			return envelope([]);
		},
	};

	seed();
	return { handlers, seed, state: () => state };
}

module.exports = { createAmsAccounts, SUBACCOUNTS };
