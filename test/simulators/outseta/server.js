'use strict';
/**
 * A stateful Outseta REST API v1 simulator: every callable request of the collection (68), plus
 * the two list endpoints only the prose shows (`GET /billing/subscriptions`, `GET /billing/invoices`).
 *
 * Faithful to the collection where it speaks: `Authorization: Outseta <key>:<secret>` or
 * `bearer <token>` from `POST /tokens` (the User Profile endpoints take only the token), the
 * `{metadata: {limit, offset, total}, items}` envelope with `offset` as a page index, at most 100
 * records a page (25 when `fields` reaches into child objects), filters with the
 * `__gt/__gte/__lt/__lte/__ne/__isnull` operators, `orderBy=<Property> [ASC|DESC]`, `fields`,
 * `donotlog=1`, zone-less `Created` to the second, 200 with an empty body for deletes and actions,
 * responses that carry the object and its immediate children (deeper objects `null`, as every
 * example shows), activities on account, person, deal, list and case events, and at most 4
 * accepted requests in any 1,000 ms.
 *
 * Error bodies come in two shapes, as ASP.NET services answer: `{"error": {"message"}}` and
 * `{"Message", "ModelState"}` for validation and authorization failures (plus the OAuth
 * `{"error", "error_description"}` of the token endpoint).
 *
 * Run it alone with `node test/simulators/outseta/server.js --port 0`, or require it.
 */
const crypto = require('node:crypto');
const path = require('node:path');
const fs = require('node:fs');
const { createSimulator, runCli } = require('../lib/simulator');
const { errorBody, nowSecond, toMillis, toSecond } = require('./model');
const { createDb, ACTIVITY_TYPES, ENTITY_TYPES, STAGE_LABELS } = require('./store');
const { createCrm } = require('./crm');
const { createBilling } = require('./billing');
const { createEngagement } = require('./engagement');
const { createAuth } = require('./auth');
const { seedFromExamples, TEST_USER } = require('./seed');

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const TEST_KEYS = Object.freeze({ apiKey: 'sim-outseta-key', secretKey: 'sim-outseta-secret-CANARY-5d1e' });
const BASE_PATH = '/api/v1';

/** Inferred from the prose's filter examples: list endpoints no request of the collection shows. */
const PROSE_ROWS = [
	{ vendor: 'Outseta', folderPath: ['Billing', 'Subscriptions'], name: 'Get all subscriptions', method: 'GET', host: '{{url}}', path: '/billing/subscriptions', queryParams: [], inferred: true },
	{ vendor: 'Outseta', folderPath: ['Billing', 'Invoices'], name: 'Get all invoices', method: 'GET', host: '{{url}}', path: '/billing/invoices', queryParams: [], inferred: true },
];

/**
 * Every Outseta row with a path. "Add discount to subscription" has no `{{url}}` in the collection
 * (host `(missing {{url}})`); it is served under the same /api/v1 root as the rest.
 */
function loadRows() {
	const rows = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'endpoints.json'), 'utf8'));
	return [...rows.filter((row) => row.vendor === 'Outseta' && row.path && row.path !== '/'), ...PROSE_ROWS];
}

const KINDS = {
	person: 'people',
	account: 'accounts',
	deal: 'deals',
	supportCase: 'cases',
	case: 'cases',
	activity: 'activities',
	emailListSubscription: 'listSubscriptions',
	subscription: 'subscriptions',
	invoice: 'invoices',
	transaction: 'transactions',
};

function createStore() {
	const ctx = createDb();
	const billing = createBilling(ctx);
	const crm = createCrm(ctx, billing);
	const engagement = createEngagement(ctx, crm);
	const auth = createAuth(ctx, crm, TEST_KEYS);
	const handlers = { ...crm.handlers, ...engagement.handlers, ...billing.handlers, ...auth.handlers };

	function reset({ empty = false } = {}) {
		ctx.clear();
		// An empty store has no records at all, not even the test user (give someone a password with /__sim/users).
		if (!empty) seedFromExamples(ctx, crm);
	}

	const tag = (kind, index) => `${kind}${index}-${crypto.randomBytes(3).toString('hex')}`;

	function generatedPerson(index, stamp, options = {}) {
		const name = tag('person', index);
		// The random tag keeps the email unique, so the O(n) uniqueness check is skipped for bulk seeds.
		return crm.createPerson({ Email: `${name}@example.com`, FirstName: 'Generated', LastName: `Person ${index}` }, { Created: stamp, trusted: true, ...options });
	}

	function generatedAccount(index, stamp, input, options = {}) {
		const account = ctx.add('accounts', crm.accountFields(input ?? { Name: `Generated Account ${index}`, AccountStage: [2, 3, 3, 4, 5][index % 5] }), { Created: stamp, ...options });
		ctx.logActivity(options.query, ACTIVITY_TYPES.AccountCreated, ENTITY_TYPES.Account, account.Uid, { description: account.Name, at: stamp });
		return account;
	}

	const firstOf = (collection) => ctx.byCreated(ctx.all(collection))[0];
	const ref = (collection, kind, reference, fallback) => (reference?.Uid ? ctx.mustFind(collection, kind, reference.Uid) : fallback());

	/** One record of `kind` from an API-shaped input (or generated), created at `stamp`. */
	function insertOne(kind, input, index, stamp, options) {
		const query = options.query;
		switch (kind) {
			case 'person':
				return input ? crm.createPerson(input, { Created: stamp, ...options }) : generatedPerson(index, stamp, options);
			case 'account':
				return generatedAccount(index, stamp, input, options);
			case 'deal': {
				const deal = ctx.add(
					'deals',
					{
						Name: input?.Name ?? `Generated Deal ${index}`,
						stageUid: ref('dealStages', 'DealPipelineStage', input?.DealPipelineStage, () => firstOf('dealStages') ?? ctx.add('dealStages', { Name: 'New' }))?.Uid,
						Amount: input?.Amount ?? 0,
						AssignedToPersonClientIdentifier: input?.AssignedToPersonClientIdentifier ?? null,
						accountUid: input?.Account?.Uid ? ctx.mustFind('accounts', 'Account', input.Account.Uid).Uid : null,
					},
					{ Created: stamp, visibleAfterMs: options.visibleAfterMs },
				);
				ctx.logActivity(query, ACTIVITY_TYPES.DealCreated, ENTITY_TYPES.Deal, deal.Uid, { description: deal.Name, at: stamp });
				return deal;
			}
			case 'case':
			case 'supportCase': {
				const person = ref('people', 'Person', input?.FromPerson, () => generatedPerson(index, stamp, { query }));
				return engagement.openCase(person, { Subject: `Generated case ${index}`, ...input }, { query, Created: stamp, visibleAfterMs: options.visibleAfterMs });
			}
			case 'activity': {
				const activity = ctx.logActivity(query, Number(input?.ActivityType ?? ACTIVITY_TYPES.Custom), Number(input?.EntityType ?? ENTITY_TYPES.Person), input?.EntityUid ?? ctx.uids.next(), {
					title: input?.Title,
					description: input?.Description ?? null,
					data: input?.ActivityData ?? null,
					at: stamp,
				});
				if (activity && input?.ActivityDateTime) activity.ActivityDateTime = toSecond(input.ActivityDateTime);
				if (activity && options.visibleAfterMs) activity.visibleAt = Date.now() + Number(options.visibleAfterMs);
				return activity;
			}
			case 'emailListSubscription': {
				const list = ref('emailLists', 'EmailList', input?.EmailList, () => firstOf('emailLists') ?? ctx.add('emailLists', { Name: 'Generated list', WelcomeSubject: null, WelcomeBody: null, WelcomeFromName: null, WelcomeFromEmail: null }));
				const person = input?.Person?.Uid
					? ctx.mustFind('people', 'Person', input.Person.Uid)
					: input?.Person?.Email
						? crm.personByEmail(input.Person.Email) ?? crm.createPerson(input.Person, { Created: stamp, query })
						: generatedPerson(index, stamp, { query });
				return engagement.subscribe(list, person, input?.SendWelcomeEmail === true, { query, Created: stamp, visibleAfterMs: options.visibleAfterMs });
			}
			case 'subscription': {
				const account = ref('accounts', 'Account', input?.Account, () => generatedAccount(index, stamp, undefined, { query }));
				const plan = input?.Plan ?? { Uid: firstOf('plans')?.Uid };
				return billing.createSubscription(account, { BillingRenewalTerm: 1, ...input, Plan: plan }, { query, start: input?.StartDate ? toSecond(input.StartDate) : stamp, Created: stamp, visibleAfterMs: options.visibleAfterMs });
			}
			case 'invoice': {
				const subscription = ref('subscriptions', 'Subscription', input?.Subscription, () => insertOne('subscription', undefined, index, stamp, { query }));
				const items = (input?.InvoiceLineItems ?? [{ Description: `Generated invoice ${index}`, Amount: 10 }]).map((item) => ({ StartDate: null, EndDate: null, UnitOfMeasure: '', Quantity: null, Rate: 0, Tax: 0, ...item }));
				const invoice = billing.saveInvoice(subscription, items, { invoiceDate: input?.InvoiceDate ? toSecond(input.InvoiceDate) : stamp, userGenerated: true, Created: stamp });
				if (options.visibleAfterMs) invoice.visibleAt = Date.now() + Number(options.visibleAfterMs);
				return invoice;
			}
			case 'transaction': {
				if (!input?.Invoice?.Uid) {
					const invoice = insertOne('invoice', undefined, index, stamp, { query });
					const transaction = ctx.where('transactions', 'invoiceUid', invoice.Uid)[0];
					if (options.visibleAfterMs) transaction.visibleAt = Date.now() + Number(options.visibleAfterMs);
					return transaction;
				}
				const invoice = ctx.mustFind('invoices', 'Invoice', input.Invoice.Uid);
				return ctx.add(
					'transactions',
					{
						TransactionDate: input.TransactionDate ? toSecond(input.TransactionDate) : stamp,
						BillingTransactionType: Number(input.BillingTransactionType ?? billing.TRANSACTION_TYPES.Payment),
						accountUid: invoice.accountUid,
						invoiceUid: invoice.Uid,
						Amount: input.Amount ?? -invoice.AmountOutstanding,
					},
					{ Created: stamp, visibleAfterMs: options.visibleAfterMs },
				);
			}
			default:
				throw new Error(`unknown kind ${kind}; one of ${Object.keys(KINDS).join(', ')}`);
		}
	}

	const TIMESTAMPS = { activity: 'ActivityDateTime', emailListSubscription: 'SubscribedDate', subscription: 'StartDate', invoice: 'InvoiceDate', transaction: 'TransactionDate' };

	const control = {
		/** `{people, accounts, created?, stepSeconds?}`: generated records, oldest first (no activities). */
		seed: ({ body }) => {
			const start = body.created ? toMillis(body.created) : Date.now() - 86400_000;
			const step = Number(body.stepSeconds ?? 1) * 1000;
			const quiet = { query: { donotlog: '1' } };
			let index = 0;
			for (let n = 0; n < (body.people ?? 0); n++, index++) generatedPerson(n, toSecond(start + index * step), quiet);
			for (let n = 0; n < (body.accounts ?? 0); n++, index++) generatedAccount(n, toSecond(start + index * step), undefined, quiet);
			return { people: ctx.db.people.size, accounts: ctx.db.accounts.size };
		},
		/**
		 * `{kind, count?, records?, Created?, visibleAfterMs?, donotlog?}`: records of any kind (person,
		 * account, deal, supportCase, activity, emailListSubscription, subscription, invoice,
		 * transaction) with a chosen `Created` (a record's own `Created` wins). `records` are API-shaped
		 * inputs (as the Add bodies); missing references are generated. A `Created` in the past makes
		 * a late record; `visibleAfterMs` keeps it out of every answer for that long. Creation
		 * activities are logged at the same time unless `donotlog`.
		 */
		insert: ({ body }) => {
			const kind = body.kind ?? 'person';
			if (!KINDS[kind]) throw new Error(`unknown kind ${kind}; one of ${Object.keys(KINDS).join(', ')}`);
			const inputs = body.records ?? Array.from({ length: Number(body.count ?? 1) }, () => null);
			const options = { visibleAfterMs: body.visibleAfterMs, query: body.donotlog ? { donotlog: '1' } : undefined };
			const size = ctx.db[KINDS[kind]].size;
			const inserted = inputs.map((input, index) => {
				const { Created, ...fields } = input ?? {};
				const when = Created ?? body.Created;
				const stamp = when ? toSecond(when) : nowSecond();
				const record = insertOne(kind, input ? fields : null, size + index, stamp, options);
				const timestamp = TIMESTAMPS[kind];
				return { Uid: record.Uid, Created: record.Created, ...(timestamp ? { [timestamp]: record[timestamp] } : {}) };
			});
			return { inserted };
		},
		/** Makes every record hidden with `visibleAfterMs` visible now. */
		reveal: () => {
			let revealed = 0;
			for (const collection of Object.values(ctx.db)) {
				for (const record of collection.values()) {
					if (record.visibleAt && record.visibleAt > Date.now()) {
						record.visibleAt = Date.now();
						revealed++;
					}
				}
			}
			return { revealed };
		},
		store: () => Object.fromEntries(Object.entries(ctx.db).map(([name, collection]) => [name, collection.size])),
		/** The emails the API would have sent (confirmations, welcomes, auto-responders, resets); DELETE clears. */
		emails: ({ method }) => {
			if (method === 'DELETE') ctx.outbox.length = 0;
			return ctx.outbox;
		},
		/** The ActivityType and EntityType numbers of the collection. */
		activityTypes: () => ({ ActivityType: ACTIVITY_TYPES, EntityType: ENTITY_TYPES, AccountStage: STAGE_LABELS }),
		...auth.control,
	};

	reset();
	return { handlers, control, reset, authenticate: auth.authenticate, ctx };
}

function createOutsetaSimulator(options = {}) {
	const store = createStore();
	const simulator = createSimulator(
		{
			rows: loadRows(),
			handlers: store.handlers,
			control: store.control,
			reset: store.reset,
			authenticate: store.authenticate,
			rateLimit: { max: 4, windowMs: 1000 },
			rateLimitResponse: () => ({ body: errorBody('API rate limit exceeded: at most 4 requests per second.') }),
			errorResponse: (status, message) => errorBody(message),
			notFoundRoute: (route) => ({ Message: `No HTTP resource was found that matches the request URI '${route}'.` }),
		},
		{ basePath: BASE_PATH, ...options },
	);
	simulator.store = store.ctx;
	return simulator;
}

module.exports = { createOutsetaSimulator, TEST_KEYS, TEST_USER, BASE_PATH, ACTIVITY_TYPES, ENTITY_TYPES, loadRows };

if (require.main === module) {
	runCli(() => createOutsetaSimulator());
}
