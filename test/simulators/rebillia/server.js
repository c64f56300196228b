'use strict';
/**
 * A stateful Rebillia API simulator (API Public): the 110 core requests under `/v1` and the 23
 * storefront requests under `/storefrontapi`, on one host.
 *
 * Data-driven: each collection request's saved success example is the template of its answer
 * (keys, JSON types, number and date formats; see render.js), records are seeded from the
 * examples, and the resource collection, its parents and the operation of most requests come
 * from the path (`/customers/{customer_id}/addressbooks/{id}` is an address book of a customer).
 * Creates start from the example response, merge the request body and take the next integer id
 * of their collection (ids only grow); updates merge; deletes answer 204 with no body. Action
 * requests (charge, void, refund, status, sync, swap, login, …) have small handlers below.
 *
 * Auth: core `X-AUTH-TOKEN: <api key>`; storefront `Authorization: Bearer <customer token>` from
 * Login Customer (a bare JSON string, valid 24 h). Errors: 401 `{"error":{"message"}}`, else
 * `{code, message}` with each request's own 400 example, `error_not_found_resource` for unknown
 * ids and `error_server_api` for 500. No rate limit unless configured.
 *
 * Inferred where the collection is silent (each also noted where it happens):
 * - page parameters: `itemPerPage` is documented, the page number is not; `page` is accepted
 *   (1-based, default 25 a page). Bare-array lists are unpaged unless one of the two is sent.
 * - `include` embeds the relations its examples show and leaves them out otherwise
 *   (an invoice's `detail` becomes `[]`, as in the examples requested without it; a product
 *   without `productRateplanCharge` names its rate plans by a link, as Update a Product answers).
 *   Rate plans always embed their charges, and charges their tiers: every example shows them,
 *   with include or without.
 * - integer amounts in request bodies are minor units (cents), as the examples convert them
 *   (a tier price 1251 → "12.51", a charge/credit 10000 → 100, shipping 1200 → "12.0000"), and
 *   integer weights and sizes hundredths (150 → "1.5000", 21 → 0.21); decimal strings and
 *   refund's query `amount` are major units. Invoice lines are the exception the examples leave
 *   open: Create an Invoice sends `"amount": "20.00"` and answers 0.2, but its answer is partly
 *   filler; lines are read in major units.
 * - ids named in request bodies must exist (400 with the request's own 400 example otherwise);
 *   so must the currency of a new company currency (the collection knows one: 124, USD), and Set
 *   a Company Currency as Default takes the currency's own id (124), not the company currency's
 *   (44), as its example sends.
 * - Test a Company Gateway answers the gateway: the collection shows no failure of a test (only
 *   404 for an unknown gateway and its 500), nor a field where a result would show, so none is
 *   invented; `/__sim/fail` gives a test its 500.
 *
 * Real databases do two things a trigger must live with, and the simulator can do both (controls
 * below, off by default): they hand out an auto-increment id when a row is written but show the
 * row only when its transaction commits, so with concurrent writers a lower id can become visible
 * after higher ones were served (`insert` with `hidden`, then `reveal`); and they return rows whose
 * sort key is equal in no defined order, which can differ from one request to the next, also
 * across the pages of one walk (`paging` with `shuffleTies`). Answers keep the examples' shapes.
 *
 * Run it alone with `node test/simulators/rebillia/server.js --port 0`, or require it.
 */
const crypto = require('node:crypto');
const path = require('node:path');
const fs = require('node:fs');
const { createSimulator, runCli, HttpError } = require('../lib/simulator');
const { project, strip, clone, toDate, stamp, isPlainObject } = require('./render');

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const CORE_HOST = '{{host}}/{{version}}';
const CORE_BASE_PATH = '/v1';
const STOREFRONT_PREFIX = '/storefrontapi';

const TEST_KEYS = Object.freeze({ apiKey: 'sim-rebillia-key-CANARY-3c9e' });
/** The store's public key as the collection's Settings request writes it. */
const STOREFRONT_PUBLIC_KEY = 'AS2DSJ4IQJBX4952VLSHY7Q7QZEPOIKL';
const STORE_JWT_SECRET = 'sim-rebillia-store-secret-CANARY';
const CUSTOMER_TOKEN_SECRET = 'sim-rebillia-customer-secret-CANARY';
const CUSTOMER_TOKEN_SECONDS = 86400;

const AUTH_REQUIRED = { error: { message: 'Authentication Required.' } };
const NOT_FOUND = { code: 'error_not_found_resource', message: 'The resource that try to access not exist in this company.' };
const SERVER_ERROR = { code: 'error_server_api', message: 'In this moment we can not process your request.' };
const INVALID_FORM = { code: 'error_form_attributes', message: 'Invalid form data' };
const SUBSCRIPTION_STATUSES = ['active', 'requestPayment', 'paused', 'archived', 'cancelled'];
const PRODUCT_STATUSES = ['pending', 'active', 'published', 'disabled', 'draft'];
const RATE_PLAN_STATUSES = ['pending', 'active', 'published', 'disabled', 'created', 'draft'];
const UNPAID_INVOICE = new Set(['posted', 'paymentDue', 'partialPaid', 'requestPayment', 'requiredAuthorization']);
const CLOSED_INVOICE = new Set(['paid', 'canceled', 'cancel', 'voided', 'refund', 'partialRefund']);
/** Stripe-style test nonce that makes a gateway charge fail (a declined transaction is recorded). */
const DECLINE_NONCE = 'tok_chargeDeclined';
const DEFAULT_PAGE_SIZE = 25;

const base64url = (input) => Buffer.from(input).toString('base64url');
const hmac = (secret, data) => crypto.createHmac('sha256', secret).update(data).digest('base64url');
const now = () => stamp(new Date());
const today = () => new Date().toISOString().slice(0, 10);
const isId = (value) => /^\d+$/.test(String(value ?? ''));
const round = (value, digits = 4) => Math.round(Number(value) * 10 ** digits) / 10 ** digits;
/** Integer amounts in request bodies are minor units (1251 → 12.51); decimals and strings are not. */
const fromMinor = (value) => (typeof value === 'number' && Number.isInteger(value) ? value / 100 : Number(value));
const rowKey = (row) => `${row.folderPath.join(' > ')}::${row.name}`;

// ---------------------------------------------------------------- fixtures, templates and shoppers

function loadRows() {
	const rows = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'endpoints.json'), 'utf8'));
	return rows.filter((row) => row.vendor === 'Rebillia');
}

const EXAMPLES = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'rebillia', 'examples.json'), 'utf8'));

function exampleOf(name, status) {
	const found = EXAMPLES.find(
		(example) =>
			example.name === name &&
			(status ? example.response.status === status : example.response.status >= 200 && example.response.status < 300),
	);
	return found;
}

const successBody = (name) => clone(exampleOf(name).response.body);

const isFake = (value) => isPlainObject(value) && Object.keys(value).length === 1 && /Too many levels/.test(String(value.value));
const allFake = (value) => isPlainObject(value) && Object.values(value).length > 0 && Object.values(value).every(isFake);

/**
 * Three list examples hold Postman's "Too many levels of nesting to fake this schema" stand-ins
 * for rate plan charges and charge tiers; their single-record siblings show the real objects.
 */
const FAKE_STAND_INS = {
	'rateplan[].rateplanCharge': () => successBody('Get a Subscription').rateplan[0].rateplanCharge,
	'productRatePlanCharge.chargeTier': () => successBody('Get an Invoice').detail[0].productRatePlanCharge.chargeTier,
	'ratePlanCharge.chargeTier': () => successBody('Get an Invoice').detail[0].ratePlanCharge.chargeTier,
};

function unfake(value, trail = '') {
	if (Array.isArray(value)) {
		if (value.length && value.every(allFake)) {
			const match = Object.keys(FAKE_STAND_INS).find((suffix) => trail.endsWith(suffix));
			return match ? FAKE_STAND_INS[match]() : value;
		}
		return value.map((element) => unfake(element, `${trail}[]`));
	}
	if (!isPlainObject(value)) return value;
	return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, unfake(child, trail ? `${trail}.${key}` : key)]));
}

const INVOICE_AMOUNTS = ['balanceDue', 'total', 'subtotalTaxExc', 'subtotalTaxInc', 'taxAmount', 'shippingAmount', 'refundAmount', 'taxRate'];

/**
 * The create/update invoice examples hold filler text ("in ni", "aliqua eu") and "13.6" where
 * every other invoice example holds 4-decimal amounts; those are served as 4-decimal amounts.
 */
function fixInvoiceAmounts(body) {
	const isInvoice = (value) => isPlainObject(value) && 'balanceDue' in value && 'invoiceNo' in value;
	if (!isInvoice(body)) return body;
	for (const key of INVOICE_AMOUNTS) {
		if (typeof body[key] === 'string' && !/^-?\d+\.\d{4}$/.test(body[key])) body[key] = '0.0000';
	}
	return body;
}

/** Per request: the success example (unfaked) as template, its status, and its 400 body. */
function buildTemplates(rows) {
	const byKey = new Map();
	for (const row of rows) {
		const examples = EXAMPLES.filter((example) => example.name === row.name && example.folderPath.join(' > ') === row.folderPath.join(' > '));
		const success = examples.find((example) => example.response.status >= 200 && example.response.status < 300);
		const badRequest = examples.find((example) => example.response.status === 400);
		byKey.set(rowKey(row), {
			status: success?.response.status ?? 200,
			body: success && success.response.body !== null ? fixInvoiceAmounts(unfake(clone(success.response.body))) : undefined,
			badRequest: badRequest?.response.body ?? INVALID_FORM,
		});
	}
	return byKey;
}

function storeJwtFor(shopper) {
	const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
	const payload = base64url(
		JSON.stringify({
			customer: { id: shopper.externalId, email: shopper.email, group_id: '0' },
			iss: 'bc/apps',
			sub: 'simstore',
			iat: 1700000000,
			exp: 4102444800,
			version: 1,
			aud: 'sim-app',
			application_id: 'sim-app',
			store_hash: 'simstore',
			operation: 'current_customer',
		}),
	);
	return `${header}.${payload}.CANARY-${hmac(STORE_JWT_SECRET, `${header}.${payload}`)}`;
}

/**
 * Shoppers who can log in to the storefront: the customer the storefront examples show (id 4,
 * BigCommerce customer 7) and the one the Login example names (`customer@email.com`, id 1,
 * seeded because the example's tokens refer to it).
 */
const TEST_SHOPPERS = Object.freeze(
	[
		{ customerId: 4, email: 'jonh.doe@example.com', externalId: 7 },
		{ customerId: 1, email: 'customer@email.com', externalId: 1 },
	].map((shopper) => Object.freeze({ ...shopper, storeJwt: storeJwtFor(shopper) })),
);
const TEST_STORE_JWT = TEST_SHOPPERS[0].storeJwt;

function verifyStoreJwt(token) {
	const parts = String(token ?? '').split('.');
	if (parts.length !== 3) return null;
	if (parts[2] !== `CANARY-${hmac(STORE_JWT_SECRET, `${parts[0]}.${parts[1]}`)}`) return null;
	try {
		return JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
	} catch {
		return null;
	}
}

// ---------------------------------------------------------------- relations

/** Record fields that name another record: the field holds that record, live. */
const LINK_COLLECTION = {
	customer: 'customers',
	companyGateway: 'gateways',
	customerPaymentMethod: 'paymentMethods',
	customerPaymentSource: 'paymentMethods',
	paymentMethod: 'paymentMethods',
	companyCurrency: 'currencies',
	invoice: 'invoices',
	subscription: 'subscriptions',
	companyIntegration: 'integrations',
	sourceCompanyIntegration: 'integrations',
	shippingCompanyIntegration: 'integrations',
	chargeCredit: 'chargesCredits',
	productRateplanCharge: 'productRatePlanCharges',
	rateplanCharge: 'subscriptionRatePlanCharges',
	product: 'products',
	billingAddress: 'addressBooks',
	shippingAddress: 'addressBooks',
};
const LINK_ALIASES = { customerPaymentSource: 'customerPaymentMethod', paymentMethod: 'customerPaymentMethod' };

/** Path parameters of parent resources: their collection and the link a child carries. */
const PARENTS = {
	customer_id: { collection: 'customers', link: 'customer' },
	subscription_id: { collection: 'subscriptions', link: 'subscription' },
	product_id: { collection: 'products', link: 'product' },
	product_rateplan_id: { collection: 'productRatePlans', link: 'ratePlan' },
	company_integration_id: { collection: 'integrations', link: 'companyIntegration' },
	rate_plan_id: { collection: 'subscriptionRatePlans', link: 'ratePlan' },
};

/** Path segment (or `parent/segment`) → collection. Anything else is an action request. */
const SEGMENT_COLLECTION = {
	'bill-run': 'billRuns',
	'customers/charges_credits': 'chargesCredits',
	currencies: 'currencies',
	gateways: 'gateways',
	'integrations/products': 'externalProducts',
	'integrations/external-invoices': 'externalInvoices',
	'shipping/services': 'shippingServices',
	integrations: 'integrations',
	'customers/addressbooks': 'addressBooks',
	'customers/paymentmethods': 'paymentMethods',
	customers: 'customers',
	'customers/invoices': 'invoices',
	'customers/logs': 'customerLogs',
	'customers/subscriptions': 'subscriptions',
	'companies/filters': 'filters',
	'filters/fields': 'filterFields',
	invoices: 'invoices',
	'products/product-rateplans': 'productRatePlans',
	'product-rateplans': 'productRatePlans',
	'product-rateplans/external-products': 'externalProductRatePlans',
	'product-rateplans/product-rateplan-charges': 'productRatePlanCharges',
	'product-rateplan-charges': 'productRatePlanCharges',
	products: 'products',
	'subscriptions/rateplans': 'subscriptionRatePlans',
	'subscriptions/rateplan-charges': 'subscriptionRatePlanCharges',
	'rateplans/rateplan-charges': 'subscriptionRatePlanCharges',
	subscriptions: 'subscriptions',
	'subscriptions/external-invoices': 'externalInvoices',
	'subscriptions/invoices': 'invoices',
	'subscriptions/logs': 'subscriptionLogs',
	transactions: 'transactions',
	// storefront (path after /storefrontapi), always scoped to the logged-in customer where it owns the records
	paymentmethods: 'paymentMethods',
	addressbooks: 'storefrontAddresses',
	'products/rateplans': 'productRatePlans',
};
const CUSTOMER_OWNED = new Set(['subscriptions', 'paymentMethods', 'storefrontAddresses']);

/** Deleting a record deletes what the prose says hangs off it. */
const CASCADE = {
	customers: [
		['addressBooks', 'customer'],
		['paymentMethods', 'customer'],
		['chargesCredits', 'customer'],
		['subscriptions', 'customer'],
		['customerLogs', 'customer'],
		['storefrontAddresses', 'customer'],
	],
	subscriptions: [
		['subscriptionRatePlans', 'subscription'],
		['subscriptionLogs', 'subscription'],
	],
	subscriptionRatePlans: [['subscriptionRatePlanCharges', 'ratePlan']],
	products: [['productRatePlans', 'product']],
	productRatePlans: [['productRatePlanCharges', 'ratePlan']],
	productRatePlanCharges: [['externalProductRatePlans', 'productRateplanCharge']],
};

/** `include` tokens (lower case) and the keys they embed; without the token the key is left out. */
const INCLUDE_GATES = {
	customers: {
		addressBook: 'addressbook',
		paymentMethods: 'paymentmethod',
		lastInvoice: 'lastinvoice',
		unpaidInvoice: 'unpaidinvoices',
		subscriptions: 'subscriptions',
		externalCustomer: 'externalcustomers',
	},
	invoices: { transaction: 'transactions', billRuns: 'billruns', externalInvoices: 'externalinvoices', detail: 'detail' },
	subscriptions: { rateplan: 'rateplan' },
	products: { externalProduct: 'externalproduct', salesChannels: 'saleschannels' },
};
/** Reference fields a body may set as plain values (the other `…Id` fields name records). */
const PLAIN_ID_FIELDS = new Set(['shippingServiceId', 'externalAddressId', 'offlinePaymentId']);
/** Free-form JSON served as stored. */
const OPAQUE = new Set(['jsonContent', 'externalDetail']);

const COUNTRIES = {
	240: { alpha2Code: 'US', alpha3Code: 'USA', flag: 'https://restcountries.eu/data/usa.svg', id: 240, name: 'United States of America', numericCode: 840 },
};
const CURRENCIES = {
	124: { flag: 'https://restcountries.eu/data/usa.svg', id: 124, iso3: 'USD', name: 'US Dollar', numericCode: 840, symbol: null },
};

/** How a product answered without its rate plans embedded names them: `/v1/products/8/product-rateplans/7`. */
const ratePlansLink = (productId, firstPlanId) => `/v1/products/${productId}/product-rateplans${firstPlanId === undefined ? '' : `/${firstPlanId}`}`;

function countryFrom(input, fallback) {
	if (input.countryId !== undefined) {
		return COUNTRIES[input.countryId] ?? { alpha2Code: '', alpha3Code: '', flag: '', id: Number(input.countryId), name: '', numericCode: 0 };
	}
	if (input.countryCode !== undefined) {
		return Object.values(COUNTRIES).find((country) => country.alpha2Code === String(input.countryCode).toUpperCase()) ?? fallback;
	}
	return fallback;
}

/** An address-shaped object merged with an address from a request body. */
function mergeAddress(existing, input) {
	if (!isPlainObject(input)) return existing;
	const { countryId, countryCode, ...fields } = input;
	// Street lines sent as null come back as empty strings, as the invoice examples answer them.
	for (const line of ['street1', 'street2']) if (fields[line] === null) fields[line] = '';
	return { ...(existing ?? {}), ...fields, country: countryFrom(input, existing?.country ?? null) };
}

/** An address book entry: an empty company comes back as null, as the address examples answer it. */
function addressFields(body, record) {
	const { countryId, countryCode, ...fields } = body;
	if (fields.company === '') fields.company = null;
	return { ...fields, country: countryFrom(body, record.country) };
}

// ---------------------------------------------------------------- the store

function createStore(rows) {
	const templates = buildTemplates(rows);
	const collections = new Map();
	const nextIds = new Map();
	const state = {
		defaultCurrencyId: 44,
		tokens: new Map(),
		logins: 0,
		paging: { ignorePage: false, cap: null, silent: false, whole: false, shuffleTies: false },
		/** Seeded generator for the order of equal sort keys when `paging.shuffleTies` is on. */
		tieSeed: 1,
		carts: new Map(),
		settings: null,
		clientTokens: new Map(),
		orderStatuses: [],
		shippingRates: [],
		nextOrderId: 244370,
		nextInvoiceNo: 1407,
	};

	const table = (name) => {
		if (!collections.has(name)) collections.set(name, new Map());
		return collections.get(name);
	};
	const get = (name, id) => (id === undefined || id === null ? undefined : table(name).get(Number(id)));
	// Rows not committed yet (`$hidden`, see the `insert` control) are in no list.
	const all = (name) => [...table(name).values()].filter((record) => !record.$hidden).sort((a, b) => a.id - b.id);
	const children = (name, link, id) => all(name).filter((record) => record.$links[link] === Number(id));

	function takeId(name) {
		const id = nextIds.get(name) ?? 1;
		nextIds.set(name, id + 1);
		return id;
	}

	/** Stores a record; a seeded id moves the counter past it, so ids only grow. */
	function put(name, fields, links = {}) {
		const id = fields.id ?? takeId(name);
		if (id >= (nextIds.get(name) ?? 1)) nextIds.set(name, id + 1);
		const record = { ...fields, id, $c: name, $links: { ...links } };
		table(name).set(id, record);
		return record;
	}

	function remove(name, id) {
		const record = get(name, id);
		if (!record) return;
		table(name).delete(record.id);
		for (const [child, link] of CASCADE[name] ?? []) {
			for (const dependent of children(child, link, record.id)) remove(child, dependent.id);
		}
	}

	const touch = (record) => {
		record.updatedAt = now();
		return record;
	};

	// ------------------------------------------------------------ computed fields

	function lastInvoiceOf(customer) {
		const invoices = children('invoices', 'customer', customer.id);
		const last = invoices[invoices.length - 1];
		if (!last) return null;
		return {
			total: Number(last.total),
			date: String(last.createdAt).slice(0, 10),
			companyCurrency: get('currencies', last.$links.companyCurrency) ?? get('currencies', state.defaultCurrencyId) ?? null,
		};
	}

	const COMPUTED = {
		customers: {
			addressBook: (record) => children('addressBooks', 'customer', record.id),
			paymentMethods: (record) => children('paymentMethods', 'customer', record.id),
			subscriptions: (record) => children('subscriptions', 'customer', record.id),
			unpaidInvoice: (record) => children('invoices', 'customer', record.id).filter((invoice) => UNPAID_INVOICE.has(invoice.status)),
			lastInvoice: lastInvoiceOf,
		},
		invoices: {
			transaction: (record) => children('transactions', 'invoice', record.id),
			billRuns: (record) => all('billRuns').filter((run) => run.$invoices.some((entry) => entry.invoiceId === record.id)),
			externalInvoices: (record) => children('externalInvoices', 'invoice', record.id),
		},
		subscriptions: {
			rateplan: (record) => children('subscriptionRatePlans', 'subscription', record.id),
			ratePlan: (record) => children('subscriptionRatePlans', 'subscription', record.id)[0] ?? null,
			externalRatePlanCharges: (record) => {
				const charges = new Set(children('subscriptionRatePlanCharges', 'subscription', record.id).map((charge) => charge.id));
				return all('externalRatePlanCharges').filter((link) => charges.has(link.$links.rateplanCharge));
			},
		},
		subscriptionRatePlans: {
			rateplanCharge: (record) => children('subscriptionRatePlanCharges', 'ratePlan', record.id),
			customerPaymentMethod: (record) => {
				const subscription = get('subscriptions', record.$links.subscription);
				return get('paymentMethods', subscription?.$links.customerPaymentMethod) ?? record.customerPaymentMethod;
			},
		},
		products: {
			productRateplan: (record, template) => {
				const plans = children('productRatePlans', 'product', record.id);
				return typeof template === 'string' ? ratePlansLink(record.id, plans[0]?.id) : plans;
			},
			productRatePlan: (record) => children('productRatePlans', 'product', record.id),
		},
		productRatePlans: {
			productRateplanCharge: (record) => children('productRatePlanCharges', 'ratePlan', record.id),
			product: (record) => `/v1/products/${record.$links.product}`,
		},
		subscriptionRatePlanCharges: {
			chargeTier: (record, template) => (typeof template === 'string' ? `/v1/subscriptions/${record.$links.subscription}?include=chargeTier` : undefined),
		},
		productRatePlanCharges: {
			productRateplan: (record) => `/v1/product-rateplans/${record.$links.ratePlan}`,
			externalProduct: (record) => children('externalProductRatePlans', 'productRateplanCharge', record.id),
		},
	};

	/** A record's field: computed lists, then live linked records, then the stored value. */
	function resolve(value, key, template) {
		if (!value || !value.$c) return value?.[key];
		const computed = COMPUTED[value.$c]?.[key];
		if (computed) {
			const result = computed(value, template);
			if (result !== undefined) return result;
		}
		const links = value.$links;
		const linkKey = key in links ? key : LINK_ALIASES[key] in links ? LINK_ALIASES[key] : null;
		if (linkKey && LINK_COLLECTION[key] && (template === null || typeof template === 'object')) {
			if (links[linkKey] === null) return null;
			const live = get(LINK_COLLECTION[key], links[linkKey]);
			if (live) return live;
			return null; // the linked record was deleted
		}
		return value[key];
	}

	function render(value, template) {
		return project(value, template, resolve, OPAQUE);
	}

	/** Leaves out the relations a GET did not `include`. */
	function gate(collection, body, query) {
		const gates = INCLUDE_GATES[collection];
		if (!gates || !isPlainObject(body)) return body;
		const included = new Set(
			String(query.include ?? '')
				.split(',')
				.map((token) => token.trim().toLowerCase())
				.filter(Boolean),
		);
		for (const [key, token] of Object.entries(gates)) {
			if (!(key in body) || included.has(token)) continue;
			if (collection === 'invoices' && key === 'detail') body.detail = [];
			else delete body[key];
		}
		if (collection === 'subscriptions' && Array.isArray(body.rateplan) && !included.has('rateplancharge')) {
			for (const plan of body.rateplan) if (isPlainObject(plan)) delete plan.rateplanCharge;
		}
		if (collection === 'products') {
			// Asked without `productRateplanCharge`, a product names its rate plans by a link, as the
			// product examples requested without include answer (Update a Product, Update a Product Status).
			if (Array.isArray(body.productRateplan) && !included.has('productrateplancharge')) {
				body.productRateplan = ratePlansLink(body.id, body.productRateplan[0]?.id);
			}
			// The intervals of its store products come with `externalInterval` only (Create an External Product shows none).
			if (Array.isArray(body.externalProduct) && !included.has('externalinterval')) {
				for (const entry of body.externalProduct) if (isPlainObject(entry)) delete entry.externalInterval;
			}
		}
		return body;
	}

	// ------------------------------------------------------------ seeds

	/** The collection's example records, plus the few records its requests refer to. */
	function seed({ empty = false } = {}) {
		collections.clear();
		nextIds.clear();
		state.tokens.clear();
		state.logins = 0;
		state.defaultCurrencyId = 44;
		state.nextOrderId = 244370;
		state.nextInvoiceNo = 1407;
		state.paging = { ignorePage: false, cap: null, silent: false, whole: false, shuffleTies: false };
		state.tieSeed = 1;

		// Company configuration (kept by an empty reset).
		put('currencies', successBody('Get a Company Currency'));
		put('gateways', successBody('Get a Company Gateway'));
		put('integrations', { ...successBody('Get All Company Integrations')[0], name: 'UPS', type: 'shipping', description: 'Description', $keyName: 'ups' });
		const bigcommerce = successBody('Get an Integration by key name');
		put('integrations', { ...successBody('Get a company integration by ID'), name: bigcommerce.name, type: bigcommerce.type, description: bigcommerce.description });
		const shopify = successBody('Get External Product Rate Plans')[0].companyIntegration;
		put('integrations', { ...shopify, name: 'Shopify', type: 'ecommerce', description: 'Description' });
		for (const service of successBody('Get All Company Shippings')) put('shippingServices', { ...service, id: table('shippingServices').size + 1 });
		for (const field of successBody('Get All Filters Fields')) put('filterFields', { ...field, $section: 'invoices' });
		state.orderStatuses = successBody('List All Order statuses');
		state.shippingRates = successBody('Calculate a shipping');
		state.settings = successBody('Settings');
		state.carts.set('7983092c-6f9f-47f2-b400-955569aaa58db', successBody('Check Cart has Subscription'));
		state.clientTokens.set(3412, successBody('Retrieve Gateway Client Token').publicKey);
		if (empty) {
			for (const name of ['customers', 'invoices', 'subscriptions', 'transactions', 'billRuns', 'products', 'productRatePlans']) {
				nextIds.set(name, Math.max(nextIds.get(name) ?? 1, 100));
			}
			return;
		}

		// Customers 4 (the examples' customer), 2 (the Create example) and 1 (the Login example's shopper).
		const { addressBook, paymentMethods, unpaidInvoice, subscriptions, lastInvoice, ...customer4 } = successBody('Get a Customer');
		const customer2 = successBody('Create a Customer');
		put('customers', customer1());
		put('customers', customer2);
		put('customers', customer4);
		function customer1() {
			const integration = successBody('Get a company integration by ID');
			return {
				...successBody('Create a Customer'),
				id: 1,
				email: 'customer@email.com',
				firstName: 'Store',
				lastName: 'Shopper',
				externalCustomer: [{ externalId: 1, type: 'normal', companyIntegration: integration }],
			};
		}
		put('addressBooks', successBody('Get a Customer Address'), { customer: 4 });
		put('paymentMethods', successBody('Get a Customer Payment Method'), { customer: 4, companyGateway: 3412 });
		put('gatewayProfiles', { id: 1, customer_id: 1, company_gateway_id: 3412, profile_id: 1 }, { customer: 1, companyGateway: 3412 });
		put('chargesCredits', { ...successBody('Get All Charges/Credits')[0], $status: 'unassigned' }, { customer: 4, companyCurrency: 44 });
		put('customerLogs', successBody('Get Customer Logs')[0], { customer: 4 });
		put('storefrontAddresses', successBody('Get all Address Books of Customer')[0], { customer: 4 });
		put('filters', { ...successBody('Get All Filters')[0] });

		// Catalog: product 8, rate plan 7, charges 79 and 88 (tier 70), external product rate plan 1.
		const { productRateplan, ...product } = successBody('Get a Product');
		put('products', product);
		const { productRateplanCharge, ...plan } = successBody('Get a Rate Plan');
		put('productRatePlans', plan, { product: 8 });
		put('productRatePlanCharges', productRateplanCharge[0], { ratePlan: 7 });
		const { externalProduct, ...charge88 } = successBody('Get a Rate Plan Charge');
		put('productRatePlanCharges', charge88, { ratePlan: 7 });
		put('externalProductRatePlans', successBody('Get External Product Rate Plans')[0], { productRateplanCharge: 79, ratePlan: 7, companyIntegration: 7 });
		put('externalProducts', successBody('Get an External Products'), { companyIntegration: 8 });

		// Subscription 1 of customer 4: rate plan 7 with charge 2777 (tier 14), logs 1 and 2.
		const { rateplan, ...subscription } = successBody('Get a Subscription');
		const storefront = successBody('Get a Subscription of Customer');
		const storefrontOnly = Object.fromEntries(
			['externalAddressId', 'externalProduct', 'subtotal', 'shipping'].map((key) => [key, storefront[key]]),
		);
		put('subscriptions', { ...subscription, ...storefrontOnly }, {
			customer: 4,
			companyCurrency: 44,
			companyGateway: 3412,
			customerPaymentMethod: 44,
			sourceCompanyIntegration: 8,
			shippingCompanyIntegration: 17,
			product: 8,
		});
		const { rateplanCharge, ...ratePlan } = successBody('Get the Subscription rate plan');
		put('subscriptionRatePlans', ratePlan, { subscription: 1 });
		put('subscriptionRatePlanCharges', successBody('Get the Subscription rate plan charge'), { ratePlan: 7, subscription: 1 });
		for (const log of successBody('Get the Subscription logs')) put('subscriptionLogs', log, { subscription: 1 });
		const { rateplanCharge: linkedCharge, ...externalCharge } = successBody('Update an External Rate Plan Charge');
		put('externalRatePlanCharges', externalCharge, { rateplanCharge: 2777, companyIntegration: 8 });

		// Invoice 1 (its transaction 5 and bill run 49) and the 25 posted invoices of the status example.
		const { transaction, billRuns, ...invoice1 } = successBody('Get an Invoice');
		const invoiceLinks = { customer: 4, companyGateway: 3412, customerPaymentMethod: 44, companyCurrency: 44, subscription: 1 };
		put('invoices', invoice1, invoiceLinks);
		for (const slim of successBody('Get an Invoice By Status').data) {
			for (const key of ['dateFrom', 'dateTo', 'dateDue']) slim[key] = stamp(toDate(slim[key]));
			put('invoices', {
				...invoice1,
				...slim,
				invoiceNo: String(slim.id),
				detail: [],
				refundAmount: '0.0000',
				createdAt: slim.dateFrom,
				updatedAt: slim.dateFrom,
				dateFrom: slim.dateFrom,
			}, invoiceLinks);
		}
		put('transactions', successBody('Get a Transaction').transaction, { customer: 4, companyGateway: 3412, customerPaymentMethod: 44, invoice: 1 });
		const { externalSubscriptionLogs, invoice: embeddedInvoice, ...externalInvoice } = successBody('Get All External Invoices')[0];
		put('externalInvoices', { ...externalInvoice, externalSubscriptionLogs }, { companyIntegration: 8, invoice: 1, subscription: 1 });
		put('billRuns', {
			...successBody('Get a Bill Run'),
			pid: null,
			timeOfDate: '07:00:00',
			$invoices: [...successBody('Get Bill Run Invoices'), { invoiceId: 1, status: 'completed', subscriptionId: 1 }],
		});
	}

	return { templates, state, table, get, all, children, put, remove, takeId, touch, render, gate, resolve, seed };
}

// ---------------------------------------------------------------- request handling

function createHandlers(rows, store) {
	const { templates, state, get, all, children, put, remove, takeId, touch, render, gate } = store;
	const meta = (row) => templates.get(rowKey(row));
	const notFound = () => new HttpError(404, NOT_FOUND);
	const badRequest = (row) => new HttpError(400, clone(meta(row).badRequest));
	const ok = (row, body, status) => ({ status: status ?? meta(row).status, body });
	const json = (body, status = 200) => ({ status, body });
	const respond = (row, value, status) => ok(row, render(value, meta(row).body), status);

	function requireRecord(collection, id) {
		if (!isId(id)) throw notFound();
		const record = get(collection, id);
		if (!record) throw notFound();
		return record;
	}

	/** Each `…Id` a body names must be a record we hold (`null` clears an optional link). */
	function requireRefs(row, body, refs) {
		const found = {};
		for (const [field, collection] of Object.entries(refs)) {
			if (body[field] === undefined || body[field] === null) continue;
			const record = isId(body[field]) ? get(collection, body[field]) : undefined;
			if (!record) throw badRequest(row);
			found[field] = record;
		}
		return found;
	}

	function requireObject(row, body, { nonEmpty = false } = {}) {
		if (!isPlainObject(body) || (nonEmpty && !Object.keys(body).length)) throw badRequest(row);
		return body;
	}

	const requireFields = (row, body, fields) => {
		for (const field of fields) if (body[field] === undefined || body[field] === null || body[field] === '') throw badRequest(row);
	};

	const validEmail = (value) => typeof value === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value);

	// ------------------------------------------------------------ lists

	function compareValues(a, b) {
		if (a === b) return 0;
		if (a === null || a === undefined) return 1;
		if (b === null || b === undefined) return -1;
		if (typeof a === 'number' && typeof b === 'number') return a - b;
		const numeric = /^-?\d+(\.\d+)?$/;
		if (numeric.test(String(a)) && numeric.test(String(b))) return Number(a) - Number(b);
		return String(a).localeCompare(String(b));
	}

	function nextTie() {
		state.tieSeed = (state.tieSeed * 1103515245 + 12345) % 2147483648;
		return state.tieSeed;
	}

	/** Narrowing by the query parameters the collection documents for lists. */
	function filterList(records, query) {
		let result = records;
		const text = (value) => String(value ?? '').toLowerCase();
		if (query.query) {
			const wanted = text(query.query);
			result = result.filter((record) =>
				Object.entries(record).some(([key, value]) => !key.startsWith('$') && (typeof value === 'string' || typeof value === 'number') && text(value).includes(wanted)),
			);
		}
		if (query.status) result = result.filter((record) => text(record.status ?? record.$status) === text(query.status));
		if (query.type) result = result.filter((record) => text(record.type ?? record.$type) === text(query.type));
		if (query.section) result = result.filter((record) => text(record.sectionId ?? record.$section) === text(query.section));
		if (query.externalId) result = result.filter((record) => text(record.externalId) === text(query.externalId));
		if (query.name) result = result.filter((record) => text(record.name).includes(text(query.name)));
		if (query.filterId) {
			// A saved filter narrows only by the one rule the examples spell out ("Created At Today").
			const filter = get('filters', query.filterId);
			if (filter && /today/i.test(`${filter.detail} ${filter.label}`)) {
				result = result.filter((record) => String(record.createdAt ?? '').startsWith(today()));
			}
		}
		if (query.orderBy) {
			const sign = String(query.sortBy ?? 'asc').toLowerCase() === 'desc' ? -1 : 1;
			// Equal sort keys: by id, or (shuffleTies) in a new order on every request, as databases may.
			const tie = new Map(result.map((record) => [record, state.paging.shuffleTies ? nextTie() : record.id]));
			result = [...result].sort((a, b) => sign * compareValues(a[query.orderBy], b[query.orderBy]) || tie.get(a) - tie.get(b));
		} else if (String(query.sortBy ?? '').toLowerCase() === 'desc') {
			result = [...result].reverse();
		}
		return result;
	}

	/** `page` (inferred, 1-based) and `itemPerPage` (documented); the paging switches apply here. */
	function pageOf(records, query, { always = false } = {}) {
		const paged = always || query.page !== undefined || query.itemPerPage !== undefined;
		if (!paged || (state.paging.whole && !always)) return { records, paged: false };
		let size = Math.max(1, Math.min(Number(query.itemPerPage) || DEFAULT_PAGE_SIZE, 1000));
		const page = state.paging.ignorePage ? 1 : Math.max(1, Number(query.page) || 1);
		const { cap, silent } = state.paging;
		if (cap && silent) {
			// Pages as if it served the size asked (offsets, itemsPerPage, totalPages), but sends at most `cap`.
			const start = (page - 1) * size;
			return { paged: true, page, size, total: records.length, pages: Math.ceil(records.length / size), records: records.slice(start, start + Math.min(size, cap)) };
		}
		if (cap) size = Math.min(size, cap);
		return {
			paged: true,
			page,
			size,
			total: records.length,
			pages: Math.ceil(records.length / size),
			records: records.slice((page - 1) * size, page * size),
		};
	}

	// ------------------------------------------------------------ generic operations

	function parseRow(row) {
		const storefront = row.host !== CORE_HOST;
		const parts = row.path.replace(new RegExp(`^${STOREFRONT_PREFIX}`), '').split('/').filter(Boolean);
		if (!parts.length || /^\{\w+\}$/.test(parts[0])) return null;
		const chain = [];
		for (const part of parts) {
			const param = part.match(/^\{(\w+)\}$/);
			if (param) chain[chain.length - 1].param = param[1];
			else chain.push({ literal: part });
		}
		const last = chain[chain.length - 1];
		const previous = chain[chain.length - 2];
		const collection = (previous && SEGMENT_COLLECTION[`${previous.literal}/${last.literal}`]) ?? SEGMENT_COLLECTION[last.literal];
		if (!collection) return null;
		const op = last.param
			? { GET: 'get', PUT: 'update', DELETE: 'delete' }[row.method]
			: { GET: 'list', POST: 'create' }[row.method];
		if (!op) return null;
		const parents = chain
			.slice(0, -1)
			.filter((entry) => entry.param)
			.map((entry) => ({ param: entry.param, ...PARENTS[entry.param] }));
		if (parents.some((parent) => !parent.collection)) return null;
		return { collection, op, idParam: last.param, parents, storefront, scoped: storefront && CUSTOMER_OWNED.has(collection) };
	}

	/** Parents exist and each hangs off the one before; returns their links for children. */
	function resolveParents(spec, params) {
		const links = {};
		let previous;
		for (const parent of spec.parents) {
			const record = requireRecord(parent.collection, params[parent.param]);
			if (previous && record.$links[previous.link] !== undefined && record.$links[previous.link] !== previous.record.id) throw notFound();
			links[parent.link] = record.id;
			previous = { ...parent, record };
		}
		return links;
	}

	function belongs(record, links, scope) {
		for (const [link, id] of Object.entries(links)) if (record.$links[link] !== id) return false;
		return !scope || record.$links.customer === scope;
	}

	const HOOKS = createHooks();

	function generic(row, spec) {
		const gated = row.queryParams.some((param) => param.name === 'include');
		const gateIf = (body, query) => (gated ? gate(spec.collection, body, query) : body);
		return (ctx) => {
			const links = resolveParents(spec, ctx.params);
			const scope = spec.scoped ? ctx.customerId : undefined;
			const hooks = HOOKS[spec.collection] ?? {};
			switch (spec.op) {
				case 'list': {
					let records = all(spec.collection).filter((record) => belongs(record, links, scope));
					records = filterList(records, ctx.query);
					const page = pageOf(records, ctx.query);
					const body = render(page.records, meta(row).body).map((element) => gateIf(element, ctx.query));
					return ok(row, body);
				}
				case 'get': {
					const record = requireRecord(spec.collection, ctx.params[spec.idParam]);
					if (!belongs(record, links, scope)) throw notFound();
					return ok(row, gateIf(render(record, meta(row).body), ctx.query));
				}
				case 'create': {
					const body = requireObject(row, ctx.body);
					if (!hooks.create) throw new Error(`${spec.collection} cannot be created`);
					const ownerLinks = scope ? { ...links, customer: scope } : links;
					const record = hooks.create(row, body, ownerLinks, ctx);
					return respond(row, record);
				}
				case 'update': {
					const record = requireRecord(spec.collection, ctx.params[spec.idParam]);
					if (!belongs(record, links, scope)) throw notFound();
					const body = requireObject(row, ctx.body, { nonEmpty: true });
					(hooks.update ?? defaultUpdate)(row, record, body, ctx);
					touch(record);
					return respond(row, record);
				}
				case 'delete': {
					const record = requireRecord(spec.collection, ctx.params[spec.idParam]);
					if (!belongs(record, links, scope)) throw notFound();
					remove(spec.collection, record.id);
					return { status: 204, body: '' };
				}
				default:
					throw new Error(`unknown operation ${spec.op}`);
			}
		};
	}

	/** Scalars and address-like objects of the body merged into the record. */
	function assign(record, body, { skip = [], minor = [] } = {}) {
		for (const [key, value] of Object.entries(body)) {
			if (skip.includes(key) || (key.endsWith('Id') && !PLAIN_ID_FIELDS.has(key)) || key === 'id') continue;
			if (minor.includes(key) && value !== null && value !== '') record[key] = fromMinor(value);
			else if (isPlainObject(value) && (isPlainObject(record[key]) || 'street1' in value || 'countryId' in value)) record[key] = mergeAddress(record[key], value);
			else if (!isPlainObject(value) && !Array.isArray(value)) record[key] = value;
		}
		return record;
	}

	function defaultUpdate(row, record, body) {
		assign(record, body);
	}

	/** A new record: the request's example response, the body merged in, a new id and fresh stamps. */
	function fromTemplate(row, { drop = [] } = {}) {
		const body = clone(meta(row).body) ?? {};
		for (const key of drop) delete body[key];
		delete body.id;
		const stampNow = now();
		if ('createdAt' in body) body.createdAt = stampNow;
		if ('updatedAt' in body) body.updatedAt = stampNow;
		return body;
	}

	// ------------------------------------------------------------ per-collection create/update rules

	function chargeFromInput(input, defaults, ids) {
		const { chargeTier, ...fields } = input;
		const charge = { ...clone(defaults) };
		delete charge.id;
		assign(charge, fields, { minor: ['weight', 'width', 'height', 'depth', 'fixedShippingPrice'] });
		const stampNow = now();
		charge.createdAt = stampNow;
		charge.updatedAt = stampNow;
		const tierTemplate = defaults.chargeTier?.[0] ?? {};
		charge.chargeTier = (Array.isArray(chargeTier) ? chargeTier : []).map((tier) => {
			const built = { ...clone(tierTemplate), ...tier, id: ids.tier(), createdAt: stampNow, updatedAt: stampNow };
			if (tier.price !== undefined) built.price = fromMinor(tier.price);
			return built;
		});
		if (charge.chargeTier.length && 'price' in charge) charge.price = charge.chargeTier[0].price;
		return charge;
	}

	const tierIds = { tier: () => takeId('chargeTiers') };

	function updateCharge(record, body) {
		const { chargeTier, ...fields } = body;
		assign(record, fields, { minor: ['weight', 'width', 'height', 'depth', 'fixedShippingPrice'] });
		if (Array.isArray(chargeTier)) record.chargeTier = chargeFromInput({ chargeTier }, record, tierIds).chargeTier;
		if (record.chargeTier?.length && 'price' in record) record.price = record.chargeTier[0].price;
	}

	function createProductRatePlan(row, input, productId, planDefaults, chargeDefaults) {
		const { productRateplanCharge, productRatePlanCharge, ...fields } = input;
		const plan = { ...clone(planDefaults) };
		delete plan.id;
		delete plan.productRateplanCharge;
		assign(plan, fields);
		plan.createdAt = now();
		plan.updatedAt = plan.createdAt;
		if (!fields.status) plan.status = 'draft';
		const record = put('productRatePlans', plan, { product: productId });
		for (const chargeInput of productRateplanCharge ?? productRatePlanCharge ?? []) {
			if (!isPlainObject(chargeInput)) throw badRequest(row);
			put('productRatePlanCharges', chargeFromInput(chargeInput, chargeDefaults, tierIds), { ratePlan: record.id });
		}
		return record;
	}

	const productPlanDefaults = () => {
		const { productRateplanCharge, ...plan } = successBody('Get a Rate Plan');
		return { plan, charge: productRateplanCharge[0] };
	};
	const subscriptionChargeDefaults = () => successBody('Get the Subscription rate plan charge');

	function createSubscriptionRatePlan(row, input, subscriptionId) {
		const { ratePlanCharge, rateplanCharge, productRatePlanId, productRateplanId, ...fields } = input;
		const productPlanId = productRatePlanId ?? productRateplanId;
		const productPlan = get('productRatePlans', productPlanId);
		if (!productPlan) throw badRequest(row);
		const product = get('products', productPlan.$links.product);
		const { rateplanCharge: ignored, ...defaults } = successBody('Get the Subscription rate plan');
		const plan = { ...defaults };
		delete plan.id;
		assign(plan, fields);
		Object.assign(plan, {
			productRateplanId: productPlan.id,
			productId: product?.id ?? null,
			productName: product?.name ?? null,
			name: fields.name ?? productPlan.name,
			status: 'active',
			lastCharge: null,
			createdAt: now(),
			updatedAt: now(),
		});
		const record = put('subscriptionRatePlans', plan, { subscription: subscriptionId });
		const inputs = ratePlanCharge ?? rateplanCharge;
		const charges = Array.isArray(inputs) && inputs.length
			? inputs
			: children('productRatePlanCharges', 'ratePlan', productPlan.id).map((charge) => ({
					...strip(charge),
					productRatePlanChargeId: charge.id,
					chargeTier: (charge.chargeTier ?? []).map((tier) => ({ ...strip(tier), price: String(tier.price) })),
					quantity: 1,
				}));
		for (const chargeInput of charges) createSubscriptionCharge(row, chargeInput, record);
		return record;
	}

	function createSubscriptionCharge(row, input, ratePlan) {
		if (!isPlainObject(input)) throw badRequest(row);
		const { productRatePlanChargeId, ...fields } = input;
		if (productRatePlanChargeId !== undefined && productRatePlanChargeId !== null && !get('productRatePlanCharges', productRatePlanChargeId)) {
			throw badRequest(row);
		}
		const charge = chargeFromInput(fields, subscriptionChargeDefaults(), tierIds);
		if (productRatePlanChargeId) charge.productRateplanChargeId = Number(productRatePlanChargeId);
		charge.status = 'active';
		charge.processedThroughDate = null;
		return put('subscriptionRatePlanCharges', charge, { ratePlan: ratePlan.id, subscription: ratePlan.$links.subscription });
	}

	function subscriptionAmounts(subscription) {
		const charges = children('subscriptionRatePlanCharges', 'subscription', subscription.id);
		const sum = (type) =>
			charges
				.filter((charge) => (type === 'recurring' ? charge.chargeType !== 'oneTime' && charge.chargeType !== 'usage' : charge.chargeType === type))
				.reduce((total, charge) => total + Number(charge.price ?? 0) * Number(charge.quantity ?? 1), 0);
		subscription.recurringChargeAmount = round(sum('recurring'));
		subscription.oneTimeChargeAmount = round(sum('oneTime'));
		subscription.usageChargeAmount = round(sum('usage'));
	}

	function invoiceLines(row, details) {
		if (!Array.isArray(details) || !details.length) throw badRequest(row);
		const template = successBody('Create an Invoice').detail[0];
		return details.map((line) => {
			if (!isPlainObject(line) || line.amount === undefined || line.amount === null || Number.isNaN(Number(line.amount))) throw badRequest(row);
			const credit = line.chargeCreditId ? get('chargesCredits', line.chargeCreditId) : null;
			if (line.chargeCreditId && !credit) throw badRequest(row);
			if (credit) credit.$status = 'assigned';
			const amount = Number(line.amount);
			const qty = Number(line.qty ?? 1);
			const taxRate = Number(line.taxRate ?? 0);
			const exc = round(amount * qty);
			const tax = round((exc * taxRate) / 100);
			return {
				...template,
				id: takeId('invoiceDetails'),
				amount,
				chargeCredit: credit,
				description: line.description ?? '',
				qty,
				taxAmount: tax,
				totalTaxExc: exc,
				totalTaxInc: round(exc + tax),
				taxRate,
				product: null,
				productRatePlanCharge: null,
				ratePlanCharge: null,
				subscription: null,
			};
		});
	}

	function applyInvoiceTotals(invoice) {
		const lines = Array.isArray(invoice.detail) ? invoice.detail : [];
		const exc = round(lines.reduce((total, line) => total + Number(line.totalTaxExc ?? 0), 0));
		const tax = round(lines.reduce((total, line) => total + Number(line.taxAmount ?? 0), 0));
		const shipping = Number(invoice.shippingAmount) || 0;
		invoice.subtotalTaxExc = exc;
		invoice.taxAmount = tax;
		invoice.subtotalTaxInc = round(exc + tax);
		invoice.taxRate = exc ? round((tax / exc) * 100) : 0;
		invoice.total = round(exc + tax + shipping);
		const paid = Number(invoice.$paid ?? 0);
		invoice.balanceDue = round(Math.max(invoice.total - paid, 0));
	}

	/** What a new invoice or subscription of a customer uses unless the body names it. */
	function customerDefaults(customer) {
		const method = children('paymentMethods', 'customer', customer.id)[0];
		const address = children('addressBooks', 'customer', customer.id)[0];
		return {
			customerPaymentMethod: method?.id ?? null,
			companyGateway: method?.$links.companyGateway ?? all('gateways')[0]?.id ?? null,
			companyCurrency: state.defaultCurrencyId,
			billingAddress: address?.id ?? null,
			shippingAddress: address?.id ?? null,
		};
	}

	function applyInvoiceInput(row, invoice, body, creating) {
		const refs = requireRefs(row, body, {
			customerId: 'customers',
			companyGatewayId: 'gateways',
			paymentMethodId: 'paymentMethods',
			companyCurrencyId: 'currencies',
			shippingCompanyIntegrationId: 'integrations',
			taxCompanyIntegrationId: 'integrations',
		});
		if (creating && !refs.customerId) throw badRequest(row);
		for (const field of ['dateDue', 'dateFrom', 'dateTo']) {
			if (body[field] !== undefined && body[field] !== null && !toDate(body[field])) throw badRequest(row);
		}
		if (body.paymentType !== undefined && !['thirdPartyPaymentProvider', 'offlinePaymentProvider', 'walletPaymentProvider'].includes(body.paymentType)) {
			throw badRequest(row);
		}
		const lines = body.detail !== undefined ? invoiceLines(row, body.detail) : undefined;
		assign(invoice, body, { skip: ['detail', 'billingAddress', 'shippingAddress', 'shippingAmount'] });
		for (const key of ['billingAddress', 'shippingAddress']) {
			if (isPlainObject(body[key])) invoice[key] = mergeAddress(invoice[key], body[key]);
		}
		if (body.shippingAmount !== undefined) invoice.shippingAmount = body.shippingAmount === null ? null : fromMinor(body.shippingAmount);
		if (lines) invoice.detail = lines;
		const links = invoice.$links ?? {};
		if (creating) {
			const { billingAddress, shippingAddress, ...defaults } = customerDefaults(refs.customerId);
			Object.assign(links, defaults);
		}
		if (refs.customerId) links.customer = refs.customerId.id;
		if (refs.companyGatewayId) links.companyGateway = refs.companyGatewayId.id;
		if (refs.paymentMethodId) links.customerPaymentMethod = refs.paymentMethodId.id;
		if (refs.companyCurrencyId) links.companyCurrency = refs.companyCurrencyId.id;
		for (const [field, key] of [
			['shippingCompanyIntegrationId', 'shippingCompanyIntegration'],
			['taxCompanyIntegrationId', 'taxCompanyIntegration'],
		]) {
			if (body[field] === null) invoice[key] = null;
			else if (refs[field]) invoice[key] = refs[field];
		}
		const customer = refs.customerId;
		if (customer) {
			if (body.customerEmail === undefined) invoice.customerEmail = customer.email;
			if (body.customerName === undefined) invoice.customerName = [customer.firstName, customer.lastName].filter(Boolean).join(' ');
		}
		return links;
	}

	function createHooks() {
		return {
			customers: {
				create(row, body) {
					requireFields(row, body, ['firstName', 'lastName', 'email']);
					if (!validEmail(body.email)) throw badRequest(row);
					const record = assign(fromTemplate(row), body, {
						skip: ['street1', 'street2', 'city', 'state', 'zip', 'contactName', 'type', 'company', 'contactEmail', 'contactPhone'],
					});
					record.customerId = body.customerId === undefined ? '' : String(body.customerId);
					record.externalCustomer = [];
					const customer = put('customers', record);
					if (body.street1 || body.city || body.zip) {
						const address = fromTemplate({ folderPath: ['Customers', 'Customer Addresses'], name: 'Create a Customer Address' });
						put('addressBooks', mergeAddress({ ...address, id: undefined, name: body.contactName ?? null, company: null, contactEmail: body.email, contactPhone: null }, {
							street1: body.street1 ?? '',
							street2: body.street2 ?? '',
							city: body.city ?? '',
							state: body.state ?? '',
							zip: body.zip ?? '',
							type: body.type ?? 'residential',
							contactName: body.contactName ?? `${body.firstName} ${body.lastName}`,
							...(body.countryId !== undefined ? { countryId: body.countryId } : {}),
						}), { customer: customer.id });
					}
					return customer;
				},
				update(row, record, body) {
					if (body.email !== undefined && !validEmail(body.email)) throw badRequest(row);
					for (const field of ['firstName', 'lastName']) if (body[field] !== undefined && (typeof body[field] !== 'string' || !body[field])) throw badRequest(row);
					assign(record, body);
					if (body.customerId !== undefined) record.customerId = String(body.customerId);
				},
			},
			addressBooks: {
				create(row, body, links) {
					requireFields(row, body, ['street1', 'city', 'zip']);
					if (body.countryId === undefined && body.countryCode === undefined) throw badRequest(row);
					const record = fromTemplate(row);
					Object.assign(record, addressFields(body, record));
					return put('addressBooks', record, links);
				},
				update(row, record, body) {
					for (const field of ['street1', 'city', 'zip']) if (body[field] !== undefined && !body[field]) throw badRequest(row);
					Object.assign(record, addressFields(body, record));
				},
			},
			paymentMethods: {
				create(row, body, links) {
					const refs = requireRefs(row, body, { companyGatewayId: 'gateways' });
					if (!refs.companyGatewayId || !['card', 'ACH'].includes(body.type)) throw badRequest(row);
					if (!isPlainObject(body.paymentMethod) || !body.paymentMethod.nonce) throw badRequest(row);
					if (body.type === 'ACH') requireFields(row, body, ['accountNumber', 'bankName', 'routingNumber']);
					const record = fromTemplate(row);
					const nonce = String(body.paymentMethod.nonce);
					const brand = /mastercard/i.test(nonce) ? ['MasterCard', '4444'] : /amex/i.test(nonce) ? ['American Express', '8431'] : ['Visa', '4242'];
					Object.assign(record, {
						accountName: body.accountName ?? record.accountName,
						type: body.type,
						verified: '',
						routingNumber: body.type === 'ACH' ? String(body.routingNumber) : null,
						bankName: body.type === 'ACH' ? String(body.bankName) : '',
						accountNumber: body.type === 'ACH' ? String(body.accountNumber).slice(-4) : brand[1],
						accountType: body.type === 'ACH' ? body.accountType ?? 'checking' : brand[0],
						expDate: `${new Date().getUTCMonth() + 1}/${new Date().getUTCFullYear() + 3}`,
						billingAddress: mergeAddress(record.billingAddress, body.billingAddress),
						$declines: nonce === DECLINE_NONCE,
					});
					return put('paymentMethods', record, { ...links, companyGateway: refs.companyGatewayId.id });
				},
				update(row, record, body) {
					if (body.billingAddress !== undefined && !isPlainObject(body.billingAddress)) throw badRequest(row);
					const refs = requireRefs(row, body, { companyGatewayId: 'gateways' });
					if (refs.companyGatewayId) record.$links.companyGateway = refs.companyGatewayId.id;
					assign(record, body, { skip: ['paymentMethod'] });
				},
			},
			chargesCredits: {
				create(row, body, links) {
					if (!['charge', 'credit'].includes(body.type)) throw badRequest(row);
					if (typeof body.amount !== 'number' || body.amount <= 0) throw badRequest(row);
					if (body.category !== undefined && !['physical', 'digital'].includes(body.category)) throw badRequest(row);
					const refs = requireRefs(row, body, { companyCurrencyId: 'currencies' });
					const currency = refs.companyCurrencyId ?? get('currencies', state.defaultCurrencyId);
					const record = assign(fromTemplate(row), body, { minor: ['amount', 'weight'] });
					const qty = Number(body.qty ?? 1);
					const rate = Number(currency?.conversionRate ?? 1);
					Object.assign(record, { qty, total: round(record.amount * qty), conversionRate: rate });
					record.currencyAmount = round(record.amount * rate);
					record.currencyTotal = round(record.total * rate);
					record.$status = 'unassigned';
					return put('chargesCredits', record, { ...links, companyCurrency: currency?.id ?? null });
				},
			},
			currencies: {
				create(row, body) {
					// The currency must be one Rebillia knows, like every id a body names; the collection shows one (124, USD).
					if (!isId(body.currencyId) || !CURRENCIES[body.currencyId]) throw badRequest(row);
					if (body.conversionRate !== undefined && !(Number(body.conversionRate) > 0)) throw badRequest(row);
					const record = fromTemplate(row);
					Object.assign(record, {
						currency: clone(CURRENCIES[body.currencyId]),
						conversionRate: Number(body.conversionRate ?? 1),
						fixedRate: body.fixedRate ?? record.fixedRate,
						companyGateway: all('gateways').map(strip),
					});
					return put('currencies', record);
				},
				update(row, record, body) {
					if (body.conversionRate !== undefined && !(Number(body.conversionRate) > 0)) throw badRequest(row);
					if (body.fixedRate !== undefined && typeof body.fixedRate !== 'boolean') throw badRequest(row);
					assign(record, body);
				},
			},
			gateways: {
				create(row, body) {
					if (!isId(body.gblGatewayId) || typeof body.displayName !== 'string' || !body.displayName) throw badRequest(row);
					const record = fromTemplate(row);
					Object.assign(record, { displayName: body.displayName, status: 'active', credentialsLastUpdate: now(), $setting: body.setting ?? null });
					return put('gateways', record);
				},
				update(row, record, body) {
					if (body.displayName !== undefined && (typeof body.displayName !== 'string' || !body.displayName)) throw badRequest(row);
					if (body.displayName) record.displayName = body.displayName;
					if (body.setting !== undefined) {
						record.$setting = body.setting;
						record.credentialsLastUpdate = now();
					}
				},
			},
			filters: {
				create(row, body) {
					requireFields(row, body, ['displayName', 'section']);
					if (body.rules !== undefined && !Array.isArray(body.rules)) throw badRequest(row);
					return put('filters', { ...fromTemplate(row), label: body.displayName, sectionId: body.section, detail: '', isEditable: true, status: 'active', $rules: body.rules ?? [] });
				},
			},
			invoices: {
				create(row, body) {
					const invoice = fromTemplate(row);
					Object.assign(invoice, {
						status: 'paymentDue',
						invoiceNo: String(state.nextInvoiceNo++),
						datePaid: null,
						dateVoid: null,
						dateRefund: null,
						datePaymentRetry: null,
						refundAmount: 0,
						shippingAmount: 0,
						offlinePaymentId: '',
						autoCollection: true,
						$paid: 0,
						$links: {},
					});
					const links = applyInvoiceInput(row, invoice, body, true);
					applyInvoiceTotals(invoice);
					const { $links, ...fields } = invoice;
					return put('invoices', fields, links);
				},
				update(row, record, body) {
					if (CLOSED_INVOICE.has(record.status)) throw badRequest(row);
					applyInvoiceInput(row, record, body, false);
					applyInvoiceTotals(record);
				},
			},
			billRuns: {
				update(row, record, body) {
					// The request sends `newDateTime` (ISO); the example's own body sends targetDate + timeOfDate.
					if (body.newDateTime !== undefined) {
						const date = toDate(body.newDateTime);
						if (!date) throw badRequest(row);
						record.targetDate = date.toISOString().slice(0, 10);
						record.timeOfDate = date.toISOString().slice(11, 19);
						return;
					}
					if (!toDate(body.targetDate) || !/^\d{2}:\d{2}(:\d{2})?$/.test(String(body.timeOfDate ?? ''))) throw badRequest(row);
					record.targetDate = String(body.targetDate).slice(0, 10);
					record.timeOfDate = body.timeOfDate.length === 5 ? `${body.timeOfDate}:00` : body.timeOfDate;
				},
			},
			productRatePlans: {
				create(row, body) {
					const refs = requireRefs(row, body, { productId: 'products' });
					if (!refs.productId || typeof body.name !== 'string' || !body.name) throw badRequest(row);
					const { plan, charge } = productPlanDefaults();
					return createProductRatePlan(row, body, refs.productId.id, plan, charge);
				},
				update(row, record, body) {
					if (body.name !== undefined && (typeof body.name !== 'string' || !body.name)) throw badRequest(row);
					assign(record, body, { skip: ['productRateplanCharge', 'status'] });
				},
			},
			productRatePlanCharges: {
				create(row, body) {
					const refs = requireRefs(row, body, { ratePlanId: 'productRatePlans' });
					if (!refs.ratePlanId || typeof body.name !== 'string' || !body.name) throw badRequest(row);
					if (body.chargeTier !== undefined && !Array.isArray(body.chargeTier)) throw badRequest(row);
					const defaults = { ...successBody('Get a Rate Plan Charge') };
					delete defaults.externalProduct;
					return put('productRatePlanCharges', chargeFromInput(body, defaults, tierIds), { ratePlan: refs.ratePlanId.id });
				},
				update(row, record, body) {
					if (body.name !== undefined && (typeof body.name !== 'string' || !body.name)) throw badRequest(row);
					if (body.chargeTier !== undefined && !Array.isArray(body.chargeTier)) throw badRequest(row);
					updateCharge(record, body);
				},
			},
			products: {
				create(row, body) {
					if (typeof body.name !== 'string' || !body.name) throw badRequest(row);
					const plans = body.productRatePlan ?? body.productRateplan ?? [];
					if (!Array.isArray(plans)) throw badRequest(row);
					const record = assign(fromTemplate(row, { drop: ['productRateplan'] }), body, { skip: ['productRatePlan', 'productRateplan'] });
					record.status = 'draft';
					record.externalProduct = [];
					record.salesChannels = [];
					const product = put('products', record);
					const { plan, charge } = productPlanDefaults();
					for (const input of plans) {
						if (!isPlainObject(input) || !input.name) throw badRequest(row);
						createProductRatePlan(row, input, product.id, plan, charge);
					}
					return product;
				},
				update(row, record, body) {
					if (body.name !== undefined && (typeof body.name !== 'string' || !body.name)) throw badRequest(row);
					assign(record, body, { skip: ['status', 'productRatePlan', 'productRateplan'] });
				},
			},
			externalProductRatePlans: {
				create(row, body) {
					const refs = requireRefs(row, body, { companyIntegrationId: 'integrations', productRatePlanChargeId: 'productRatePlanCharges' });
					if (!refs.companyIntegrationId || !refs.productRatePlanChargeId) throw badRequest(row);
					requireFields(row, body, ['externalId']);
					const record = fromTemplate(row);
					Object.assign(record, {
						externalId: String(body.externalId),
						externalName: body.externalName ?? record.externalName,
						externalSku: body.externalSku ?? record.externalSku,
						externalUrl: body.externalUrl ?? record.externalUrl,
						externalProduct: { companyIntegration: refs.companyIntegrationId, externalId: String(body.externalProductId ?? ''), productId: Number(body.externalProductId ?? 0) },
					});
					const charge = refs.productRatePlanChargeId;
					return put('externalProductRatePlans', record, {
						companyIntegration: refs.companyIntegrationId.id,
						productRateplanCharge: charge.id,
						ratePlan: charge.$links.ratePlan,
					});
				},
			},
			subscriptions: {
				create(row, body) {
					const refs = requireRefs(row, body, {
						customerId: 'customers',
						companyCurrencyId: 'currencies',
						companyGatewayId: 'gateways',
						customerPaymentMethodId: 'paymentMethods',
						billingAddressId: 'addressBooks',
						shippingAddressId: 'addressBooks',
					});
					if (!refs.customerId || typeof body.name !== 'string' || !body.name) throw badRequest(row);
					if (body.effectiveStartDate !== undefined && !toDate(body.effectiveStartDate)) throw badRequest(row);
					if (body.ratePlan !== undefined && !Array.isArray(body.ratePlan)) throw badRequest(row);
					const record = fromTemplate(row);
					Object.assign(record, {
						name: body.name,
						detail: body.detail ?? null,
						status: 'active',
						source: 'publicApi',
						lastCharge: null,
						lastBillRun: null,
						nextCharge: toDate(body.effectiveStartDate ?? today()) ? stamp(toDate(body.effectiveStartDate ?? today())) : now(),
						shippingAmount: null,
						shippingServiceId: body.shippingServiceId ?? null,
					});
					const defaults = customerDefaults(refs.customerId);
					const subscription = put('subscriptions', record, {
						customer: refs.customerId.id,
						companyCurrency: refs.companyCurrencyId?.id ?? defaults.companyCurrency,
						companyGateway: refs.companyGatewayId?.id ?? defaults.companyGateway,
						customerPaymentMethod: refs.customerPaymentMethodId?.id ?? defaults.customerPaymentMethod,
						billingAddress: refs.billingAddressId?.id ?? defaults.billingAddress,
						shippingAddress: refs.shippingAddressId?.id ?? defaults.shippingAddress,
					});
					for (const plan of body.ratePlan ?? []) {
						if (!isPlainObject(plan)) throw badRequest(row);
						createSubscriptionRatePlan(row, plan, subscription.id);
					}
					subscriptionAmounts(subscription);
					return subscription;
				},
				update(row, record, body) {
					const refs = requireRefs(row, body, {
						customerId: 'customers',
						companyCurrencyId: 'currencies',
						customerPaymentMethodId: 'paymentMethods',
						companyGatewayId: 'gateways',
						billingAddressId: 'addressBooks',
						shippingAddressId: 'addressBooks',
					});
					if (body.name !== undefined && (typeof body.name !== 'string' || !body.name)) throw badRequest(row);
					if (body.effectiveStartDate !== undefined && !toDate(body.effectiveStartDate)) throw badRequest(row);
					// The status changes through its own request (PUT …/status), not here.
					assign(record, body, { skip: ['rateplan', 'ratePlan', 'effectiveStartDate', 'status'] });
					if (refs.customerId) record.$links.customer = refs.customerId.id;
					if (refs.companyCurrencyId) record.$links.companyCurrency = refs.companyCurrencyId.id;
					if (refs.customerPaymentMethodId) record.$links.customerPaymentMethod = refs.customerPaymentMethodId.id;
					if (refs.companyGatewayId) record.$links.companyGateway = refs.companyGatewayId.id;
					if (refs.billingAddressId) record.$links.billingAddress = refs.billingAddressId.id;
					if (refs.shippingAddressId) record.$links.shippingAddress = refs.shippingAddressId.id;
					for (const plan of Array.isArray(body.rateplan) ? body.rateplan : []) {
						if (!isPlainObject(plan)) throw badRequest(row);
						createSubscriptionRatePlan(row, plan, record.id);
					}
					subscriptionAmounts(record);
				},
			},
			subscriptionRatePlans: {
				create(row, body, links) {
					if (typeof body.name !== 'string' || !body.name) throw badRequest(row);
					const plan = createSubscriptionRatePlan(row, body, links.subscription);
					subscriptionAmounts(get('subscriptions', links.subscription));
					return plan;
				},
				update(row, record, body) {
					if (body.name !== undefined && (typeof body.name !== 'string' || !body.name)) throw badRequest(row);
					assign(record, body, { skip: ['rateplanCharge', 'ratePlanCharge'] });
				},
			},
			subscriptionRatePlanCharges: {
				create(row, body, links) {
					if (typeof body.name !== 'string' || !body.name) throw badRequest(row);
					const charge = createSubscriptionCharge(row, body, get('subscriptionRatePlans', links.ratePlan));
					subscriptionAmounts(get('subscriptions', links.subscription));
					return charge;
				},
				update(row, record, body) {
					if (body.name !== undefined && (typeof body.name !== 'string' || !body.name)) throw badRequest(row);
					if (body.chargeTier !== undefined && !Array.isArray(body.chargeTier)) throw badRequest(row);
					updateCharge(record, body);
					subscriptionAmounts(get('subscriptions', record.$links.subscription));
				},
			},
		};
	}

	// ------------------------------------------------------------ actions

	function addSubscriptionLog(subscription, name, message, jsonContent, level = 'info') {
		const [template] = successBody('Get the Subscription logs');
		const stampNow = now();
		return put('subscriptionLogs', { ...template, id: undefined, name, message, level, jsonContent, source: 'publicApi', createdAt: stampNow, updatedAt: stampNow }, { subscription: subscription.id });
	}

	function setSubscriptionStatus(row, subscription, status) {
		if (!SUBSCRIPTION_STATUSES.includes(status)) throw row ? badRequest(row) : new Error(`status must be one of ${SUBSCRIPTION_STATUSES.join(', ')}`);
		const previous = subscription.status;
		subscription.status = status;
		touch(subscription);
		if (previous !== status) {
			addSubscriptionLog(subscription, 'subscription_status_changed', 'A subscription status has been changed.', {
				request: [],
				subscriptionId: subscription.id,
				from: previous,
				to: status,
			});
		}
		return subscription;
	}

	function newTransaction(invoice, fields, links) {
		const template = successBody('Get a Transaction').transaction;
		const stampNow = now();
		return put('transactions', {
			...template,
			id: undefined,
			companyPaymentRun: null,
			errorMessage: '',
			kind: 'api',
			parentId: '',
			transactionId: `sim_${crypto.randomBytes(8).toString('hex')}`,
			createdAt: stampNow,
			updatedAt: stampNow,
			invoiceId: invoice?.id ?? null,
			...fields,
		}, {
			customer: invoice?.$links.customer ?? null,
			companyGateway: invoice?.$links.companyGateway ?? null,
			customerPaymentMethod: invoice?.$links.customerPaymentMethod ?? null,
			invoice: invoice?.id ?? null,
			...links,
		});
	}

	function payInvoice(invoice, amount) {
		invoice.$paid = round(Number(invoice.$paid ?? 0) + amount);
		invoice.balanceDue = round(Math.max(Number(invoice.balanceDue) - amount, 0));
		if (invoice.balanceDue <= 0) {
			invoice.status = 'paid';
			invoice.datePaid = now();
		} else {
			invoice.status = 'partialPaid';
		}
		touch(invoice);
	}

	function chargeInvoice(row, ctx) {
		const invoice = requireRecord('invoices', ctx.params.invoice_id);
		const body = requireObject(row, ctx.body);
		if (typeof body.amount !== 'number' || !Number.isInteger(body.amount) || body.amount <= 0) throw badRequest(row);
		const amount = body.amount / 100;
		if (CLOSED_INVOICE.has(invoice.status) || amount > Number(invoice.balanceDue) + 0.00001) throw badRequest(row);
		const templates = meta(row).body;
		if (body.paymentType === 'offlinePaymentProvider') {
			// External payment: record what another gateway already took.
			if (body.transactionId === undefined || body.transactionId === null || body.transactionId === '') throw badRequest(row);
			const transaction = newTransaction(invoice, {
				amount,
				status: 'settled',
				type: 'sale',
				paymentType: 'offlinePaymentProvider',
				paymentMethod: body.accountType ?? '',
				paymentAccountName: body.accountName ?? '',
				paymentAccountNumber: '',
				paymentExpDate: '',
				transactionId: String(body.transactionId),
			}, { customerPaymentMethod: null });
			invoice.offlinePaymentId = String(body.transactionId);
			invoice.paymentType = 'offlinePaymentProvider';
			payInvoice(invoice, amount);
			return ok(row, { invoice: render(invoice, templates.invoice), transaction: render(transaction, templates.transaction) });
		}
		const refs = requireRefs(row, body, { paymentMethodId: 'paymentMethods' });
		const method = refs.paymentMethodId ?? get('paymentMethods', invoice.$links.customerPaymentMethod);
		if (!method && !body.paymentNonce) throw badRequest(row);
		const declined = body.paymentNonce === DECLINE_NONCE || Boolean(method?.$declines && !body.paymentNonce);
		const fields = {
			amount,
			type: 'sale',
			paymentType: method?.type ?? 'card',
			paymentMethod: method?.accountType ?? 'Visa',
			paymentAccountName: method?.accountName ?? body.accountName ?? '',
			paymentAccountNumber: method?.accountNumber ?? '',
			paymentExpDate: method?.expDate ?? '',
		};
		const links = { customerPaymentMethod: method?.id ?? null, companyGateway: method?.$links.companyGateway ?? invoice.$links.companyGateway ?? null };
		if (declined) {
			newTransaction(invoice, { ...fields, status: 'declined', errorMessage: 'Your card was declined.' }, links);
			invoice.datePaymentRetry = now();
			touch(invoice);
			throw badRequest(row);
		}
		const authorizeOnly = /^authorize(Only)?$/.test(String(body.settlement ?? ''));
		const transaction = newTransaction(invoice, { ...fields, status: authorizeOnly ? 'authorized' : 'settled' }, links);
		payInvoice(invoice, amount);
		return ok(row, { invoice: render(invoice, templates.invoice), transaction: render(transaction, templates.transaction) });
	}

	function listBy(row, records, ctx) {
		const page = pageOf(filterList(records, ctx.query), ctx.query);
		return ok(row, render(page.records, meta(row).body));
	}

	/** The storefront customer's subscription rate plan charge, or 404. */
	function customerCharge(ctx) {
		const charge = requireRecord('subscriptionRatePlanCharges', ctx.params.rate_plan_charge_id);
		const subscription = get('subscriptions', charge.$links.subscription);
		if (!subscription || subscription.$links.customer !== ctx.customerId) throw notFound();
		return { charge, subscription };
	}

	function customerSubscription(ctx) {
		const subscription = requireRecord('subscriptions', ctx.params.subscription_id);
		if (subscription.$links.customer !== ctx.customerId) throw notFound();
		return subscription;
	}

	function requirePublicKey(ctx) {
		if (ctx.params.publicKey !== STOREFRONT_PUBLIC_KEY) throw notFound();
	}

	const chargesOf = (subscription) => children('subscriptionRatePlanCharges', 'subscription', subscription.id);
	const chargesTotal = (charges) => round(charges.reduce((total, charge) => total + Number(charge.price ?? 0) * Number(charge.quantity ?? 1), 0));

	function issueCustomerToken(customer, shopperExternalId) {
		const issuedAt = Math.floor(Date.now() / 1000);
		const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
		const payload = base64url(
			JSON.stringify({
				iat: issuedAt,
				exp: issuedAt + CUSTOMER_TOKEN_SECONDS,
				companyIntegrationId: customer.externalCustomer?.[0]?.companyIntegration?.id ?? 8,
				customerId: customer.id,
				externalId: shopperExternalId,
				email: customer.email,
				type: 'normal',
				jti: crypto.randomBytes(6).toString('hex'),
			}),
		);
		const token = `${header}.${payload}.${hmac(CUSTOMER_TOKEN_SECRET, `${header}.${payload}`)}`;
		state.tokens.set(token, { customerId: customer.id, expiresAt: (issuedAt + CUSTOMER_TOKEN_SECONDS) * 1000 });
		return token;
	}

	const actions = {
		'Get All Invoices': (row, ctx) => {
			if (ctx.query.status === undefined) return null;
			// Get an Invoice By Status: the one list the collection shows paged, in its slim item shape.
			const template = templates.get(rowKey(rows.find((candidate) => candidate.name === 'Get an Invoice By Status'))).body;
			const records = filterList(all('invoices'), ctx.query);
			const page = pageOf(records, ctx.query, { always: true });
			return json({
				currentPageNumber: page.page,
				itemsPerPage: page.size,
				totalItems: page.total,
				totalPages: page.pages,
				// The envelope writes dates ISO with +00:00, datePaid too once an invoice is paid.
				data: render(page.records, template.data).map((item) => ({
					...item,
					datePaid: item.datePaid === null ? null : `${String(toDate(item.datePaid)?.toISOString() ?? item.datePaid).slice(0, 19)}+00:00`,
				})),
			});
		},
		'Get Bill Run Invoices': (row, ctx) => {
			const run = requireRecord('billRuns', ctx.params.bill_run_id);
			return ok(row, render(run.$invoices, meta(row).body));
		},
		'Get default Company Currency': (row) => {
			const currency = get('currencies', state.defaultCurrencyId) ?? all('currencies')[0];
			if (!currency) throw notFound();
			return respond(row, currency);
		},
		'Set a Company Currency as default': (row, ctx) => {
			const body = requireObject(row, ctx.body);
			// By the currency's own id (124 in the example, whose company currency is 44), not the company currency's.
			const currency = all('currencies').find((candidate) => candidate.currency?.id === Number(body.currencyId));
			if (!isId(body.currencyId) || !currency) throw badRequest(row);
			state.defaultCurrencyId = currency.id;
			return respond(row, touch(currency));
		},
		'Test a Company Gateway': (row, ctx) => respond(row, requireRecord('gateways', ctx.params.company_gateway_id)),
		'List All Order statuses': (row, ctx) => {
			requireRecord('integrations', ctx.params.company_integration_id);
			return ok(row, clone(state.orderStatuses));
		},
		'Calculate a shipping': (row, ctx) => {
			const body = requireObject(row, ctx.body);
			requireFields(row, body, ['zip', 'country']);
			if (!(Number(body.weight) > 0)) throw badRequest(row);
			// Carrier rates are not modelled: every shipping service quotes the example's rate.
			return ok(row, clone(state.shippingRates));
		},
		'Get a company integration by ID': (row, ctx) => respond(row, requireRecord('integrations', ctx.params.company_integration_id)),
		'Get an Integration by key name': (row, ctx) => {
			const wanted = String(ctx.params.integration_key_name).toLowerCase();
			const integration = all('integrations').find((candidate) => String(candidate.name).toLowerCase() === wanted);
			if (!integration) throw notFound();
			return respond(row, integration);
		},
		'Get All Company Integrations by key name.': (row, ctx) => {
			const wanted = String(ctx.params.integration_key_name).toLowerCase();
			return ok(row, render(all('integrations').filter((candidate) => String(candidate.name).toLowerCase() === wanted), meta(row).body));
		},
		'Create a Customer Gateway Profile': (row, ctx) => {
			const customer = requireRecord('customers', ctx.params.customer_id);
			const body = requireObject(row, ctx.body);
			const refs = requireRefs(row, body, { companyGatewayId: 'gateways' });
			if (!refs.companyGatewayId || typeof body.profile !== 'string' || !body.profile) throw badRequest(row);
			const profile = put('gatewayProfiles', { customer_id: customer.id, company_gateway_id: refs.companyGatewayId.id, $profile: body.profile }, { customer: customer.id, companyGateway: refs.companyGatewayId.id });
			profile.profile_id = profile.id;
			return respond(row, profile);
		},
		'Insert Customer Payment Method': (row, ctx) => {
			const customer = requireRecord('customers', ctx.params.customer_id);
			const body = requireObject(row, ctx.body);
			const refs = requireRefs(row, body, { customerGatewayProfileId: 'gatewayProfiles', customerAddressBookId: 'addressBooks' });
			requireFields(row, body, ['token', 'type', 'accountNumber']);
			if (!refs.customerGatewayProfileId) throw badRequest(row);
			const record = fromTemplate(row);
			Object.assign(record, {
				accountName: body.accountName ?? record.accountName,
				accountNumber: String(body.accountNumber).slice(-4),
				accountType: body.accountType ?? record.accountType,
				bankName: body.bankName ?? '',
				routingNumber: body.routingNumber ?? null,
				type: body.type,
				verified: '',
				expDate: body.expMonth && body.expYear ? `${body.expMonth}/${body.expYear}` : record.expDate,
			});
			const address = refs.customerAddressBookId;
			if (address) record.billingAddress = { city: address.city, country: address.country, state: address.state, street1: address.street1, street2: address.street2, zip: address.zip };
			return respond(row, put('paymentMethods', record, { customer: customer.id, companyGateway: refs.customerGatewayProfileId.company_gateway_id }));
		},
		'Charge an Invoice': chargeInvoice,
		'Cancel an Invoice': (row, ctx) => {
			const invoice = requireRecord('invoices', ctx.params.invoice_id);
			if (CLOSED_INVOICE.has(invoice.status) || Number(invoice.$paid ?? 0) > 0) throw badRequest(row);
			// The example answers a cancelled invoice with `dateVoid` still null.
			invoice.status = 'canceled';
			return respond(row, touch(invoice));
		},
		'Update a Rate Plan Status': (row, ctx) => {
			const plan = requireRecord('productRatePlans', ctx.params.product_rateplan_id);
			const body = requireObject(row, ctx.body);
			if (!RATE_PLAN_STATUSES.includes(body.status)) throw badRequest(row);
			plan.status = body.status;
			return respond(row, touch(plan));
		},
		'Sync a Rate Plan': (row, ctx) => {
			const plan = requireRecord('productRatePlans', ctx.params.product_rateplan_id);
			plan.isSync = true;
			touch(plan);
			return { status: 200, body: '' };
		},
		'Update a Product Status': (row, ctx) => {
			const product = requireRecord('products', ctx.params.product_id);
			const body = requireObject(row, ctx.body);
			if (!PRODUCT_STATUSES.includes(body.status)) throw badRequest(row);
			product.status = body.status;
			return respond(row, touch(product));
		},
		'Create an External Product': (row, ctx) => {
			const product = requireRecord('products', ctx.params.product_id);
			const body = requireObject(row, ctx.body);
			const refs = requireRefs(row, body, { companyIntegrationId: 'integrations' });
			if (!refs.companyIntegrationId || body.productId === undefined || body.productId === null || !isPlainObject(body.settings)) throw badRequest(row);
			const external = { companyIntegration: refs.companyIntegrationId, externalId: String(body.productId), productId: product.id, externalInterval: [], $settings: body.settings };
			product.externalProduct = [...(product.externalProduct ?? []), external];
			return respond(row, touch(product));
		},
		'Delete an External Product': (row, ctx) => {
			const product = requireRecord('products', ctx.params.product_id);
			const list = product.externalProduct ?? [];
			const index = list.findIndex((entry) => String(entry.externalId) === String(ctx.params.external_product_id));
			if (index < 0) throw notFound();
			list.splice(index, 1);
			touch(product);
			return { status: 204, body: '' };
		},
		'Get all Subscription External Invoices by Company Integration': (row, ctx) => {
			const subscription = requireRecord('subscriptions', ctx.params.subscription_id);
			const integration = requireRecord('integrations', ctx.params.company_integration_id);
			const records = all('externalInvoices').filter((record) => record.$links.subscription === subscription.id && record.$links.companyIntegration === integration.id);
			return listBy(row, records, ctx);
		},
		'Update a Subscription Status': (row, ctx) => {
			const subscription = ctx.storefront ? customerSubscription(ctx) : requireRecord('subscriptions', ctx.params.subscription_id);
			const body = requireObject(row, ctx.body);
			return respond(row, setSubscriptionStatus(row, subscription, body.status));
		},
		'Get the Subscription next bill': (row, ctx) => {
			const subscription = requireRecord('subscriptions', ctx.params.subscription_id);
			const items = chargesOf(subscription);
			const subtotal = chargesTotal(items);
			const shipping = Number(subscription.shippingAmount) || 0;
			return respond(row, { ...subscription, items, subtotal, taxAmount: 0, grandTotal: round(subtotal + shipping) });
		},
		'Get Subscriptions upcoming': (row, ctx) => {
			const subscription = requireRecord('subscriptions', ctx.params.subscription_id);
			const date = toDate(ctx.query.date) ? String(ctx.query.date).slice(0, 10) : String(subscription.nextCharge ?? today()).slice(0, 10);
			const plans = children('subscriptionRatePlans', 'subscription', subscription.id);
			const upcoming =
				subscription.status === 'active'
					? [{
							date,
							ratePlans: plans.map((plan) => ({ name: plan.name, ratePlanCharges: children('subscriptionRatePlanCharges', 'ratePlan', plan.id) })),
							shipping: Number(subscription.shippingAmount) || 0,
							subtotal: chargesTotal(chargesOf(subscription)),
						}]
					: [];
			return respond(row, { ...subscription, upcomingCharges: upcoming });
		},
		'Get a Transaction': (row, ctx) => {
			const transaction = requireRecord('transactions', ctx.params.transaction_id);
			const template = meta(row).body;
			return ok(row, {
				transaction: render(transaction, template.transaction),
				dataGateway: '',
				invoice: render(get('invoices', transaction.$links.invoice) ?? null, template.invoice),
			});
		},
		'Create a Refund': (row, ctx) => {
			const original = requireRecord('transactions', ctx.params.transaction_id);
			// The amount travels in the query string, in major units (`?amount=2.5`).
			const amount = Number(ctx.query.amount);
			const refunded = children('transactions', 'invoice', original.$links.invoice ?? -1)
				.filter((entry) => entry.type === 'refund' && entry.parentId === String(original.id) && entry.status !== 'voided')
				.reduce((total, entry) => total + Number(entry.amount), 0);
			if (!(amount > 0) || original.type !== 'sale' || original.status !== 'settled' || amount > round(Number(original.amount) - refunded) + 0.00001) {
				throw badRequest(row);
			}
			const invoice = get('invoices', original.$links.invoice);
			const refund = newTransaction(invoice, {
				amount,
				type: 'refund',
				status: 'settled',
				parentId: String(original.id),
				paymentType: original.paymentType,
				paymentMethod: original.paymentMethod,
				paymentAccountName: original.paymentAccountName,
				paymentAccountNumber: original.paymentAccountNumber,
				paymentExpDate: original.paymentExpDate,
			}, { ...original.$links });
			if (invoice) {
				invoice.refundAmount = amount;
				invoice.dateRefund = now();
				invoice.status = round(refunded + amount) >= Number(original.amount) ? 'refund' : 'partialRefund';
				touch(invoice);
			}
			return respond(row, refund);
		},
		'Void a Transaction': (row, ctx) => {
			const transaction = requireRecord('transactions', ctx.params.transaction_id);
			if (transaction.status === 'authorized' || transaction.status === 'settled') {
				transaction.status = 'voided';
				touch(transaction);
				const invoice = get('invoices', transaction.$links.invoice);
				if (invoice && transaction.type === 'sale') {
					invoice.$paid = round(Math.max(Number(invoice.$paid ?? 0) - Number(transaction.amount), 0));
					invoice.balanceDue = round(Number(invoice.balanceDue) + Number(transaction.amount));
					invoice.status = invoice.$paid > 0 ? 'partialPaid' : 'paymentDue';
					invoice.datePaid = null;
					touch(invoice);
				}
			}
			return respond(row, transaction);
		},

		// -------------------------------------------------------- storefront
		'Update a Subscription Payment Method': (row, ctx) => {
			const subscription = customerSubscription(ctx);
			const body = requireObject(row, ctx.body);
			const method = isId(body.paymentMethodId) ? get('paymentMethods', body.paymentMethodId) : undefined;
			if (!method || method.$links.customer !== ctx.customerId) throw badRequest(row);
			subscription.$links.customerPaymentMethod = method.id;
			touch(subscription);
			return respond(row, method);
		},
		'Update a Subscription Shipping Address': (row, ctx) => {
			const subscription = customerSubscription(ctx);
			const body = requireObject(row, ctx.body);
			if (!isId(body.externalId)) throw badRequest(row);
			subscription.externalAddressId = Number(body.externalId);
			touch(subscription);
			return respond(row, subscription.shippingAddress);
		},
		'Get all Subscriptions Upcoming of Customer': (row, ctx) => {
			const periods = new Map();
			for (const subscription of children('subscriptions', 'customer', ctx.customerId)) {
				if (subscription.status !== 'active' || !subscription.nextCharge) continue;
				const day = String(subscription.nextCharge).slice(0, 10);
				const period = day.slice(0, 7);
				if (!periods.has(period)) periods.set(period, new Map());
				const days = periods.get(period);
				if (!days.has(day)) days.set(day, []);
				const plans = children('subscriptionRatePlans', 'subscription', subscription.id);
				days.get(day).push({
					subscription: {
						id: subscription.id,
						name: subscription.name,
						paymentMethod: get('paymentMethods', subscription.$links.customerPaymentMethod) ?? null,
						shippingAddress: null,
					},
					externalProduct: subscription.externalProduct,
					shippingAmount: Number(subscription.shippingAmount) || 0,
					subtotal: chargesTotal(chargesOf(subscription)),
					upcomingCharges: plans.map((plan) => ({ ratePlan: { id: plan.id, name: plan.name, charges: children('subscriptionRatePlanCharges', 'ratePlan', plan.id) } })),
				});
			}
			const body = [...periods.entries()]
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([period, days]) => ({
					period,
					data: [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, data]) => ({ day, data })),
				}));
			return ok(row, render(body, meta(row).body));
		},
		'Create a Subscription Rate Plan': (row, ctx) => {
			const subscription = customerSubscription(ctx);
			// A swap: query `productRatePlanId` is added, query `ratePlanId` is removed.
			if (!isId(ctx.query.productRatePlanId) || !isId(ctx.query.ratePlanId)) throw badRequest(row);
			const productPlan = requireRecord('productRatePlans', ctx.query.productRatePlanId);
			const old = requireRecord('subscriptionRatePlans', ctx.query.ratePlanId);
			if (old.$links.subscription !== subscription.id) throw notFound();
			remove('subscriptionRatePlans', old.id);
			const plan = createSubscriptionRatePlan(row, { productRatePlanId: productPlan.id }, subscription.id);
			subscriptionAmounts(subscription);
			touch(subscription);
			return respond(row, plan);
		},
		'Retrieve Gateway Client Token': (row, ctx) => {
			const gateway = requireRecord('gateways', ctx.params.company_gateway_id);
			return ok(row, { publicKey: state.clientTokens.get(gateway.id) ?? `pk_test_sim_${gateway.id}` });
		},
		'Get an External Product linked to Rate Plan Charge': (row, ctx) => {
			const { charge, subscription } = customerCharge(ctx);
			const link = children('externalRatePlanCharges', 'rateplanCharge', charge.id)[0];
			const productId = link?.externalDetail?.product_id;
			const product = all('externalProducts').find((candidate) => candidate.id === productId) ?? (link ? subscription.externalProduct : null);
			if (!product) throw notFound();
			return respond(row, product);
		},
		'Update an External Rate Plan Charge': (row, ctx) => {
			const { charge } = customerCharge(ctx);
			const body = requireObject(row, ctx.body, { nonEmpty: true });
			let link = children('externalRatePlanCharges', 'rateplanCharge', charge.id)[0];
			if (!link) {
				const { rateplanCharge, ...template } = successBody('Update an External Rate Plan Charge');
				link = put('externalRatePlanCharges', { ...template, id: undefined }, { rateplanCharge: charge.id, companyIntegration: 8 });
			}
			link.externalDetail = clone(body);
			return respond(row, link);
		},
		'Schedule a Rate Plan Charge': (row, ctx) => {
			const { charge } = customerCharge(ctx);
			const body = requireObject(row, ctx.body);
			const date = toDate(body.chargedThroughDate);
			if (!date) throw badRequest(row);
			charge.chargedThroughDate = stamp(date);
			touch(charge);
			return respond(row, get('subscriptionRatePlans', charge.$links.ratePlan));
		},
		Checkout: (row, ctx) => {
			if (!ctx.query.cartId || !ctx.query.gatewayKeyName) throw badRequest(row);
			const cart = state.carts.get(ctx.query.cartId);
			if (!cart) throw notFound();
			const gateways = JSON.parse(state.settings.paymentGateways).map((gateway) => gateway.label);
			if (!gateways.includes(ctx.query.gatewayKeyName)) throw badRequest(row);
			const template = meta(row).body;
			return ok(row, {
				data: render({
					cartHasSubscription: cart.cartHasSubscription,
					gatewaySettings: { publicKey: state.clientTokens.get(3412) ?? template.data.gatewaySettings.publicKey, default: ctx.query.gatewayKeyName },
					paymentMethods: children('paymentMethods', 'customer', ctx.customerId),
				}, template.data),
				error: null,
				form: template.form,
			});
		},
		'Check Cart has Subscription': (row, ctx) => {
			requirePublicKey(ctx);
			const cart = state.carts.get(ctx.params.cart_id);
			if (!cart) throw notFound();
			return ok(row, clone(cart));
		},
		'Login Customer': (row, ctx) => {
			requirePublicKey(ctx);
			if (!ctx.query.email || !ctx.query.token) throw badRequest(row);
			const email = String(ctx.query.email).toLowerCase();
			const customer = all('customers').find((candidate) => String(candidate.email).toLowerCase() === email);
			if (!customer) throw notFound();
			const claims = verifyStoreJwt(ctx.query.token);
			if (!claims || String(claims.customer?.email).toLowerCase() !== email || (claims.exp && claims.exp * 1000 < Date.now())) throw badRequest(row);
			state.logins++;
			// A bare JSON string, as the example answers.
			return { status: 200, body: JSON.stringify(issueCustomerToken(customer, claims.customer.id)), headers: { 'Content-Type': 'application/json' } };
		},
		Settings: (row, ctx) => {
			requirePublicKey(ctx);
			return ok(row, clone(state.settings));
		},
		'Place Order': (row, ctx) => {
			if (!state.carts.has(ctx.params.checkout_id)) throw notFound();
			const body = requireObject(row, ctx.body);
			if (!isPlainObject(body.payment) || !body.payment.paymentNonce || !body.payment.gatewayKeyName) throw badRequest(row);
			return ok(row, { data: { orderId: state.nextOrderId++, token: crypto.randomBytes(26).toString('hex') }, code: 200 });
		},
	};
	actions['Charge an Invoice With External Payment'] = chargeInvoice;

	// ------------------------------------------------------------ one handler per row

	const byRow = new Map();
	const specs = {};
	for (const row of rows) {
		const action = actions[row.name];
		const spec = parseRow(row);
		const storefront = row.host !== CORE_HOST;
		let handler;
		if (action && spec) {
			// An action that answers only some variants of a generic route (Get All Invoices + status).
			const fallback = generic(row, spec);
			handler = (ctx) => action(row, ctx) ?? fallback(ctx);
		} else if (action) {
			handler = (ctx) => action(row, ctx);
		} else if (spec) {
			handler = generic(row, spec);
		} else {
			throw new Error(`No Rebillia handler for "${row.name}" (${row.method} ${row.path})`);
		}
		specs[rowKey(row)] = spec ? { collection: spec.collection, op: spec.op, action: Boolean(action) } : { action: true };
		byRow.set(rowKey(row), (ctx) => {
			if (ctx.rawBody && typeof ctx.body === 'string') throw badRequest(row);
			return handler({ ...ctx, storefront, customerId: ctx.req.rebilliaCustomerId });
		});
	}
	const handlers = {};
	for (const row of rows) handlers[row.name] = (ctx) => byRow.get(rowKey(ctx.row))(ctx);
	return { handlers, specs, setSubscriptionStatus, newTransaction };
}

// ---------------------------------------------------------------- controls for tests

function createControls(store, actions) {
	const { state, get, all, put, takeId, touch } = store;
	const invoiceTemplate = () => {
		const { transaction, billRuns, ...invoice } = successBody('Get an Invoice');
		return invoice;
	};

	/** `late: true` is an hour back, a number is that many seconds back; `createdAt` sets it outright. */
	function createdAtOf(body) {
		if (body.createdAt) return stamp(toDate(body.createdAt) ?? new Date());
		if (body.late) return stamp(new Date(Date.now() - (body.late === true ? 3600 : Number(body.late)) * 1000));
		return now();
	}

	/** The customer's own payment method, gateway and address, as a new record of theirs uses. */
	function ownDefaults(customerId, { addresses = true } = {}) {
		const method = store.children('paymentMethods', 'customer', Number(customerId))[0];
		const address = store.children('addressBooks', 'customer', Number(customerId))[0];
		return {
			customerPaymentMethod: method?.id ?? null,
			companyGateway: method?.$links.companyGateway ?? all('gateways')[0]?.id ?? null,
			companyCurrency: state.defaultCurrencyId,
			...(addresses ? { billingAddress: address?.id ?? null, shippingAddress: address?.id ?? null } : {}),
		};
	}

	function requireControlRecord(collection, id) {
		const record = get(collection, id);
		if (!record) throw new Error(`no ${collection} record ${id}`);
		return record;
	}

	const builders = {
		customer(fields, createdAt) {
			const id = takeId('customers');
			return put('customers', {
				...successBody('Create a Customer'),
				id,
				firstName: 'Generated',
				lastName: `Customer ${id}`,
				email: `generated.customer.${id}@example.com`,
				externalCustomer: [],
				createdAt,
				updatedAt: createdAt,
				...fields,
			});
		},
		subscription(fields, createdAt) {
			const { customerId = 4, ...rest } = fields;
			requireControlRecord('customers', customerId);
			const { rateplan, ...template } = successBody('Get a Subscription');
			const id = takeId('subscriptions');
			return put('subscriptions', { ...template, id, name: `Generated subscription ${id}`, status: 'active', lastBillRun: null, lastCharge: null, createdAt, updatedAt: createdAt, ...rest }, {
				...ownDefaults(customerId),
				customer: Number(customerId),
			});
		},
		invoice(fields, createdAt) {
			const { customerId = 4, subscriptionId = null, total = 10, ...rest } = fields;
			requireControlRecord('customers', customerId);
			const id = takeId('invoices');
			const status = rest.status ?? 'posted';
			const paid = status === 'paid';
			return put('invoices', {
				...invoiceTemplate(),
				id,
				invoiceNo: String(state.nextInvoiceNo++),
				detail: [],
				total: Number(total),
				balanceDue: paid ? 0 : Number(total),
				$paid: paid ? Number(total) : 0,
				datePaid: paid ? createdAt : null,
				dateVoid: null,
				dateRefund: null,
				refundAmount: 0,
				dateFrom: createdAt,
				dateTo: createdAt,
				dateDue: createdAt,
				createdAt,
				updatedAt: createdAt,
				...rest,
				status,
			}, { ...ownDefaults(customerId, { addresses: false }), customer: Number(customerId), subscription: subscriptionId });
		},
		transaction(fields, createdAt) {
			const { invoiceId, ...rest } = fields;
			const invoice = invoiceId === undefined ? all('invoices').at(-1) : requireControlRecord('invoices', invoiceId);
			const status = rest.status ?? 'settled';
			const failed = status === 'declined' || status === 'error';
			return actions.newTransaction(invoice, {
				amount: 10,
				type: 'sale',
				paymentType: 'card',
				errorMessage: failed ? (status === 'declined' ? 'Your card was declined.' : 'Gateway error.') : '',
				createdAt,
				updatedAt: createdAt,
				...rest,
				status,
			}, {});
		},
		billRun(fields, createdAt) {
			const id = takeId('billRuns');
			return put('billRuns', {
				...successBody('Get a Bill Run'),
				id,
				pid: null,
				timeOfDate: '07:00:00',
				status: 'pending',
				executedOn: null,
				completedOn: null,
				invoiceCount: 0,
				subscriptionCount: 0,
				targetDate: createdAt.slice(0, 10),
				createdAt,
				updatedAt: createdAt,
				...fields,
				$invoices: [],
			});
		},
	};

	return {
		/**
		 * `{kind, count?, records?, createdAt?, late?, hidden?, …fields}`: records for triggers; ids keep
		 * growing. `hidden: true` (for all, or per record) allocates the id but keeps the record out of
		 * every list until `reveal`: a transaction that commits after later ones did.
		 */
		insert: ({ body }) => {
			const builder = builders[body.kind];
			if (!builder) throw new Error(`kind must be one of ${Object.keys(builders).join(', ')}`);
			const { kind, count, records, createdAt, late, hidden, ...shared } = body;
			const inputs = records ?? Array.from({ length: Number(count ?? 1) }, () => ({}));
			const stampAt = createdAtOf(body);
			const inserted = inputs.map((input) => {
				const { hidden: hiddenOne, ...fields } = input;
				const record = builder({ ...shared, ...fields }, stampAt);
				if (hiddenOne ?? hidden) record.$hidden = true;
				return { id: record.id, createdAt: record.createdAt, status: record.status ?? null };
			});
			return { inserted };
		},
		/** `{kind, ids}`: records inserted hidden become visible (their transaction committed). */
		reveal: ({ body }) => {
			const collection = { customer: 'customers', subscription: 'subscriptions', invoice: 'invoices', transaction: 'transactions', billRun: 'billRuns' }[body.kind];
			if (!collection) throw new Error('kind must be customer, subscription, invoice, transaction or billRun');
			const revealed = (body.ids ?? []).map((id) => {
				const record = requireControlRecord(collection, id);
				delete record.$hidden;
				return record.id;
			});
			return { revealed };
		},
		/** `{id, status, datePaid?}`: an invoice changes status later (paid, voided, refund, …). */
		setInvoiceStatus: ({ body }) => {
			const invoice = requireControlRecord('invoices', body.id);
			invoice.status = body.status;
			if (body.status === 'paid') {
				invoice.$paid = Number(invoice.total);
				invoice.balanceDue = 0;
				invoice.datePaid = body.datePaid ? stamp(toDate(body.datePaid) ?? new Date()) : now();
			}
			if (body.status === 'voided' || body.status === 'canceled') invoice.dateVoid = now();
			if (body.status === 'refund' || body.status === 'partialRefund') invoice.dateRefund = now();
			touch(invoice);
			return { id: invoice.id, status: invoice.status, datePaid: invoice.datePaid ?? null };
		},
		/** `{id, status}`: a subscription changes status as a user would in Rebillia (with its log). */
		setSubscriptionStatus: ({ body }) => {
			const subscription = requireControlRecord('subscriptions', body.id);
			actions.setSubscriptionStatus(null, subscription, body.status);
			return { id: subscription.id, status: subscription.status };
		},
		/** `{id, status?, invoices?}`: a bill run runs to completion, optionally issuing posted invoices. */
		completeBillRun: ({ body }) => {
			const run = requireControlRecord('billRuns', body.id);
			for (let index = 0; index < Number(body.invoices ?? 0); index++) {
				const invoice = builders.invoice({}, now());
				run.$invoices.push({ invoiceId: invoice.id, status: 'completed', subscriptionId: invoice.$links.subscription ?? 0 });
			}
			const stampNow = now();
			run.status = body.status ?? 'completed';
			run.executedOn = run.executedOn ?? stampNow;
			run.completedOn = stampNow;
			run.invoiceCount = run.$invoices.length;
			run.subscriptionCount = new Set(run.$invoices.map((entry) => entry.subscriptionId)).size;
			touch(run);
			return { id: run.id, status: run.status, completedOn: run.completedOn, invoiceCount: run.invoiceCount };
		},
		/** Expires every customer token, or `{token}` only; the next storefront call answers 401. */
		expireTokens: ({ body }) => {
			let expired = 0;
			for (const [token, entry] of state.tokens) {
				if (body.token && body.token !== token) continue;
				entry.expiresAt = 0;
				expired++;
			}
			return { expired };
		},
		logins: () => ({ count: state.logins }),
		/**
		 * `{ignorePage?, cap?, silent?, whole?}`: lists answer page 1 whatever is asked, and/or at most `cap`
		 * records a page. A cap reports the size it served (itemsPerPage, totalPages from it) and pages
		 * by it; with `silent: true` it still reports and pages by the size asked, so the records past
		 * the cap of each page are only reached by asking smaller pages. `whole: true`: the bare-array
		 * lists answer every record, whatever page and size are asked (no paging is documented).
		 * `shuffleTies: true`: records whose sort key is equal come in a new order on every request.
		 */
		paging: ({ body }) => {
			if ('shuffleTies' in body) state.paging.shuffleTies = Boolean(body.shuffleTies);
			if ('ignorePage' in body) state.paging.ignorePage = Boolean(body.ignorePage);
			if ('cap' in body) state.paging.cap = body.cap ? Number(body.cap) : null;
			if ('silent' in body) state.paging.silent = Boolean(body.silent);
			if ('whole' in body) state.paging.whole = Boolean(body.whole);
			return { ...state.paging };
		},
		store: () => Object.fromEntries(
			['customers', 'subscriptions', 'invoices', 'transactions', 'billRuns', 'products', 'productRatePlans', 'paymentMethods', 'addressBooks'].map((name) => [name, store.table(name).size]),
		),
		/** `?collection=&id=`: a stored record as it is, for assertions. */
		record: ({ query, body }) => {
			const collection = query.collection ?? body.collection;
			const record = get(collection, query.id ?? body.id);
			if (!record) throw new Error(`no ${collection} record ${query.id ?? body.id}`);
			return { ...strip(record), $links: record.$links };
		},
	};
}

// ---------------------------------------------------------------- auth and assembly

function createAuthenticate(store) {
	return function authenticate(req, row) {
		if (row.auth === 'none') return null;
		if (row.host === CORE_HOST) {
			return req.headers['x-auth-token'] === TEST_KEYS.apiKey ? null : { status: 401, body: AUTH_REQUIRED };
		}
		const match = String(req.headers.authorization ?? '').match(/^Bearer\s+(\S+)$/i);
		const entry = match && store.state.tokens.get(match[1]);
		if (!entry || entry.expiresAt <= Date.now()) return { status: 401, body: AUTH_REQUIRED };
		req.rebilliaCustomerId = entry.customerId;
		return null;
	};
}

function errorResponse(status, message) {
	if (status === 400) return message && message !== 'Simulated failure' ? { code: INVALID_FORM.code, message } : clone(INVALID_FORM);
	if (status === 401) return clone(AUTH_REQUIRED);
	if (status === 404) return clone(NOT_FOUND);
	if (status === 405) return { code: 'error_method_not_allowed', message: message ?? 'Method not allowed.' };
	if (status === 429) return { code: 'error_rate_limit', message: message && message !== 'Simulated failure' ? message : 'Too many requests.' };
	return clone(SERVER_ERROR);
}

/**
 * @param {object} [options] `{ rateLimit: {max, windowMs} | null }` (none by default: Rebillia documents none)
 */
function createRebilliaSimulator(options = {}) {
	const rows = loadRows();
	const store = createStore(rows);
	const actions = createHandlers(rows, store);
	store.seed();
	const simulator = createSimulator(
		{
			rows,
			handlers: actions.handlers,
			control: createControls(store, actions),
			reset: ({ empty }) => store.seed({ empty }),
			basePathOf: (row) => (row.host === CORE_HOST ? CORE_BASE_PATH : ''),
			authenticate: createAuthenticate(store),
			rateLimit: null,
			rateLimitResponse: () => ({ body: errorResponse(429) }),
			errorResponse,
			notFoundRoute: () => clone(NOT_FOUND),
		},
		options,
	);
	simulator.store = store;
	simulator.specs = actions.specs;
	return simulator;
}

module.exports = {
	createRebilliaSimulator,
	TEST_KEYS,
	STOREFRONT_PUBLIC_KEY,
	TEST_SHOPPERS,
	TEST_STORE_JWT,
	CORE_BASE_PATH,
	STOREFRONT_BASE_PATH: STOREFRONT_PREFIX,
	DECLINE_NONCE,
};

if (require.main === module) {
	runCli(() => createRebilliaSimulator());
}
