'use strict';
/** CRM: people, accounts and their memberships, activities, deals. */
const { nowSecond, NULL_DATE, invalid, badRequest, notFound, parseFields, parseBool, parseNumber, isTrue, DEFAULT } = require('./model');
const { STAGE_LABELS, ACTIVITY_TYPES, ENTITY_TYPES } = require('./store');

const ADDRESS_KEYS = ['AddressLine1', 'AddressLine2', 'AddressLine3', 'City', 'State', 'PostalCode'];
const PERSON_SCALARS = ['Email', 'FirstName', 'LastName', 'PhoneMobile', 'PhoneWork', 'Timezone', 'Title', 'Language', 'ProfileImageS3Url'];
const ACCOUNT_SCALARS = ['Name', 'ClientIdentifier', 'InvoiceNotes', 'DomainName'];

function createCrm(ctx, billing) {
	const { db } = ctx;
	// Properties the API serves (and a GET hands back) are not custom properties.
	const servedPersonKeys = new Set(ctx.kinds.Person({}).map(([key]) => key));
	const servedAccountKeys = new Set(ctx.kinds.Account({ stub: true }).map(([key]) => key));

	const ok = (body) => ({ status: 200, body });
	const empty = () => ({ status: 200, body: '' });
	const selectionOf = (query) => (query.fields ? parseFields(query.fields) : DEFAULT);
	const single = (kind, record, query) => ok(ctx.render(kind, record, selectionOf(query)));

	function address(input, existing) {
		if (input === undefined) return existing ?? null;
		if (input === null) return null;
		if (typeof input !== 'object') throw invalid({ address: ['An address must be an object.'] });
		const stamp = nowSecond();
		const base = existing && (!input.Uid || input.Uid === existing.Uid)
			? existing
			: { AddressLine1: null, AddressLine2: null, AddressLine3: null, City: '', State: '', PostalCode: '', Uid: ctx.uids.next(), Created: stamp };
		const next = { ...base, Updated: stamp };
		for (const key of ADDRESS_KEYS) if (key in input) next[key] = input[key];
		return next;
	}

	function applyPerson(person, input) {
		for (const key of PERSON_SCALARS) if (key in input) person[key] = input[key];
		if ('MailingAddress' in input) person.mailingAddress = address(input.MailingAddress, person.mailingAddress);
		for (const [key, value] of Object.entries(input)) {
			if (!servedPersonKeys.has(key)) person.custom[key] = value;
		}
		person.Updated = nowSecond();
	}

	/** Stored properties of a new person; the rest are rendered from their defaults (see store.js). */
	function personFields(input = {}) {
		const person = { Email: null, FirstName: '', LastName: '', mailingAddress: null, custom: {} };
		applyPerson(person, input);
		delete person.Updated;
		return person;
	}

	function emailTaken(email, exceptUid) {
		const wanted = String(email).toLowerCase();
		return [...db.people.values()].some((person) => person.Uid !== exceptUid && String(person.Email).toLowerCase() === wanted);
	}
	const personByEmail = (email) =>
		[...db.people.values()].find((person) => String(person.Email).toLowerCase() === String(email).toLowerCase());

	function createPerson(input, { query, Created, uid, visibleAfterMs, fields, trusted = false } = {}) {
		if (!input || typeof input !== 'object' || !input.Email) throw invalid({ 'person.Email': ['The Email field is required.'] });
		if (!trusted && emailTaken(input.Email)) throw badRequest(`A person with the email ${input.Email} already exists.`);
		const person = ctx.add('people', Object.assign(personFields(input), fields), { Created, uid, visibleAfterMs });
		if (person.mailingAddress) person.mailingAddress = { ...person.mailingAddress, Created: person.Created, Updated: person.Created };
		ctx.logActivity(query, ACTIVITY_TYPES.PersonCreated, ENTITY_TYPES.Person, person.Uid, { description: person.Email, at: person.Created });
		return person;
	}

	/** A `{Uid}` reference to an existing person, or `{Email, …}` for a new one. */
	function resolvePerson(reference, query, field = 'Person') {
		if (!reference || typeof reference !== 'object') throw invalid({ [field]: ['A Person is required.'] });
		if (reference.Uid) return ctx.mustFind('people', 'Person', reference.Uid);
		return createPerson(reference, { query });
	}

	function accountFields(input = {}) {
		const account = { Name: null, ClientIdentifier: null, InvoiceNotes: null, IsDemo: false, billingAddress: null, mailingAddress: null, AccountStage: 2, custom: {} };
		applyAccount(account, input);
		return account;
	}

	function parseStage(value) {
		const stage = Number(value);
		if (!STAGE_LABELS[stage]) throw invalid({ 'account.AccountStage': [`The value '${value}' is not a valid account stage.`] });
		return stage;
	}

	function applyAccount(account, input, query) {
		for (const key of ACCOUNT_SCALARS) if (key in input) account[key] = input[key];
		if ('IsDemo' in input) account.IsDemo = parseBool(input.IsDemo, 'account.IsDemo');
		if ('AccountStage' in input) {
			const stage = parseStage(input.AccountStage);
			if (query) ctx.setStage(account, stage, query);
			else account.AccountStage = stage;
		}
		if ('MailingAddress' in input) account.mailingAddress = address(input.MailingAddress, account.mailingAddress);
		if ('BillingAddress' in input) account.billingAddress = address(input.BillingAddress, account.billingAddress);
		for (const [key, value] of Object.entries(input)) {
			if (!servedAccountKeys.has(key) && !ACCOUNT_SCALARS.includes(key)) account.custom[key] = value;
		}
		account.Updated = nowSecond();
	}

	const membershipsOf = (key, uid) => [...db.memberships.values()].filter((membership) => membership[key] === uid);

	function addMembership(accountUid, personUid, isPrimary, stamp = nowSecond()) {
		if (isPrimary) {
			for (const other of membershipsOf('accountUid', accountUid)) other.IsPrimary = false;
		}
		return ctx.add('memberships', { accountUid, personUid, IsPrimary: isPrimary }, { Created: stamp });
	}

	function createAccount(input, { query, register = false, req } = {}) {
		if (!input || typeof input !== 'object') throw invalid({ account: ['A request body is required.'] });
		const memberships = Array.isArray(input.PersonAccount) ? input.PersonAccount : [];
		if (!memberships.length) throw invalid({ 'account.PersonAccount': ['An account needs at least one person.'] });
		if (!memberships.some((entry) => isTrue(entry.IsPrimary))) {
			throw invalid({ 'account.PersonAccount': ['One person must be the primary contact (IsPrimary).'] });
		}
		const subscriptions = Array.isArray(input.Subscriptions) ? input.Subscriptions : [];
		subscriptions.forEach((entry, index) => billing.checkSubscriptionInput(entry, `account.Subscriptions[${index}]`));
		if ('AccountStage' in input) parseStage(input.AccountStage);
		const people = memberships.map((entry) => resolvePerson(entry.Person, query, 'account.PersonAccount.Person'));
		if (register) {
			// The sign-up embed records where the person signed up from (as in the Register example).
			const primary = people[memberships.findIndex((entry) => isTrue(entry.IsPrimary))];
			primary.IPAddress = req?.socket?.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1';
			primary.UserAgent = req?.headers['user-agent'] ?? null;
			primary.UserAgentPlatformBrowser = 'Unknown (Unknown)';
		}
		const account = ctx.add('accounts', accountFields(input));
		for (const key of ['mailingAddress', 'billingAddress']) {
			if (account[key]) account[key] = { ...account[key], Created: account.Created, Updated: account.Created };
		}
		ctx.logActivity(query, ACTIVITY_TYPES.AccountCreated, ENTITY_TYPES.Account, account.Uid, { description: account.Name, at: account.Created });
		memberships.forEach((entry, index) => addMembership(account.Uid, people[index].Uid, isTrue(entry.IsPrimary), account.Created));
		for (const entry of subscriptions) billing.createSubscription(account, entry, { query, start: account.Created });
		return account;
	}

	function renderMembershipEcho(membership, body) {
		// The API answers with the membership as posted: references given by Uid come back as
		// unloaded objects (empty names, AccountStage 0, Created 0001-01-01), as both examples show.
		const stub = (kind, uid) =>
			kind === 'Person'
				? { stub: true, Uid: uid, Email: null, FirstName: '', LastName: '', PhoneMobile: '', PhoneWork: '', Created: NULL_DATE, Updated: NULL_DATE, custom: {} }
				: { stub: true, Uid: uid, AccountStage: 0, Created: NULL_DATE, Updated: NULL_DATE, custom: {} };
		const personGiven = body.Person?.Uid;
		return ctx.render('PersonAccount', {
			...membership,
			person: personGiven ? stub('Person', membership.personUid) : undefined,
			account: stub('Account', membership.accountUid),
		});
	}

	const handlers = {
		'Get all people': ({ query }) => ok(ctx.list('Person', ctx.all('people'), query)),
		'Get person': ({ params, query }) => single('Person', ctx.mustFind('people', 'Person', params.personUid), query),
		'Add person': ({ body, query }) => ok(ctx.render('Person', createPerson(body, { query }))),
		'Update person': ({ params, body, query }) => {
			const person = ctx.mustFind('people', 'Person', params.personUid);
			if (body.Email !== undefined && emailTaken(body.Email, person.Uid)) {
				throw badRequest(`A person with the email ${body.Email} already exists.`);
			}
			applyPerson(person, body);
			ctx.logActivity(query, ACTIVITY_TYPES.PersonUpdated, ENTITY_TYPES.Person, person.Uid, { description: person.Email });
			return ok(ctx.render('Person', person));
		},
		'Delete person': ({ params, query }) => {
			const person = ctx.mustFind('people', 'Person', params.personUid);
			db.people.delete(person.Uid);
			for (const membership of membershipsOf('personUid', person.Uid)) db.memberships.delete(membership.Uid);
			ctx.auth.passwords.delete(person.Uid);
			ctx.logActivity(query, ACTIVITY_TYPES.PersonDeleted, ENTITY_TYPES.Person, person.Uid, { description: person.Email });
			return empty();
		},
		'Set temporary password': ({ params, body }) => {
			const person = ctx.mustFind('people', 'Person', params.personUid);
			if (!body.temporaryPassword) throw invalid({ temporaryPassword: ['The temporaryPassword field is required.'] });
			ctx.auth.passwords.set(person.Uid, String(body.temporaryPassword));
			person.PasswordMustChange = true;
			person.PasswordLastUpdated = nowSecond();
			return empty();
		},
		'Initiate password reset': ({ body, query }) => {
			if (!body.Email) throw invalid({ Email: ['The Email field is required.'] });
			// Unknown addresses are answered the same way, so the endpoint does not reveal who exists.
			const person = personByEmail(body.Email);
			if (person) ctx.sendEmail('passwordReset', person.Email, { parentUrl: query.parentUrl ?? null, expiresInMinutes: 30 });
			return empty();
		},
		'Send confirmation email to primary person on an account': ({ params, query }) => {
			ctx.mustFind('accounts', 'Account', params.accountUid);
			const members = membershipsOf('accountUid', params.accountUid);
			const target = query.personUid;
			if (target && target !== '*' && !members.some((membership) => membership.personUid === target)) {
				throw badRequest(`Person ${target} is not on account ${params.accountUid}.`);
			}
			const recipients = target === '*' ? members : members.filter((membership) => (target ? membership.personUid === target : membership.IsPrimary));
			for (const membership of recipients) ctx.sendEmail('confirmation', ctx.find('people', membership.personUid)?.Email ?? null, { accountUid: params.accountUid });
			return empty();
		},
		'Get account': ({ params, query }) => single('Account', ctx.mustFind('accounts', 'Account', params.accountUid), query),
		'Get all accounts': ({ query }) => ok(ctx.list('Account', ctx.all('accounts'), query)),
		'Add account with existing person': ({ body, query }) => {
			const sendConfirmation = parseBool(query.sendConfirmationEmail, 'sendConfirmationEmail');
			const account = createAccount(body, { query });
			if (sendConfirmation) {
				const primary = ctx.primaryPerson(account.Uid);
				ctx.sendEmail('confirmation', primary?.Email ?? null, { accountUid: account.Uid });
			}
			return ok(ctx.render('Account', account));
		},
		'Add new person to existing account': ({ params, body, query }) => {
			const account = ctx.mustFind('accounts', 'Account', params.accountUid);
			if (body.Account?.Uid && body.Account.Uid !== account.Uid) {
				throw invalid({ 'membership.Account': ['The account in the body does not match the URL.'] });
			}
			const sendWelcome = parseBool(query.sendWelcomeEmail, 'sendWelcomeEmail');
			const person = resolvePerson(body.Person, query, 'membership.Person');
			if (membershipsOf('accountUid', account.Uid).some((membership) => membership.personUid === person.Uid)) {
				throw badRequest(`Person ${person.Uid} is already on account ${account.Uid}.`);
			}
			const membership = addMembership(account.Uid, person.Uid, parseBool(body.IsPrimary, 'membership.IsPrimary'));
			ctx.logActivity(query, ACTIVITY_TYPES.AccountAddPerson, ENTITY_TYPES.Account, account.Uid, { description: person.Email });
			if (sendWelcome) ctx.sendEmail('welcome', person.Email, { accountUid: account.Uid });
			return ok(renderMembershipEcho(membership, body));
		},
		'Register Account': ({ body, query, req }) => {
			const primary = (body.PersonAccount ?? []).find((entry) => isTrue(entry.IsPrimary));
			if (!primary?.Person?.Email) throw invalid({ 'registration.PersonAccount': ['A primary person with an Email is required.'] });
			if (!Array.isArray(body.Subscriptions) || !body.Subscriptions.length) {
				throw invalid({ 'registration.Subscriptions': ['A subscription with a Plan is required.'] });
			}
			const account = createAccount({ ...body, AccountStage: 2 }, { query, register: true, req });
			ctx.sendEmail('confirmation', primary.Person.Email, { accountUid: account.Uid });
			return ok(ctx.render('Account', account));
		},
		'Update account': ({ params, body, query }) => {
			const account = ctx.mustFind('accounts', 'Account', params.accountUid);
			applyAccount(account, body, query);
			ctx.logActivity(query, ACTIVITY_TYPES.AccountUpdated, ENTITY_TYPES.Account, account.Uid, { description: account.Name });
			return ok(ctx.render('Account', account));
		},
		'Cancel account': ({ params, body, query }) => {
			const account = ctx.mustFind('accounts', 'Account', params.accountUid);
			if (body.Account?.Uid && body.Account.Uid !== account.Uid) {
				throw invalid({ 'cancellation.Account': ['The account in the body does not match the URL.'] });
			}
			if (account.AccountStage !== 3) {
				throw badRequest(`Only subscribing accounts can be cancelled; this one is ${STAGE_LABELS[account.AccountStage]}.`);
			}
			account.cancellation = { CancelationReason: body.CancelationReason ?? null, Comment: body.Comment ?? null };
			ctx.setStage(account, 4, query);
			return ok(ctx.render('Account', account));
		},
		'Remove cancelation': ({ params, query }) => {
			const account = ctx.mustFind('accounts', 'Account', params.accountUid);
			if (account.AccountStage !== 4) throw badRequest('The account has no pending cancellation.');
			delete account.cancellation;
			ctx.setStage(account, 3, query);
			return empty();
		},
		'Update person account membership': ({ params, body }) => {
			ctx.mustFind('accounts', 'Account', params.accountUid);
			const membership = ctx.find('memberships', params.membershipUid);
			if (!membership || membership.accountUid !== params.accountUid) throw notFound('Membership', params.membershipUid);
			if (body.Person?.Uid && body.Person.Uid !== membership.personUid) {
				throw invalid({ 'membership.Person': ['The person does not belong to this membership.'] });
			}
			const primary = body.IsPrimary === undefined ? undefined : parseBool(body.IsPrimary, 'membership.IsPrimary');
			if (primary) {
				for (const other of membershipsOf('accountUid', params.accountUid)) other.IsPrimary = false;
				membership.IsPrimary = true;
			} else if (primary === false && membership.IsPrimary) {
				throw badRequest('Make another person primary instead of unsetting the primary contact.');
			}
			membership.Updated = nowSecond();
			// Inferred (no example): the membership with its person and account.
			return ok(ctx.render('PersonAccount', membership));
		},
		'Delete account': ({ params, query }) => {
			const account = ctx.mustFind('accounts', 'Account', params.accountUid);
			db.accounts.delete(account.Uid);
			for (const membership of membershipsOf('accountUid', account.Uid)) db.memberships.delete(membership.Uid);
			ctx.logActivity(query, ACTIVITY_TYPES.AccountDeleted, ENTITY_TYPES.Account, account.Uid, { description: account.Name });
			return empty();
		},
		'Remove person from account': ({ params }) => {
			const membership = ctx.find('memberships', params.membershipUid);
			if (!membership || membership.accountUid !== params.accountUid) throw notFound('Membership', params.membershipUid);
			if (membership.IsPrimary) throw badRequest('The primary contact cannot be removed from the account.');
			db.memberships.delete(membership.Uid);
			return empty();
		},

		'Get all activities': ({ query }) => ok(ctx.list('Activity', ctx.all('activities'), query)),
		'Add custom activity': ({ body, query }) => {
			if (!body.Title) throw invalid({ 'activity.Title': ['The Title field is required.'] });
			const entityType = Number(body.EntityType);
			const collection = { 1: ['accounts', 'Account'], 2: ['people', 'Person'], 3: ['deals', 'Deal'] }[entityType];
			if (!collection) throw invalid({ 'activity.EntityType': [`The value '${body.EntityType}' is not valid: 1 Account, 2 Person, 3 Deal.`] });
			if (!body.EntityUid) throw invalid({ 'activity.EntityUid': ['The EntityUid field is required.'] });
			ctx.mustFind(collection[0], collection[1], body.EntityUid);
			if (body.ActivityData !== undefined && body.ActivityData !== null && typeof body.ActivityData !== 'string') {
				throw invalid({ 'activity.ActivityData': ['ActivityData must be a string (serialize JSON first).'] });
			}
			// Custom activities are recorded even with donotlog: they are the point of the call.
			ctx.logActivity(undefined, ACTIVITY_TYPES.Custom, entityType, body.EntityUid, {
				title: body.Title,
				description: body.Description ?? null,
				data: body.ActivityData ?? null,
			});
			// The example answers with the posted properties only.
			return ok({
				Title: body.Title,
				Description: body.Description ?? null,
				ActivityData: body.ActivityData ?? null,
				EntityType: entityType,
				EntityUid: body.EntityUid,
			});
		},

		'Get all deals': ({ query }) => ok(ctx.list('Deal', ctx.all('deals'), query)),
		'Get deal': ({ params, query }) => single('Deal', ctx.mustFind('deals', 'Deal', params.dealUid), query),
		'Add deal': ({ body, query }) => {
			if (!body.Name) throw invalid({ 'deal.Name': ['The Name field is required.'] });
			const fields = dealFields(body, {});
			const deal = ctx.add('deals', fields);
			setDealPeople(deal, body.DealPeople, query, { logAdds: false });
			ctx.logActivity(query, ACTIVITY_TYPES.DealCreated, ENTITY_TYPES.Deal, deal.Uid, { description: deal.Name });
			return ok(ctx.render('Deal', deal));
		},
		'Update deal': ({ params, body, query }) => {
			const deal = ctx.mustFind('deals', 'Deal', params.dealUid);
			if (body.Uid !== undefined && body.Uid !== deal.Uid) throw invalid({ 'deal.Uid': ['The Uid in the body does not match the URL.'] });
			const before = deal.accountUid;
			Object.assign(deal, dealFields(body, deal), { Updated: nowSecond() });
			if ('DealPeople' in body) setDealPeople(deal, body.DealPeople, query, { logAdds: true });
			ctx.logActivity(query, ACTIVITY_TYPES.DealUpdated, ENTITY_TYPES.Deal, deal.Uid, { description: deal.Name });
			if (deal.accountUid && deal.accountUid !== before) {
				ctx.logActivity(query, ACTIVITY_TYPES.DealAddAccount, ENTITY_TYPES.Deal, deal.Uid, { description: deal.accountUid });
			}
			return ok(ctx.render('Deal', deal));
		},
		'Delete deal': ({ params }) => {
			const deal = ctx.mustFind('deals', 'Deal', params.dealUid);
			db.deals.delete(deal.Uid);
			for (const link of ctx.where('dealPeople', 'dealUid', deal.Uid)) db.dealPeople.delete(link.Uid);
			return empty();
		},
	};

	function dealFields(body, current) {
		const fields = {};
		if ('Name' in body) fields.Name = body.Name;
		if ('Amount' in body) fields.Amount = parseNumber(body.Amount, 'deal.Amount') ?? 0;
		if ('AssignedToPersonClientIdentifier' in body) fields.AssignedToPersonClientIdentifier = body.AssignedToPersonClientIdentifier;
		if ('DealPipelineStage' in body) {
			if (!body.DealPipelineStage?.Uid) throw invalid({ 'deal.DealPipelineStage': ['A DealPipelineStage with a Uid is required.'] });
			fields.stageUid = ctx.mustFind('dealStages', 'DealPipelineStage', body.DealPipelineStage.Uid).Uid;
		} else if (!current.stageUid) {
			throw invalid({ 'deal.DealPipelineStage': ['A DealPipelineStage with a Uid is required.'] });
		}
		if ('Account' in body) fields.accountUid = body.Account?.Uid ? ctx.mustFind('accounts', 'Account', body.Account.Uid).Uid : null;
		return { Name: null, Amount: 0, AssignedToPersonClientIdentifier: null, accountUid: null, ...current, ...fields };
	}

	function setDealPeople(deal, entries, query, { logAdds }) {
		if (entries === undefined || entries === null) return;
		if (!Array.isArray(entries)) throw invalid({ 'deal.DealPeople': ['DealPeople must be a list.'] });
		const wanted = entries.map((entry, index) => {
			if (!entry?.Person?.Uid) throw invalid({ [`deal.DealPeople[${index}].Person`]: ['A Person with a Uid is required.'] });
			return ctx.mustFind('people', 'Person', entry.Person.Uid).Uid;
		});
		const existing = ctx.where('dealPeople', 'dealUid', deal.Uid);
		for (const link of existing) if (!wanted.includes(link.personUid)) db.dealPeople.delete(link.Uid);
		for (const personUid of new Set(wanted)) {
			if (existing.some((link) => link.personUid === personUid)) continue;
			ctx.add('dealPeople', { dealUid: deal.Uid, personUid });
			if (logAdds) ctx.logActivity(query, ACTIVITY_TYPES.DealAddPerson, ENTITY_TYPES.Deal, deal.Uid, { description: personUid });
		}
	}

	// Variants share one route (method + path); the first row of each route is the one matched.
	handlers['Add account with new person'] = handlers['Add account with existing person'];
	handlers['Add account with subscription'] = handlers['Add account with existing person'];
	handlers['Get all trialing accounts'] = handlers['Get all accounts'];
	handlers['Add existing person to existing account'] = handlers['Add new person to existing account'];
	handlers['Send confirmation email to specific person on an account'] = handlers['Send confirmation email to primary person on an account'];
	handlers['Send confirmation email to all people on an account'] = handlers['Send confirmation email to primary person on an account'];

	return {
		handlers,
		createPerson,
		resolvePerson,
		personFields,
		accountFields,
		createAccount,
		addMembership,
		personByEmail,
		applyPerson,
		membershipsOf,
	};
}

module.exports = { createCrm };
