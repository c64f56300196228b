/**
 * The Outseta simulator on its own, over HTTP: every request of the collection is routed, the
 * token exchange and user tokens, the list conventions, activities on events, billing rules, the
 * support path segment, and the `/__sim/` controls the node and trigger tests rely on.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { ACTIVITY_TYPES, OUTSETA_KEYS, TEST_USER, useOutsetaSim } from '../helpers/outseta';

const API_KEY = `Outseta ${OUTSETA_KEYS.apiKey}:${OUTSETA_KEYS.secretKey}`;
const sim = require('../simulators/outseta/server.js');

interface CallOptions {
	body?: unknown;
	auth?: string | null;
	form?: boolean;
}

describe('Outseta simulator', () => {
	const outseta = useOutsetaSim();
	beforeAll(async () => {
		// These tests call the simulator directly; the limiter has its own test below.
		await outseta.control('config', { rateLimit: null });
	});

	async function call(method: string, target: string, { body, auth = API_KEY, form = false }: CallOptions = {}) {
		const response = await fetch(`${outseta.apiRoot}${target}`, {
			method,
			headers: {
				...(auth === null ? {} : { authorization: auth }),
				'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json',
			},
			body: body === undefined ? undefined : form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body),
		});
		const text = await response.text();
		return { status: response.status, body: text ? JSON.parse(text) : text };
	}

	const passwordToken = (username = TEST_USER.username, password = TEST_USER.password) =>
		call('POST', '/tokens', { body: { username, password }, auth: null, form: true });

	describe('routes', () => {
		const rows = sim.loadRows() as Array<{ name: string; method: string; path: string; inferred?: boolean; auth: string }>;
		const requests = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'outseta', 'requests.json'), 'utf8')) as Array<{
			name: string;
			request: { query: Record<string, string>; body: unknown; bodyMode: string | null };
		}>;
		const values: Record<string, string> = {
			personUid: 'qrm0A4QX',
			accountUid: 'KL9ngWZG',
			membershipUid: 'KL9ngWZG',
			dealUid: 'Gn9DxQ2y',
			listUid: 'exmepWVG',
			subscriptionUid: 'z49E5z97',
			caseUid: 'wZmNZm2O',
			comment: 'Thank you so much',
			articleUid: 'y9qxBr3Q',
			discountUid: 'WELCOME10',
			date: '2099-01-31',
		};

		it('serves the 68 callable requests of the collection and the 2 list endpoints of the prose', () => {
			expect(rows.filter((row) => !row.inferred)).toHaveLength(68);
			expect(rows.filter((row) => row.inferred).map((row) => `${row.method} ${row.path}`)).toEqual([
				'GET /billing/subscriptions',
				'GET /billing/invoices',
			]);
		});

		it.each(rows.map((row) => [row.name, row] as const))('%s is routed to its handler', async (_name, row) => {
			const example = requests.find((entry) => entry.name === row.name)?.request;
			const target = row.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name]));
			const profile = row.auth === 'outseta-user-bearer';
			const auth = profile ? `bearer ${(await passwordToken()).body.access_token}` : API_KEY;
			const form = example?.bodyMode === 'urlencoded';
			const body = form ? { username: TEST_USER.username } : ['GET', 'DELETE'].includes(row.method) ? undefined : example?.body ?? {};
			const response = await call(row.method, target, { body, auth, form });
			// Validation may refuse an example body (that is the point of some rules); routing must not.
			expect(response.status).not.toBe(405);
			expect(response.status).not.toBe(501);
			expect(JSON.stringify(response.body)).not.toContain('No HTTP resource');
		});

		it('serves the malformed "Add discount to subscription" row under /api/v1', async () => {
			const response = await call('POST', '/billing/subscriptions/z49E5z97/discounts/WELCOME10');
			expect(response.status).toBe(200);
			expect(response.body).toMatchObject({ Uid: 'z49E5z97', DiscountCode: 'WELCOME10' });
		});
	});

	describe('tokens and the user profile', () => {
		it('exchanges username and password for a bearer token that lasts a year', async () => {
			const before = await outseta.tokenStats();
			const response = await passwordToken();
			expect(response.status).toBe(200);
			expect(Object.keys(response.body).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
			expect(response.body).toMatchObject({ token_type: 'bearer', expires_in: 31535999 });
			const [, payload] = (response.body.access_token as string).split('.');
			expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({ nameid: TEST_USER.personUid, email: TEST_USER.username });
			expect((await outseta.tokenStats()).issued).toBe(before.issued + 1);
		});

		it('refuses a wrong password with an OAuth invalid_grant (400), and a JSON body', async () => {
			const wrong = await passwordToken(TEST_USER.username, 'not-it');
			expect(wrong).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'The user name or password is incorrect.' } });
			expect((await passwordToken('nobody@example.com', 'x')).body.error).toBe('invalid_grant');
			const json = await call('POST', '/tokens', { body: { username: TEST_USER.username, password: TEST_USER.password }, auth: null });
			expect(json.status).toBe(400);
			expect(json.body.error).toBe('invalid_request');
		});

		it('mints a token for any user with the API key and the username only', async () => {
			const minted = await call('POST', '/tokens', { body: { username: 'owmjxl9v@example.com' }, form: true });
			expect(minted.status).toBe(200);
			const profile = await call('GET', '/profile', { auth: `bearer ${minted.body.access_token}` });
			expect(profile.body).toMatchObject({ Uid: 'owmjxl9V' });
			expect((await call('POST', '/tokens', { body: { username: 'owmjxl9v@example.com' }, auth: null, form: true })).status).toBe(400);
			expect((await call('POST', '/tokens', { body: { username: 'owmjxl9v@example.com' }, auth: 'Outseta wrong:key', form: true })).status).toBe(401);
		});

		it('accepts the bearer scheme in any case on every endpoint; the profile refuses the API key', async () => {
			const token = (await passwordToken()).body.access_token;
			for (const scheme of ['bearer', 'Bearer', 'BEARER']) {
				expect((await call('GET', '/crm/people/qrm0A4QX', { auth: `${scheme} ${token}` })).status).toBe(200);
			}
			expect(await call('GET', '/profile', {})).toEqual({ status: 401, body: { Message: 'Authorization has been denied for this request.' } });
			expect((await call('GET', '/profile', { auth: `bearer ${token}` })).body).toMatchObject({ Uid: TEST_USER.personUid, Email: TEST_USER.username });
			expect((await call('GET', '/crm/people', { auth: 'bearer not-a-token' })).status).toBe(401);
		});

		it('expired tokens get 401 everywhere', async () => {
			const token = (await passwordToken()).body.access_token;
			const other = (await passwordToken()).body.access_token;
			expect(await outseta.expireTokens(token)).toBe(1);
			expect((await call('GET', '/profile', { auth: `bearer ${token}` })).status).toBe(401);
			expect((await call('GET', '/profile', { auth: `bearer ${other}` })).status).toBe(200);
			await outseta.expireTokens();
			expect((await call('GET', '/crm/people', { auth: `bearer ${other}` })).status).toBe(401);
			expect(await outseta.tokenStats()).toMatchObject({ active: 0, expired: 2 });
		});

		it('updates the profile only with the Uid of the token person, and changes the password', async () => {
			const auth = `bearer ${(await passwordToken()).body.access_token}`;
			expect((await call('PUT', '/profile', { auth, body: { FirstName: 'No uid' } })).status).toBe(400);
			expect((await call('PUT', '/profile', { auth, body: { Uid: 'qrm0A4QX', FirstName: 'Other' } })).status).toBe(400);
			const updated = await call('PUT', '/profile', { auth, body: { Uid: TEST_USER.personUid, FirstName: 'Renamed' } });
			expect(updated.body).toMatchObject({ Uid: TEST_USER.personUid, FirstName: 'Renamed' });
			expect((await call('PUT', '/profile/password', { auth, body: { ExistingPassword: 'wrong', NewPassword: 'n3w' } })).status).toBe(400);
			expect(await call('PUT', '/profile/password', { auth, body: { ExistingPassword: TEST_USER.password, NewPassword: 'n3w-CANARY' } })).toEqual({ status: 200, body: '' });
			expect((await passwordToken(TEST_USER.username, 'n3w-CANARY')).status).toBe(200);
			expect((await passwordToken()).status).toBe(400);
		});

		it('a temporary password or /__sim/users lets a person sign in; sign-in logs PersonLogin', async () => {
			await call('PUT', '/crm/people/qrm0A4QX/setTemporaryPassword', { body: { temporaryPassword: 'temp-CANARY' } });
			expect((await passwordToken('example@outseta.com', 'temp-CANARY')).status).toBe(200);
			await outseta.setPassword('second@yahoo.com', 'second-CANARY');
			expect((await passwordToken('second@yahoo.com', 'second-CANARY')).status).toBe(200);
			const logins = await call('GET', `/activities?ActivityType=${ACTIVITY_TYPES.PersonLogin}&EntityType=2`);
			expect(logins.body.items.map((activity: { EntityUid: string }) => activity.EntityUid).sort()).toEqual(['bB9l5DW8', 'qrm0A4QX']);
			expect((await call('GET', '/crm/people/qrm0A4QX')).body.LastLoginDateTime).toEqual(expect.any(String));
		});
	});

	describe('lists', () => {
		beforeEach(async () => {
			await outseta.control('reset', { empty: true });
			await outseta.control('seed', { people: 30, created: '2024-01-01T00:00:00', stepSeconds: 60 });
		});

		it('offset is a page index and limit is capped at 100, or 25 with child fields', async () => {
			const page = await call('GET', '/crm/people?limit=10&offset=2&orderBy=Created');
			expect(page.body.metadata).toEqual({ limit: 10, offset: 2, total: 30 });
			expect(page.body.items[0].LastName).toBe('Person 20');
			expect((await call('GET', '/crm/people?limit=500')).body.metadata.limit).toBe(100);
			expect((await call('GET', '/crm/people?limit=100&fields=Uid,PersonAccount.Account.Uid')).body.metadata.limit).toBe(25);
		});

		it('orderBy takes "+", "%20" or a space before the direction', async () => {
			for (const orderBy of ['Created+DESC', 'Created%20DESC', encodeURIComponent('Created DESC'), 'Created%2BDESC']) {
				expect((await call('GET', `/crm/people?limit=1&orderBy=${orderBy}`)).body.items[0].LastName).toBe('Person 29');
			}
			expect((await call('GET', '/crm/people?limit=1&orderBy=Created+ASC')).body.items[0].LastName).toBe('Person 0');
		});

		it('filters with every operator, dotted paths and enums', async () => {
			const total = async (query: string) => (await call('GET', `/crm/people?${query}`)).body.metadata.total;
			expect(await total('Created__gt=2024-01-01T00:10:00')).toBe(19);
			expect(await total('Created__gte=2024-01-01T00:10:00')).toBe(20);
			expect(await total('Created__lt=2024-01-01T00:10:00')).toBe(10);
			expect(await total('Created__lte=2024-01-01T00:10:00')).toBe(11);
			expect(await total('LastName__ne=Person%205')).toBe(29);
			expect(await total('ProfileImageS3Url__isnull=true')).toBe(30);
			expect(await total('LastName=Person%207')).toBe(1);
			await outseta.insert('account', { records: [{ Name: 'Trial', AccountStage: 2 }, { Name: 'Paying', AccountStage: 3 }] });
			expect((await call('GET', '/crm/accounts?AccountStage=2')).body.items.map((account: { Name: string }) => account.Name)).toEqual(['Trial']);
			expect((await call('GET', '/crm/accounts?AccountStageLabel__ne=Trialing')).body.metadata.total).toBe(1);
		});

		it('fields selects properties, reaches into children, and * is the default', async () => {
			const [person] = (await call('GET', '/crm/people?limit=1&fields=Uid,Email')).body.items;
			expect(Object.keys(person).sort()).toEqual(['Email', 'Uid']);
			const full = (await call('GET', '/crm/people?limit=1&fields=*')).body.items[0];
			expect(full).toEqual((await call('GET', '/crm/people?limit=1')).body.items[0]);
		});
	});

	describe('depth and shapes', () => {
		it('leaves objects two levels down null unless fields asks for them', async () => {
			const account = (await call('GET', '/crm/accounts/KaWx1mVr')).body;
			expect(account.PersonAccount[0]).toMatchObject({ Person: null, Account: null, IsPrimary: true });
			expect(account.LatestSubscription).toMatchObject({ Plan: null, Account: null });
			const deep = (await call('GET', '/crm/accounts/KaWx1mVr?fields=Uid,PersonAccount.Person.Email,LatestSubscription.Plan.*')).body;
			expect(deep.PersonAccount[0].Person).toEqual({ Email: 'example@outseta.com' });
			// `Plan.*` is the plan as if asked for alone: its properties and its immediate children.
			expect(deep.LatestSubscription.Plan).toMatchObject({ Uid: 'VdQG094Y', Name: 'Core', PlanFamily: { Name: 'Standard', Plans: null } });
			expect(Object.keys(deep).sort()).toEqual(['LatestSubscription', 'PersonAccount', 'Uid']);
		});

		it('a preview invoice was never saved: Uid null, Created 0001-01-01', async () => {
			const preview = await call('POST', '/billing/subscriptions/compute-charge-summary?asOf=now', {
				body: { Plan: { Uid: 'amRXjE9J' }, BillingRenewalTerm: 1, Account: {} },
				auth: null,
			});
			expect(preview.body).toMatchObject({ Uid: null, Created: '0001-01-01T00:00:00', Subscription: { Uid: null }, Amount: 74 });
			expect((await call('GET', '/billing/invoices')).body.items.map((invoice: { Uid: string }) => invoice.Uid)).not.toContain(null);
			expect((await call('POST', '/billing/subscriptions/compute-charge-summary?asOf=later', { body: { Plan: { Uid: 'amRXjE9J' } } })).status).toBe(400);
		});
	});

	describe('activities', () => {
		const activities = async (query: string) => (await call('GET', `/activities?${query}`)).body.items as Array<Record<string, unknown>>;

		it('are logged on account, person, stage, deal, list and case events', async () => {
			const person = (await call('POST', '/crm/people', { body: { Email: 'act@example.com' } })).body;
			const account = (await call('POST', '/crm/accounts', {
				body: { Name: 'Acts', AccountStage: 2, PersonAccount: [{ Person: { Uid: person.Uid }, IsPrimary: true }] },
			})).body;
			await call('PUT', `/crm/accounts/${account.Uid}`, { body: { AccountStage: 3 } });
			const deal = (await call('POST', '/crm/deals', { body: { Name: 'Big', DealPipelineStage: { Uid: '4XQYqQPB' }, Account: { Uid: account.Uid } } })).body;
			await call('POST', '/email/lists/exmepWVG/subscriptions', { body: { Person: { Uid: person.Uid } } });
			await call('POST', '/support/cases', { body: { FromPerson: { Uid: person.Uid }, Subject: 'Help' } });
			const newest = await activities('orderBy=ActivityDateTime+DESC&limit=20');
			const of = (type: number, uid: string) => newest.find((activity) => activity.ActivityType === type && activity.EntityUid === uid);
			expect(of(200, person.Uid)).toMatchObject({ EntityType: 2, ActivityDateTime: expect.any(String) });
			expect(of(100, account.Uid)).toMatchObject({ EntityType: 1, Title: 'Account created' });
			expect(of(103, account.Uid)).toMatchObject({ EntityType: 1, ActivityData: JSON.stringify({ from: 'Trialing', to: 'Subscribing' }) });
			expect(of(300, deal.Uid)).toMatchObject({ EntityType: 3 });
			expect(of(204, person.Uid)).toMatchObject({ EntityType: 2 });
			expect(of(212, person.Uid)).toMatchObject({ EntityType: 2 });
			const stageChanges = await activities(`ActivityType=103&EntityType=1&EntityUid=${account.Uid}`);
			expect(stageChanges).toHaveLength(1);
		});

		it('donotlog=1 suppresses them; a custom activity answers what was posted', async () => {
			const person = (await call('POST', '/crm/people?donotlog=1', { body: { Email: 'quiet@example.com' } })).body;
			expect(await activities(`EntityUid=${person.Uid}`)).toEqual([]);
			const custom = await call('POST', '/activities/customactivity', {
				body: { Title: 'Started drip', Description: 'd', ActivityData: '{"a":1}', EntityType: 2, EntityUid: person.Uid },
			});
			expect(custom.body).toEqual({ Title: 'Started drip', Description: 'd', ActivityData: '{"a":1}', EntityType: 2, EntityUid: person.Uid });
			expect(await activities(`EntityUid=${person.Uid}&ActivityType=10`)).toHaveLength(1);
			expect((await call('POST', '/activities/customactivity', { body: { Title: 'x', EntityType: 9, EntityUid: person.Uid } })).status).toBe(400);
			expect((await call('POST', '/activities/customactivity', { body: { Title: 'x', EntityType: 1, EntityUid: 'missing1' } })).status).toBe(404);
		});
	});

	describe('billing rules', () => {
		const coupon = (extra: Record<string, unknown>) =>
			call('POST', '/billing/discountcoupons', { body: { UniqueIdentifier: `C${Math.random().toString(36).slice(2, 8)}`, Name: 'Coupon', IsActive: true, ...extra } });

		it('a discount sets exactly one of AmountOff and PercentOff; Repeating needs DurationInMonths', async () => {
			expect((await coupon({ AmountOff: 15, PercentOff: 100, Duration: 1 })).status).toBe(400);
			expect((await coupon({ Duration: 1 })).status).toBe(400);
			expect((await coupon({ PercentOff: 20, Duration: 4 })).status).toBe(400);
			const repeating = await coupon({ PercentOff: 20, Duration: 3 });
			expect(repeating.body.ModelState).toHaveProperty(['discountCoupon.DurationInMonths']);
			expect((await coupon({ PercentOff: 20, Duration: 3, DurationInMonths: 6 })).body).toMatchObject({ PercentOff: 20, AmountOff: null, Duration: 3, DurationInMonths: 6 });
			expect((await coupon({ AmountOff: 5, Duration: 2 })).status).toBe(200);
			expect((await call('POST', '/billing/discountcoupons', { body: { UniqueIdentifier: 'WELCOME10', Name: 'Again', PercentOff: 5, Duration: 2 } })).status).toBe(400);
		});

		it('extends a trial to a yyyy-MM-dd date in the path', async () => {
			for (const date of ['2099-13-01', '20990101', '2099-1-1', '31-01-2099', '2000-01-01']) {
				expect((await call('PUT', `/crm/accounts/extendtrial/KaWx1mVr/${date}`)).status).toBe(400);
			}
			expect((await call('PUT', '/crm/accounts/extendtrial/wDQ2w9V6/2099-01-31')).status).toBe(400); // subscribing, not a trial
			expect(await call('PUT', '/crm/accounts/extendtrial/KaWx1mVr/2099-01-31')).toEqual({ status: 200, body: '' });
			const account = (await call('GET', '/crm/accounts/KaWx1mVr')).body;
			expect(account).toMatchObject({ AccountStage: 2, LatestSubscription: { RenewalDate: '2099-01-31T00:00:00', EndDate: null } });
		});

		it('first-time subscription, invoice, transactions and payment', async () => {
			const invoice = (await call('PUT', '/billing/subscriptions/firsttimesubscription', {
				body: { Plan: { Uid: 'VdQG094Y' }, BillingRenewalTerm: 1, Account: { Uid: 'KL9ngWZG' }, SubscriptionAddOns: [{ AddOn: { Uid: 'By9q8QAP' } }] },
			})).body;
			expect(invoice).toMatchObject({ Amount: 109, AmountOutstanding: 109, BillingInvoiceStatus: 1, IsUserGenerated: false });
			expect(invoice.InvoiceLineItems.map((item: { Description: string }) => item.Description)).toEqual(['Core', 'Extra seats']);
			expect((await call('GET', '/crm/accounts/KL9ngWZG')).body).toMatchObject({ AccountStage: 3, CurrentSubscription: { BillingRenewalTerm: 1 } });
			expect((await call('PUT', '/billing/subscriptions/firsttimesubscription', { body: { Plan: { Uid: 'VdQG094Y' }, Account: { Uid: 'KL9ngWZG' } } })).status).toBe(400);
			const payment = await call('POST', '/billing/transactions/payment', { body: { Account: { Uid: 'KL9ngWZG' }, Invoice: { Uid: invoice.Uid }, Amount: -109 } });
			expect(payment.body).toMatchObject({ BillingTransactionType: 2, Amount: -109 });
			const transactions = (await call('GET', '/billing/transactions/KL9ngWZG?orderBy=Created')).body.items;
			expect(transactions.map((transaction: { BillingTransactionType: number }) => transaction.BillingTransactionType)).toEqual([1, 2]);
			expect(transactions[1].Invoice).toMatchObject({ BillingInvoiceStatus: 2, AmountOutstanding: 0 });
			expect((await call('GET', `/billing/invoices?Uid=${invoice.Uid}&Amount__gte=100`)).body.metadata.total).toBe(1);
		});

		it('change subscription ends the old one; the preview saves nothing', async () => {
			const before = (await call('GET', '/billing/subscriptions')).body.metadata.total;
			const preview = await call('PUT', '/billing/subscriptions/z49E5z97/changesubscriptionpreview', { body: { Plan: { Uid: 'DMQvDbWY' }, BillingRenewalTerm: 1, Account: { Uid: 'wDQ2w9V6' } } });
			expect(preview.body).toMatchObject({ Uid: null, Amount: 19 });
			expect((await call('GET', '/billing/subscriptions')).body.metadata.total).toBe(before);
			const wrongAccount = await call('PUT', '/billing/subscriptions/z49E5z97/changesubscription', { body: { Plan: { Uid: 'DMQvDbWY' }, BillingRenewalTerm: 1, Account: { Uid: 'KaWx1mVr' } } });
			expect(wrongAccount.status).toBe(400);
			const changed = await call('PUT', '/billing/subscriptions/z49E5z97/changesubscription', { body: { Plan: { Uid: 'DMQvDbWY' }, BillingRenewalTerm: 1, Account: { Uid: 'wDQ2w9V6' } } });
			expect(changed.body).toMatchObject({ Amount: 19, Subscription: { BillingRenewalTerm: 1 } });
			expect((await call('GET', '/billing/subscriptions/z49E5z97')).body.EndDate).toEqual(expect.any(String));
			expect((await call('GET', '/billing/subscriptions?StartDate__gte=2020-01-01')).body.metadata.total).toBe(1);
		});
	});

	describe('support', () => {
		it('a client response comment is one path segment, decoded', async () => {
			const comment = 'Thanks / see ?x=1 & #2 — ok';
			expect(await call('POST', `/support/cases/wZmNZm2O/clientresponse/${encodeURIComponent(comment)}`)).toEqual({ status: 200, body: '' });
			const [supportCase] = (await call('GET', '/support/cases?FromPerson.Uid=bB9l5DW8')).body.items;
			expect(supportCase.CaseHistories.map((history: { Comment: string }) => history.Comment)).toContain(comment);
			const [logged] = (await outseta.requests()).slice(-2);
			expect(logged.url).toContain('Thanks%20%2F%20see%20%3Fx%3D1%20%26%20%232');
		});

		it('sendAutoResponder=false sends no automatic message', async () => {
			await call('POST', '/support/cases?sendAutoResponder=false', { body: { FromPerson: { Uid: 'bB9l5DW8' }, Subject: 'Quiet', Source: 2 } });
			await call('POST', '/support/cases?sendAutoResponder=true', { body: { FromPerson: { Uid: 'bB9l5DW8' }, Subject: 'Loud', Source: 2 } });
			expect((await outseta.emails()).filter((email) => email.kind === 'caseAutoResponder')).toHaveLength(1);
			expect((await call('GET', '/support/cases?FromPerson.Email=second@yahoo.com')).body.metadata.total).toBe(3);
		});
	});

	describe('controls', () => {
		const kinds = ['person', 'account', 'deal', 'supportCase', 'activity', 'emailListSubscription', 'subscription', 'invoice', 'transaction'] as const;
		const lists: Record<(typeof kinds)[number], string> = {
			person: '/crm/people',
			account: '/crm/accounts',
			deal: '/crm/deals',
			supportCase: '/support/cases',
			activity: '/activities?ActivityType=10',
			emailListSubscription: '/email/lists/exmepWVG/subscriptions',
			subscription: '/billing/subscriptions',
			invoice: '/billing/invoices',
			transaction: '/billing/transactions/KaWx1mVr',
		};
		const inputs: Partial<Record<(typeof kinds)[number], IDataObject>> = {
			transaction: { Invoice: { Uid: 'qrm04mXZ' }, Amount: -1 },
		};

		it.each(kinds.map((kind) => [kind] as const))('inserts a late %s with a chosen Created', async (kind) => {
			const Created = '2019-05-01T12:00:00';
			const [record] = await outseta.insert(kind, { Created, records: inputs[kind] ? [inputs[kind]!] : undefined });
			expect(record.Created).toBe(Created);
			const target = kind === 'transaction' ? '/billing/transactions/JVmAEnma' : lists[kind];
			const listed = (await call('GET', `${target}${target.includes('?') ? '&' : '?'}Created=${Created}`)).body.items;
			expect(listed.map((item: { Uid: string }) => item.Uid)).toEqual([record.Uid]);
		});

		it('hides records for visibleAfterMs, until revealed', async () => {
			const [hidden] = await outseta.insert('activity', { Created: '2020-01-01T00:00:00', visibleAfterMs: 60_000, records: [{ ActivityType: 103, EntityType: 1, EntityUid: 'KaWx1mVr' }] });
			expect(hidden.ActivityDateTime).toBe('2020-01-01T00:00:00');
			const listed = async () => (await call('GET', '/activities?ActivityType=103')).body.items.map((item: { Uid: string }) => item.Uid);
			expect(await listed()).toEqual([]);
			expect(await outseta.reveal()).toBe(1);
			expect(await listed()).toEqual([hidden.Uid]);
		});

		it('keeps the limiter at 4 requests a second with the vendor error shape', async () => {
			await outseta.control('config', { rateLimit: { max: 4, windowMs: 1000 } });
			try {
				const statuses: number[] = [];
				let limited: unknown;
				for (let index = 0; index < 5; index++) {
					const response = await call('GET', '/crm/people?limit=1&fields=Uid');
					statuses.push(response.status);
					if (response.status === 429) limited = response.body;
				}
				expect(statuses).toEqual([200, 200, 200, 200, 429]);
				expect(limited).toEqual({ error: { message: 'API rate limit exceeded: at most 4 requests per second.' } });
			} finally {
				await outseta.control('config', { rateLimit: null });
			}
		});
	});
});
