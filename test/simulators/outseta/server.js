'use strict';
/**
 * A stateful Outseta REST API v1 simulator (CRM people, accounts and memberships).
 *
 * Faithful to the collection where it speaks: `Authorization: Outseta <key>:<secret>`, the
 * `{metadata: {limit, offset, total}, items}` envelope with `offset` as a page index, at most
 * 100 records a page (25 when `fields` reaches into child objects), filters with the
 * `__gt/__gte/__lt/__lte/__ne/__isnull` operators, `orderBy=<Property> [ASC|DESC]`, `fields`,
 * zone-less `Created` to the second, 200 with an empty body for deletes and actions, and at
 * most 4 accepted requests in any 1,000 ms.
 *
 * Error bodies come in two shapes, as ASP.NET services answer: `{"error": {"message"}}` and
 * `{"Message", "ModelState"}` for validation and authorization failures.
 *
 * Run it alone with `node test/simulators/outseta/server.js --port 0`, or require it.
 */
const crypto = require('node:crypto');
const path = require('node:path');
const fs = require('node:fs');
const { createSimulator, runCli, HttpError } = require('../lib/simulator');

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const TEST_KEYS = Object.freeze({ apiKey: 'sim-outseta-key', secretKey: 'sim-outseta-secret-CANARY-5d1e' });
const BASE_PATH = '/api/v1';
const PUBLIC_REQUESTS = new Set(['Initiate password reset', 'Register Account']);
const RESERVED_QUERY = new Set(['offset', 'limit', 'orderBy', 'fields', 'donotlog']);
const STAGE_LABELS = { 1: 'Demo', 2: 'Trialing', 3: 'Subscribing', 4: 'Cancelling', 5: 'Expired', 6: 'Trial Expired', 7: 'Past Due' };

function loadRows() {
	const rows = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'endpoints.json'), 'utf8'));
	return rows.filter((row) => row.vendor === 'Outseta' && row.path && row.host === '{{url}}');
}

function loadExamples() {
	return JSON.parse(fs.readFileSync(path.join(FIXTURES, 'outseta', 'examples.json'), 'utf8'));
}

const nowSecond = () => new Date().toISOString().slice(0, 19);

/** Outseta timestamps are zone-less; read them (and filter values) as UTC. */
function toMillis(value) {
	if (typeof value !== 'string') return NaN;
	const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(value);
	return Date.parse(zoned ? value : `${value}Z`);
}

function errorBody(message) {
	return { error: { message } };
}

function invalid(modelState) {
	return new HttpError(400, { Message: 'The request is invalid.', ModelState: modelState });
}

function notFound(kind, uid) {
	return new HttpError(404, errorBody(`${kind} with Uid '${uid}' was not found.`));
}

function getPath(record, dotted) {
	return dotted.split('.').reduce((value, key) => (value && typeof value === 'object' ? value[key] : undefined), record);
}

function compare(actual, expected) {
	if (actual === null || actual === undefined) return NaN;
	if (typeof actual === 'number' || typeof actual === 'boolean') return Number(actual) - Number(expected);
	const dateActual = toMillis(actual);
	const dateExpected = toMillis(expected);
	if (/^\d{4}-\d{2}-\d{2}/.test(actual) && !Number.isNaN(dateActual) && !Number.isNaN(dateExpected)) {
		return dateActual - dateExpected;
	}
	return String(actual).toLowerCase().localeCompare(String(expected).toLowerCase());
}

function matchesFilter(record, key, value) {
	const [, field, operator = ''] = key.match(/^(.*?)(__gt|__gte|__lt|__lte|__ne|__isnull)?$/);
	const actual = getPath(record, field);
	if (operator === '__isnull') return (actual === null || actual === undefined || actual === '') === (value === 'true');
	const order = compare(actual, value);
	switch (operator) {
		case '__gt':
			return order > 0;
		case '__gte':
			return order >= 0;
		case '__lt':
			return order < 0;
		case '__lte':
			return order <= 0;
		case '__ne':
			return !(order === 0);
		default:
			return order === 0;
	}
}

function pickPath(source, parts) {
	if (Array.isArray(source)) return source.map((element) => pickPath(element, parts));
	if (!source || typeof source !== 'object') return source;
	const [head, ...rest] = parts;
	if (head === '*') return source;
	if (!(head in source)) return undefined;
	return { [head]: rest.length ? pickPath(source[head], rest) : source[head] };
}

function mergePicked(target, picked) {
	if (picked === undefined) return target;
	if (Array.isArray(picked)) return picked.map((element, index) => mergePicked(target?.[index], element));
	if (!picked || typeof picked !== 'object' || !target || typeof target !== 'object') return picked;
	const result = { ...target };
	for (const [key, value] of Object.entries(picked)) result[key] = mergePicked(target[key], value);
	return result;
}

/** `fields=Uid,PersonAccount.Account.Uid,Plan.*`: dotted paths reach into child objects and lists. */
function selectFields(record, fields) {
	return fields
		.split(',')
		.map((field) => field.trim())
		.filter(Boolean)
		.reduce((result, field) => mergePicked(result, pickPath(record, field.split('.'))) ?? result, {});
}

function address(input, existing) {
	if (input === undefined) return existing ?? null;
	if (input === null) return null;
	const stamp = nowSecond();
	const base = existing && (!input.Uid || input.Uid === existing.Uid)
		? existing
		: { AddressLine1: null, AddressLine2: null, AddressLine3: null, City: '', State: '', PostalCode: '', Country: null, Uid: newUid(), Created: stamp };
	return { ...base, ...input, Uid: base.Uid, Created: base.Created, Updated: stamp };
}

const usedUids = new Set();
function newUid() {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	for (;;) {
		const bytes = crypto.randomBytes(8);
		const uid = Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
		if (!usedUids.has(uid)) {
			usedUids.add(uid);
			return uid;
		}
	}
}

/** Properties every account carries that the simulator never changes (as in the Register example). */
const ACCOUNT_DEFAULTS = {
	InvoiceNotes: null,
	IsDemo: false,
	Deals: [],
	LastLoginDateTime: null,
	...Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`AccountSpecificPageUrl${index + 1}`, null])),
	RewardFulReferralId: null,
	HasLoggedIn: false,
	DomainName: null,
	LifetimeRevenue: 0,
	RecaptchaToken: null,
	ActivityEventData: null,
};

/** Person properties of the current API (as in the Register example) that the simulator never changes. */
const PERSON_DEFAULTS = {
	_objectType: 'Person',
	PasswordLastUpdated: null,
	ProfileImageS3Url: null,
	IPAddress: null,
	Referer: null,
	UserAgent: null,
	LastLoginDateTime: null,
	OAuthGoogleProfileId: null,
	DealPeople: null,
	LeadFormSubmissions: null,
	EmailListPerson: null,
	Account: null,
	AccountUids: null,
	HasLoggedIn: false,
	OAuthIntegrationStatus: 0,
	UserAgentPlatformBrowser: null,
	HasUnsubscribed: false,
	DiscordUser: null,
	IsConnectedToDiscord: false,
	ActivityEventData: null,
};

const PERSON_SCALARS = ['Email', 'FirstName', 'LastName', 'PhoneMobile', 'PhoneWork', 'Timezone', 'Title', 'Language'];
const SYSTEM_KEYS = new Set(['Uid', 'Created', 'Updated', 'PersonAccount', 'MailingAddress', 'BillingAddress', 'FullName', 'Subscriptions', 'Account', 'Person']);

function createStore() {
	const store = { people: new Map(), accounts: new Map(), memberships: new Map() };

	function personRecord(input, stamp = nowSecond(), uid = newUid()) {
		const person = {
			...PERSON_DEFAULTS,
			PasswordMustChange: false,
			Title: null,
			Language: null,
			Email: null,
			FirstName: '',
			LastName: '',
			MailingAddress: null,
			PhoneMobile: '',
			PhoneWork: '',
			Timezone: null,
			EmailBounceDateTime: null,
			EmailSpamDateTime: null,
			EmailUnsubscribeDateTime: null,
			EmailLastDeliveredDateTime: null,
			custom: {},
			Uid: uid,
			Created: stamp,
			Updated: stamp,
		};
		applyPerson(person, input);
		return person;
	}

	function applyPerson(person, input) {
		for (const key of PERSON_SCALARS) if (key in input) person[key] = input[key];
		if ('MailingAddress' in input) person.MailingAddress = address(input.MailingAddress, person.MailingAddress);
		for (const [key, value] of Object.entries(input)) {
			if (!PERSON_SCALARS.includes(key) && !SYSTEM_KEYS.has(key)) person.custom[key] = value;
		}
		person.Updated = nowSecond();
	}

	function accountRecord(input, stamp = nowSecond(), uid = newUid()) {
		const account = {
			_objectType: 'Account',
			Name: null,
			ClientIdentifier: null,
			BillingAddress: null,
			MailingAddress: null,
			AccountStage: 2,
			PaymentInformation: null,
			Subscriptions: [],
			custom: {},
			Uid: uid,
			Created: stamp,
			Updated: stamp,
		};
		applyAccount(account, input);
		return account;
	}

	function applyAccount(account, input) {
		if ('Name' in input) account.Name = input.Name;
		if ('ClientIdentifier' in input) account.ClientIdentifier = input.ClientIdentifier;
		if ('AccountStage' in input) {
			const stage = Number(input.AccountStage);
			if (!STAGE_LABELS[stage]) throw invalid({ 'account.AccountStage': [`The value '${input.AccountStage}' is not a valid account stage.`] });
			account.AccountStage = stage;
		}
		if ('MailingAddress' in input) account.MailingAddress = address(input.MailingAddress, account.MailingAddress);
		if ('BillingAddress' in input) account.BillingAddress = address(input.BillingAddress, account.BillingAddress);
		for (const [key, value] of Object.entries(input)) {
			if (!['Name', 'ClientIdentifier', 'AccountStage', 'PaymentInformation'].includes(key) && !SYSTEM_KEYS.has(key)) {
				account.custom[key] = value;
			}
		}
		account.Updated = nowSecond();
	}

	function subscription(input, stamp) {
		const planUid = input?.Plan?.Uid;
		if (!planUid) throw invalid({ 'subscription.Plan': ['A subscription needs a Plan with a Uid.'] });
		const term = Number(input.BillingRenewalTerm ?? 1);
		if (![1, 2, 3, 4].includes(term)) throw invalid({ 'subscription.BillingRenewalTerm': [`'${input.BillingRenewalTerm}' is not a valid renewal term.`] });
		return {
			_objectType: 'Subscription',
			BillingRenewalTerm: term,
			Account: null,
			Plan: { Uid: planUid },
			Quantity: null,
			StartDate: stamp,
			EndDate: null,
			ExpirationDate: null,
			RenewalDate: null,
			DiscountCouponSubscriptions: null,
			DiscountCode: null,
			LatestInvoice: null,
			Rate: 0,
			ActivityEventData: null,
			NewRequiredQuantity: null,
			IsPlanUpgradeRequired: false,
			PlanUpgradeRequiredMessage: null,
			SubscriptionAddOns: null,
			Uid: newUid(),
			Created: stamp,
			Updated: stamp,
		};
	}

	const membershipsOf = (key, uid) => [...store.memberships.values()].filter((membership) => membership[key] === uid);

	function renderPerson(person, { withAccounts = true } = {}) {
		const { custom, ...fields } = person;
		return {
			...fields,
			PersonAccount: withAccounts
				? membershipsOf('personUid', person.Uid).map((membership) => ({
						Person: null,
						Account: { Uid: membership.accountUid, Name: store.accounts.get(membership.accountUid)?.Name ?? null },
						IsPrimary: membership.IsPrimary,
						Uid: membership.Uid,
						Created: membership.Created,
						Updated: membership.Updated,
					}))
				: null,
			FullName: [person.FirstName, person.LastName].filter(Boolean).join(' ') || person.Email,
			...custom,
		};
	}

	function renderAccount(account) {
		const { custom, ...fields } = account;
		const current = account.Subscriptions[account.Subscriptions.length - 1] ?? null;
		const primary = membershipsOf('accountUid', account.Uid).find((membership) => membership.IsPrimary);
		const primaryPerson = primary && store.people.get(primary.personUid);
		return {
			...ACCOUNT_DEFAULTS,
			...fields,
			PrimaryContact: primaryPerson ? renderPerson(primaryPerson, { withAccounts: false }) : null,
			PrimarySubscription: current,
			PersonAccount: membershipsOf('accountUid', account.Uid).map((membership) => {
				const person = store.people.get(membership.personUid);
				return {
					Person: person ? { Uid: person.Uid, Email: person.Email, FullName: renderPerson(person, { withAccounts: false }).FullName } : null,
					Account: null,
					IsPrimary: membership.IsPrimary,
					Uid: membership.Uid,
					Created: membership.Created,
					Updated: membership.Updated,
				};
			}),
			AccountStageLabel: STAGE_LABELS[account.AccountStage],
			CurrentSubscription: current,
			LatestSubscription: current,
			...custom,
		};
	}

	function renderMembership(membership) {
		const person = store.people.get(membership.personUid);
		const account = store.accounts.get(membership.accountUid);
		return {
			Person: person ? renderPerson(person, { withAccounts: false }) : null,
			Account: account ? { ...renderAccount(account), PersonAccount: null } : null,
			IsPrimary: membership.IsPrimary,
			Uid: membership.Uid,
			Created: membership.Created,
			Updated: membership.Updated,
		};
	}

	function addMembership(accountUid, personUid, isPrimary, stamp = nowSecond()) {
		if (isPrimary) {
			for (const other of membershipsOf('accountUid', accountUid)) other.IsPrimary = false;
		}
		const membership = { Uid: newUid(), accountUid, personUid, IsPrimary: isPrimary, Created: stamp, Updated: stamp };
		store.memberships.set(membership.Uid, membership);
		return membership;
	}

	function requirePerson(uid) {
		const person = store.people.get(uid);
		if (!person) throw notFound('Person', uid);
		return person;
	}

	function requireAccount(uid) {
		const account = store.accounts.get(uid);
		if (!account) throw notFound('Account', uid);
		return account;
	}

	function emailTaken(email, exceptUid) {
		const wanted = String(email).toLowerCase();
		return [...store.people.values()].some((person) => person.Uid !== exceptUid && String(person.Email).toLowerCase() === wanted);
	}

	function createPerson(input, stamp) {
		if (!input || typeof input !== 'object' || !input.Email) throw invalid({ 'person.Email': ['The Email field is required.'] });
		if (emailTaken(input.Email)) throw new HttpError(400, errorBody(`A person with the email ${input.Email} already exists.`));
		const person = personRecord(input, stamp);
		store.people.set(person.Uid, person);
		return person;
	}

	/** A `{Person: {Uid}}` reference or `{Person: {Email, …}}` for a new person. */
	function resolvePerson(reference, stamp) {
		if (!reference || typeof reference !== 'object') throw invalid({ 'membership.Person': ['A Person is required.'] });
		if (reference.Uid) return requirePerson(reference.Uid);
		return createPerson(reference, stamp);
	}

	function isTrue(value) {
		return value === true || value === 'true';
	}

	function createAccount(input) {
		if (!input || typeof input !== 'object') throw invalid({ account: ['A request body is required.'] });
		const memberships = Array.isArray(input.PersonAccount) ? input.PersonAccount : [];
		if (!memberships.length) throw invalid({ 'account.PersonAccount': ['An account needs at least one person.'] });
		if (!memberships.some((entry) => isTrue(entry.IsPrimary))) {
			throw invalid({ 'account.PersonAccount': ['One person must be the primary contact (IsPrimary).'] });
		}
		const stamp = nowSecond();
		const people = memberships.map((entry) => resolvePerson(entry.Person, stamp));
		const subscriptions = (Array.isArray(input.Subscriptions) ? input.Subscriptions : []).map((entry) => subscription(entry, stamp));
		const account = accountRecord(input, stamp);
		account.Subscriptions = subscriptions;
		if (subscriptions.length && !('AccountStage' in input)) account.AccountStage = 2;
		store.accounts.set(account.Uid, account);
		memberships.forEach((entry, index) => addMembership(account.Uid, people[index].Uid, isTrue(entry.IsPrimary), stamp));
		return account;
	}

	function list(collection, render, query) {
		const fields = query.fields ?? '';
		const cap = fields.includes('.') ? 25 : 100;
		const limit = Math.min(Math.max(Number(query.limit ?? 100) || 100, 1), cap);
		const offset = Math.max(Number(query.offset ?? 0) || 0, 0);
		let records = [...collection.values()].map(render);
		for (const [key, value] of Object.entries(query)) {
			if (RESERVED_QUERY.has(key)) continue;
			records = records.filter((record) => matchesFilter(record, key, value));
		}
		if (query.orderBy) {
			const [field, direction = 'ASC'] = query.orderBy.trim().split(/\s+/);
			const sign = direction.toUpperCase() === 'DESC' ? -1 : 1;
			records = records
				.map((record, index) => ({ record, index }))
				.sort((a, b) => sign * (compare(getPath(a.record, field), getPath(b.record, field)) || 0) || a.index - b.index)
				.map(({ record }) => record);
		}
		const page = records.slice(offset * limit, offset * limit + limit);
		return {
			metadata: { limit, offset, total: records.length },
			items: fields ? page.map((record) => selectFields(record, fields)) : page,
		};
	}

	function single(record, query) {
		return query.fields ? selectFields(record, query.fields) : record;
	}

	const ok = (body) => ({ status: 200, body });
	const empty = () => ({ status: 200, body: '' });

	const handlers = {
		'Get all people': ({ query }) => ok(list(store.people, (person) => renderPerson(person), query)),
		'Get person': ({ params, query }) => ok(single(renderPerson(requirePerson(params.personUid)), query)),
		'Add person': ({ body }) => ok(renderPerson(createPerson(body))),
		'Update person': ({ params, body }) => {
			const person = requirePerson(params.personUid);
			if (body.Email !== undefined && emailTaken(body.Email, person.Uid)) {
				throw new HttpError(400, errorBody(`A person with the email ${body.Email} already exists.`));
			}
			applyPerson(person, body);
			return ok(renderPerson(person));
		},
		'Delete person': ({ params }) => {
			requirePerson(params.personUid);
			store.people.delete(params.personUid);
			for (const membership of membershipsOf('personUid', params.personUid)) store.memberships.delete(membership.Uid);
			return empty();
		},
		'Set temporary password': ({ params, body }) => {
			const person = requirePerson(params.personUid);
			if (!body.temporaryPassword) throw invalid({ temporaryPassword: ['The temporaryPassword field is required.'] });
			person.PasswordMustChange = true;
			return empty();
		},
		'Initiate password reset': ({ body }) => {
			if (!body.Email) throw invalid({ Email: ['The Email field is required.'] });
			return empty();
		},
		'Send confirmation email to primary person on an account': ({ params, query }) => {
			requireAccount(params.accountUid);
			const target = query.personUid;
			if (target && target !== '*' && !membershipsOf('accountUid', params.accountUid).some((m) => m.personUid === target)) {
				throw new HttpError(400, errorBody(`Person ${target} is not on account ${params.accountUid}.`));
			}
			return empty();
		},
		'Get account': ({ params, query }) => ok(single(renderAccount(requireAccount(params.accountUid)), query)),
		'Get all accounts': ({ query }) => ok(list(store.accounts, renderAccount, query)),
		'Add account with existing person': ({ body }) => ok(renderAccount(createAccount(body))),
		'Add new person to existing account': ({ params, body }) => {
			const account = requireAccount(params.accountUid);
			if (body.Account?.Uid && body.Account.Uid !== account.Uid) {
				throw invalid({ 'membership.Account': ['The account in the body does not match the URL.'] });
			}
			const person = resolvePerson(body.Person);
			if (membershipsOf('accountUid', account.Uid).some((m) => m.personUid === person.Uid)) {
				throw new HttpError(400, errorBody(`Person ${person.Uid} is already on account ${account.Uid}.`));
			}
			return ok(renderMembership(addMembership(account.Uid, person.Uid, isTrue(body.IsPrimary))));
		},
		'Register Account': ({ body }) => {
			const primary = (body.PersonAccount ?? []).find((entry) => isTrue(entry.IsPrimary));
			if (!primary?.Person?.Email) throw invalid({ 'registration.PersonAccount': ['A primary person with an Email is required.'] });
			if (!Array.isArray(body.Subscriptions) || !body.Subscriptions.length) {
				throw invalid({ 'registration.Subscriptions': ['A subscription with a Plan is required.'] });
			}
			const account = createAccount({ ...body, AccountStage: 2 });
			return ok(renderAccount(account));
		},
		'Update account': ({ params, body }) => {
			const account = requireAccount(params.accountUid);
			applyAccount(account, body);
			return ok(renderAccount(account));
		},
		'Cancel account': ({ params, body }) => {
			const account = requireAccount(params.accountUid);
			if (body.Account?.Uid && body.Account.Uid !== account.Uid) {
				throw invalid({ 'cancellation.Account': ['The account in the body does not match the URL.'] });
			}
			if (account.AccountStage !== 3) {
				throw new HttpError(400, errorBody(`Only subscribing accounts can be cancelled; this one is ${STAGE_LABELS[account.AccountStage]}.`));
			}
			account.AccountStage = 4;
			account.cancellation = { CancelationReason: body.CancelationReason ?? null, Comment: body.Comment ?? null };
			account.Updated = nowSecond();
			return ok(renderAccount(account));
		},
		'Remove cancelation': ({ params }) => {
			const account = requireAccount(params.accountUid);
			if (account.AccountStage !== 4) throw new HttpError(400, errorBody('The account has no pending cancellation.'));
			account.AccountStage = 3;
			account.Updated = nowSecond();
			return empty();
		},
		'Update person account membership': ({ params, body }) => {
			requireAccount(params.accountUid);
			const membership = store.memberships.get(params.membershipUid);
			if (!membership || membership.accountUid !== params.accountUid) throw notFound('Membership', params.membershipUid);
			if (body.Person?.Uid && body.Person.Uid !== membership.personUid) {
				throw invalid({ 'membership.Person': ['The person does not belong to this membership.'] });
			}
			if (isTrue(body.IsPrimary)) {
				for (const other of membershipsOf('accountUid', params.accountUid)) other.IsPrimary = false;
				membership.IsPrimary = true;
			} else if (body.IsPrimary !== undefined && membership.IsPrimary) {
				throw new HttpError(400, errorBody('Make another person primary instead of unsetting the primary contact.'));
			}
			membership.Updated = nowSecond();
			return ok(renderMembership(membership));
		},
		'Delete account': ({ params }) => {
			requireAccount(params.accountUid);
			store.accounts.delete(params.accountUid);
			for (const membership of membershipsOf('accountUid', params.accountUid)) store.memberships.delete(membership.Uid);
			return empty();
		},
		'Remove person from account': ({ params }) => {
			const membership = store.memberships.get(params.membershipUid);
			if (!membership || membership.accountUid !== params.accountUid) throw notFound('Membership', params.membershipUid);
			if (membership.IsPrimary) throw new HttpError(400, errorBody('The primary contact cannot be removed from the account.'));
			store.memberships.delete(membership.Uid);
			return empty();
		},
	};
	// Variants share one route (method + path); the first row of each route is the one matched.
	handlers['Add account with new person'] = handlers['Add account with existing person'];
	handlers['Add account with subscription'] = handlers['Add account with existing person'];
	handlers['Get all trialing accounts'] = handlers['Get all accounts'];
	handlers['Add existing person to existing account'] = handlers['Add new person to existing account'];
	handlers['Send confirmation email to specific person on an account'] = handlers['Send confirmation email to primary person on an account'];
	handlers['Send confirmation email to all people on an account'] = handlers['Send confirmation email to primary person on an account'];

	/** The collection's example records, plus the records its examples refer to. */
	function seedFromExamples() {
		const examples = loadExamples();
		const body = (name) => examples.find((example) => example.name === name)?.response.body;
		for (const person of body('Get all people').items) {
			const { PersonAccount, FullName, ...fields } = person;
			store.people.set(person.Uid, { ...personRecord({}, person.Created, person.Uid), ...fields, custom: {} });
			usedUids.add(person.Uid);
		}
		for (const account of body('Get all accounts').items.filter((item) => item.Uid && item.Created)) {
			const { PersonAccount, Subscriptions, ...fields } = account;
			store.accounts.set(account.Uid, { ...accountRecord({}, account.Created, account.Uid), ...fields, Subscriptions: Subscriptions ?? [], custom: {} });
			usedUids.add(account.Uid);
		}
		// Referenced by the collection's requests: existing people and the account in the membership URLs.
		for (const uid of ['owmjxl9V', 'y7maBrQE']) {
			store.people.set(uid, personRecord({ Email: `${uid.toLowerCase()}@example.com`, FirstName: 'Example', LastName: uid }, '2018-01-29T11:00:00', uid));
		}
		const referenced = accountRecord({ Name: 'Referenced account', AccountStage: 3 }, '2018-01-29T11:47:31', 'wDQ2w9V6');
		store.accounts.set(referenced.Uid, referenced);
		addMembership('KaWx1mVr', 'qrm0A4QX', true, '2017-12-15T09:45:53');
		addMembership('wDQ2w9V6', 'bB9l5DW8', true, '2018-01-29T11:47:31');
	}

	function reset({ empty = false } = {}) {
		store.people.clear();
		store.accounts.clear();
		store.memberships.clear();
		if (!empty) seedFromExamples();
	}

	function generated(kind, index, stamp) {
		const tag = `${kind}${index}-${crypto.randomBytes(3).toString('hex')}`;
		return kind === 'person'
			? personRecord({ Email: `${tag}@example.com`, FirstName: 'Generated', LastName: `Person ${index}` }, stamp)
			: accountRecord({ Name: `Generated Account ${index}`, AccountStage: [2, 3, 3, 4, 5][index % 5] }, stamp);
	}

	const control = {
		/** `{people, accounts, created?, stepSeconds?}`: generated records, oldest first. */
		seed: ({ body }) => {
			const start = body.created ? toMillis(body.created) : Date.now() - 86400_000;
			const step = Number(body.stepSeconds ?? 1) * 1000;
			let index = 0;
			for (const [kind, collection, count] of [['person', store.people, body.people ?? 0], ['account', store.accounts, body.accounts ?? 0]]) {
				for (let n = 0; n < count; n++, index++) {
					const record = generated(kind, n, new Date(start + index * step).toISOString().slice(0, 19));
					collection.set(record.Uid, record);
				}
			}
			return { people: store.people.size, accounts: store.accounts.size };
		},
		/** `{kind: 'person'|'account', count?, Created?, records?}`: records with a chosen `Created`. */
		insert: ({ body }) => {
			const collection = body.kind === 'account' ? store.accounts : store.people;
			const stamp = body.Created ? new Date(toMillis(body.Created)).toISOString().slice(0, 19) : nowSecond();
			const inputs = body.records ?? Array.from({ length: Number(body.count ?? 1) }, () => null);
			const inserted = inputs.map((input, index) => {
				const record = input
					? body.kind === 'account'
						? accountRecord(input, stamp)
						: personRecord(input, stamp)
					: generated(body.kind === 'account' ? 'account' : 'person', collection.size + index, stamp);
				collection.set(record.Uid, record);
				return { Uid: record.Uid, Created: record.Created };
			});
			return { inserted };
		},
		store: () => ({ people: store.people.size, accounts: store.accounts.size, memberships: store.memberships.size }),
	};

	reset();
	return { handlers, control, reset, store };
}

function authenticate(req, row) {
	if (PUBLIC_REQUESTS.has(row.name) && !req.headers.authorization) return null;
	const expected = `Outseta ${TEST_KEYS.apiKey}:${TEST_KEYS.secretKey}`;
	if (req.headers.authorization === expected) return null;
	return { status: 401, body: { Message: 'Authorization has been denied for this request.' } };
}

function createOutsetaSimulator(options = {}) {
	const store = createStore();
	return createSimulator(
		{
			rows: loadRows(),
			handlers: store.handlers,
			control: store.control,
			reset: store.reset,
			authenticate,
			rateLimit: { max: 4, windowMs: 1000 },
			rateLimitResponse: () => ({ body: errorBody('API rate limit exceeded: at most 4 requests per second.') }),
			errorResponse: (status, message) => errorBody(message),
			notFoundRoute: (route) => ({ Message: `No HTTP resource was found that matches the request URI '${route}'.` }),
		},
		{ basePath: BASE_PATH, ...options },
	);
}

module.exports = { createOutsetaSimulator, TEST_KEYS, BASE_PATH };

if (require.main === module) {
	runCli(() => createOutsetaSimulator());
}
