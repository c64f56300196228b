/**
 * One scenario per request of the Outseta collection (68 callable requests) and the two list
 * endpoints only its prose shows: node parameters (preparing fresh records in the simulator when
 * a request changes or deletes one) and the exact body and query the request must carry, written
 * from the row's example request (test/fixtures/outseta/requests.json) with these documented
 * changes only:
 * - blank values (null, "", {}) are not in the expected body: the node never sends an optional
 *   field left blank;
 * - `IsPrimary`, `SendWelcomeEmail` and `AccountStage`, which some examples write as strings
 *   ("true", "2") and others as JSON values (the Register example), are expected as booleans and
 *   numbers, the JSON types the node sends; `"true/false"` placeholders take the value chosen;
 * - placeholders (`[dealUid]`, `xxxxxxxx`, `abcd1234`) and ids the simulator cannot use as the
 *   example does (an account that already has a subscription, a person already on the list, an
 *   add-on Uid given as a person) are replaced by records prepared for the scenario;
 * - Add discount sets both AmountOff and PercentOff, which Outseta's own prose forbids: its name
 *   ("100% off") says it means PercentOff 100, so AmountOff is left out, and so is
 *   DurationInMonths, which applies to repeating discounts only (the example's Duration is 1,
 *   Forever);
 * - the user-profile example's person (Uid, email, address Uid) is the signed-in test user, and
 *   the current password of Update Password is the test user's.
 * Shared by the engine coverage test and the real-n8n e2e suite.
 */
import type { IDataObject } from 'n8n-workflow';
import { exampleBodyOf, idOf, rowFor, type CoverageScenario, type LoggedRequest } from '../helpers/coverage';
import { byId, TEST_USER, type OutsetaSim } from '../helpers/outseta';
import { rowsOf, type EndpointRow } from '../helpers/rows';

const sim = require('../simulators/outseta/server.js');

/** The 68 callable requests (the empty "New Request" of Notifications is not one). */
export const outsetaRows: EndpointRow[] = rowsOf('Outseta', [[]]).filter((row) => row.path && row.path !== '/');
/** The two list endpoints only the collection's prose shows, as the simulator serves them. */
export const proseRows: EndpointRow[] = (sim.loadRows() as Array<Partial<EndpointRow> & { inferred?: boolean }>)
	.filter((row) => row.inferred)
	.map((row) => ({ ...row, pathParams: [], bodyMode: null, bodyFields: [], flags: ['prose only'] }) as EndpointRow);

/** Workflow timezone of the scenarios: dates in the examples are written as UTC wall-clock times. */
export const SCENARIO_TIMEZONE = 'UTC';

export interface OutsetaScenario extends CoverageScenario<OutsetaSim> {
	/** The credential the node uses (default: the API key). */
	authentication?: 'apiKey' | 'userToken';
	/** Which of the requests the run sent is the row's (default: the only one). */
	pick?: (sent: LoggedRequest[]) => LoggedRequest;
	/** Requests the run sends (default 1). */
	requests?: number;
	/** Starts without a user token, so the credential signs in first. */
	freshToken?: boolean;
	/** Puts the simulator back after the run (e.g. the test user's password). */
	after?: (sim: OutsetaSim) => Promise<void>;
	/** One of the prose-only lists. */
	prose?: boolean;
}

export function rowOf(scenario: OutsetaScenario): EndpointRow {
	return rowFor(scenario.prose ? proseRows : outsetaRows, scenario);
}

// ------------------------------------------------------------------ expected bodies

const STRING_TYPED: Record<string, 'boolean' | 'number'> = { IsPrimary: 'boolean', SendWelcomeEmail: 'boolean', AccountStage: 'number' };

/** Blanks out, string-typed booleans and numbers as JSON values (see the header). */
export function asSent(value: unknown, key = ''): unknown {
	if (Array.isArray(value)) return value.map((element) => asSent(element));
	if (value && typeof value === 'object') {
		const entries = Object.entries(value)
			.map(([child, inner]) => [child, asSent(inner, child)] as const)
			.filter(([, inner]) => inner !== undefined);
		return entries.length ? Object.fromEntries(entries) : undefined;
	}
	if (value === null || value === '') return undefined;
	if (typeof value === 'string' && STRING_TYPED[key] === 'boolean' && /^(true|false)$/.test(value)) return value === 'true';
	if (typeof value === 'string' && STRING_TYPED[key] === 'number' && /^\d+$/.test(value)) return Number(value);
	return value;
}

const example = (name: string, folder?: string[]) => exampleBodyOf(rowFor(outsetaRows, { row: name, folder }));

/** The row's example body as the node sends it, with `changes` (dotted paths) applied first. */
export function expectedBody(name: string, changes: Record<string, unknown> = {}): IDataObject {
	const body = example(name);
	for (const [path, value] of Object.entries(changes)) {
		const parts = path.split('.');
		let cursor: any = body;
		for (const part of parts.slice(0, -1)) cursor = cursor[part];
		if (value === undefined) delete cursor[parts[parts.length - 1]];
		else cursor[parts[parts.length - 1]] = value;
	}
	return asSent(body) as IDataObject;
}

// ------------------------------------------------------------------ records prepared in the simulator

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

async function ok(sim: OutsetaSim, method: string, path: string, body?: unknown): Promise<any> {
	const response = await sim.api(method, path, body);
	if (response.status !== 200) throw new Error(`preparing ${method} ${path}: HTTP ${response.status} ${JSON.stringify(response.body)}`);
	return response.body;
}

export async function newPerson(sim: OutsetaSim, email = `${unique('person')}@example.com`) {
	return await ok(sim, 'POST', '/crm/people', { Email: email, FirstName: 'Test', LastName: 'Person' });
}

/** A fresh account (default subscribing) with a primary person and one more member. */
export async function accountWithMembers(sim: OutsetaSim, stage = 3) {
	const primary = await newPerson(sim);
	const member = await newPerson(sim);
	const account = await ok(sim, 'POST', '/crm/accounts', {
		Name: unique('Coverage account'),
		AccountStage: stage,
		PersonAccount: [
			{ Person: { Uid: primary.Uid }, IsPrimary: true },
			{ Person: { Uid: member.Uid }, IsPrimary: false },
		],
		MailingAddress: { AddressLine1: 'old mailing' },
		BillingAddress: { AddressLine1: 'old billing' },
	});
	// A membership's Person is null at the default depth (as in every account example); ask for it.
	const memberships = (await ok(sim, 'GET', `/crm/accounts/${account.Uid}?fields=PersonAccount.Uid,PersonAccount.Person.Uid`)).PersonAccount as IDataObject[];
	const membershipOf = (uid: string) => memberships.find((entry) => (entry.Person as IDataObject).Uid === uid)!.Uid as string;
	return { account, primary, member, memberMembership: membershipOf(member.Uid), primaryMembership: membershipOf(primary.Uid) };
}

/** A fresh account with a first subscription (Core, monthly) and its first invoice. */
export async function subscribedAccount(sim: OutsetaSim) {
	const { account } = await accountWithMembers(sim, 2);
	const invoice = await ok(sim, 'PUT', '/billing/subscriptions/firsttimesubscription', {
		Plan: { Uid: 'VdQG094Y' },
		BillingRenewalTerm: 1,
		Account: { Uid: account.Uid },
	});
	const current = await ok(sim, 'GET', `/crm/accounts/${account.Uid}?fields=CurrentSubscription.Uid`);
	return { account, invoice, subscriptionUid: (current.CurrentSubscription as IDataObject).Uid as string };
}

/** The test user's email and password, as the seed has them (profile scenarios change them). */
export async function restoreTestUser(sim: OutsetaSim): Promise<void> {
	await ok(sim, 'PUT', `/crm/people/${TEST_USER.personUid}`, { Email: TEST_USER.username });
	await sim.setPassword(TEST_USER.username, TEST_USER.password);
}

const address = (parts: IDataObject) => ({ address: parts });
const plainAddress = (body: IDataObject, key: string) => {
	const { Uid: _uid, ...parts } = body[key] as IDataObject;
	return address(Object.fromEntries(Object.entries(parts).filter(([, value]) => value !== null)));
};
/** The test user's address (the Get Profile example's). */
const TEST_USER_ADDRESS_UID = 'exmewp9V';
export const isTokenRequest = (request: LoggedRequest) => request.path.endsWith('/tokens');

// ------------------------------------------------------------------ the scenarios

export const scenarios: OutsetaScenario[] = [
	// ---------------------------------------------------------------- CRM › People
	{
		row: 'Get all people',
		parameters: { resource: 'person', operation: 'getAll', returnAll: false, limit: 3, options: { sortBy: 'Created', sortDirection: 'DESC' } },
		query: { limit: '3', offset: '0', orderBy: 'Created DESC' },
		check: (output) => expect(output).toHaveLength(3),
	},
	{
		row: 'Get person',
		path: { personUid: 'qrm0A4QX' },
		parameters: { resource: 'person', operation: 'get', personId: byId('qrm0A4QX'), simplify: false },
		check: (output) => expect(output[0]).toMatchObject({ Uid: 'qrm0A4QX', Email: 'example@outseta.com' }),
	},
	{
		row: 'Add person',
		parameters: () => {
			const body = example('Add person');
			return Promise.resolve({
				resource: 'person',
				operation: 'create',
				email: body.Email,
				firstName: body.FirstName,
				lastName: body.LastName,
				additionalFields: { MailingAddress: plainAddress(body, 'MailingAddress') },
			});
		},
		body: () => expectedBody('Add person'),
		check: (output) => expect(output[0]).toMatchObject({ Email: 'example@me.com', FullName: 'My example' }),
	},
	{
		// The example updates the test user (its address Uid is the test user's).
		row: 'Update person',
		path: (parameters) => ({ personUid: idOf(parameters.personId) }),
		parameters: () => {
			const body = example('Update person');
			return Promise.resolve({
				resource: 'person',
				operation: 'update',
				personId: byId(TEST_USER.personUid),
				updateFields: {
					Email: body.Email,
					FirstName: body.FirstName,
					LastName: body.LastName,
					MailingAddress: address({ Uid: (body.MailingAddress as IDataObject).Uid, ...plainAddress(body, 'MailingAddress').address }),
				},
			});
		},
		body: () => expectedBody('Update person'),
		check: (output) => expect(output[0]).toMatchObject({ Uid: TEST_USER.personUid, FirstName: 'My' }),
	},
	{
		row: 'Delete person',
		path: (parameters) => ({ personUid: idOf(parameters.personId) }),
		parameters: async (sim) => ({ resource: 'person', operation: 'delete', personId: byId((await newPerson(sim)).Uid) }),
		check: (output) => expect(output).toEqual([{ deleted: true }]),
	},
	{
		row: 'Set temporary password',
		path: { personUid: 'qrm0A4QX' },
		parameters: { resource: 'person', operation: 'setTemporaryPassword', personId: byId('qrm0A4QX'), temporaryPassword: example('Set temporary password').temporaryPassword },
		body: () => expectedBody('Set temporary password'),
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	{
		row: 'Initiate password reset',
		parameters: {
			resource: 'person',
			operation: 'initiatePasswordReset',
			email: example('Initiate password reset').Email,
			options: { parentUrl: 'https://example.com/reset' },
		},
		body: () => expectedBody('Initiate password reset'),
		query: { parentUrl: 'https://example.com/reset' },
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	{
		row: 'Send confirmation email to primary person on an account',
		path: { accountUid: 'KaWx1mVr' },
		parameters: { resource: 'person', operation: 'sendConfirmationEmail', accountId: byId('KaWx1mVr'), recipients: 'primary' },
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	{
		row: 'Send confirmation email to specific person on an account',
		path: { accountUid: 'KaWx1mVr' },
		parameters: { resource: 'person', operation: 'sendConfirmationEmail', accountId: byId('KaWx1mVr'), recipients: 'person', personId: byId('qrm0A4QX') },
		query: { personUid: 'qrm0A4QX' },
	},
	{
		row: 'Send confirmation email to all people on an account',
		path: { accountUid: 'KaWx1mVr' },
		parameters: { resource: 'person', operation: 'sendConfirmationEmail', accountId: byId('KaWx1mVr'), recipients: 'all' },
		query: { personUid: '*' },
	},

	// ---------------------------------------------------------------- CRM › Accounts
	{
		row: 'Get account',
		path: { accountUid: 'KaWx1mVr' },
		parameters: { resource: 'account', operation: 'get', accountId: byId('KaWx1mVr') },
		// Simplify reads only what Outseta sends: memberships by Uid (their person is null by default).
		check: (output) =>
			expect(output[0]).toMatchObject({ Uid: 'KaWx1mVr', AccountStageLabel: 'Trial Expired', Memberships: [{ Uid: 'wDQ2w9V6', IsPrimary: true }] }),
	},
	{
		row: 'Get all accounts',
		parameters: { resource: 'account', operation: 'getAll', returnAll: true },
		query: { limit: '100', offset: '0' },
		check: (output) => expect(output.map((account) => account.Uid)).toContain('KaWx1mVr'),
	},
	{
		row: 'Get all trialing accounts',
		parameters: { resource: 'account', operation: 'getAll', returnAll: false, limit: 10, filters: { AccountStage: 2 } },
		query: { AccountStage: '2', limit: '10', offset: '0' },
		check: (output) => expect(output.every((account) => account.AccountStage === 2)).toBe(true),
	},
	{
		row: 'Add account with existing person',
		parameters: () => {
			const body = example('Add account with existing person');
			return Promise.resolve({
				resource: 'account',
				operation: 'create',
				name: body.Name,
				primaryPerson: 'existing',
				personId: byId('owmjxl9V'),
				additionalFields: { AccountStage: 2, MailingAddress: plainAddress(body, 'MailingAddress'), BillingAddress: plainAddress(body, 'BillingAddress') },
			});
		},
		body: () => expectedBody('Add account with existing person'),
		check: (output) => expect(output[0]).toMatchObject({ Name: 'First API account', AccountStage: 2 }),
	},
	{
		row: 'Add account with new person',
		parameters: () => {
			const body = example('Add account with new person');
			const person = ((body.PersonAccount as IDataObject[])[0].Person ?? {}) as IDataObject;
			return Promise.resolve({
				resource: 'account',
				operation: 'create',
				name: body.Name,
				primaryPerson: 'new',
				personEmail: person.Email,
				personFirstName: person.FirstName,
				personLastName: person.LastName,
				sendConfirmationEmail: true,
				additionalFields: { AccountStage: 2, MailingAddress: plainAddress(body, 'MailingAddress'), BillingAddress: plainAddress(body, 'BillingAddress') },
			});
		},
		body: () => expectedBody('Add account with new person'),
		query: { sendConfirmationEmail: 'true' },
		check: (output) => expect((output[0].PersonAccount as IDataObject[])[0]).toMatchObject({ IsPrimary: true }),
	},
	{
		row: 'Add new person to existing account',
		path: { accountUid: 'wDQ2w9V6' },
		parameters: {
			resource: 'account',
			operation: 'addPerson',
			accountId: byId('wDQ2w9V6'),
			personMode: 'new',
			personEmail: 'new@new.com',
			personFirstName: 'New',
			personLastName: 'Person',
			isPrimary: false,
			sendWelcomeEmail: false,
		},
		body: () => expectedBody('Add new person to existing account'),
		query: { sendWelcomeEmail: 'false' },
		check: (output) => expect(output[0]).toMatchObject({ IsPrimary: false, Person: { Email: 'new@new.com' } }),
	},
	{
		row: 'Add existing person to existing account',
		path: { accountUid: 'wDQ2w9V6' },
		parameters: { resource: 'account', operation: 'addPerson', accountId: byId('wDQ2w9V6'), personMode: 'existing', personId: byId('y7maBrQE') },
		body: () => expectedBody('Add existing person to existing account'),
		check: (output) => expect(output[0]).toMatchObject({ Person: { Uid: 'y7maBrQE' }, Account: { Uid: 'wDQ2w9V6' } }),
	},
	{
		row: 'Add account with subscription',
		parameters: () => {
			const body = example('Add account with subscription');
			return Promise.resolve({
				resource: 'account',
				operation: 'create',
				name: body.Name,
				primaryPerson: 'existing',
				personId: byId('owmjxl9V'),
				additionalFields: {
					MailingAddress: plainAddress(body, 'MailingAddress'),
					BillingAddress: plainAddress(body, 'BillingAddress'),
					subscription: { plan: { planUid: 'VdQG094Y', billingRenewalTerm: 1 } },
				},
			});
		},
		body: () => expectedBody('Add account with subscription'),
		check: (output) => expect(output[0]).toMatchObject({ Name: 'Fourth API account' }),
	},
	{
		row: 'Register Account',
		parameters: {
			resource: 'account',
			operation: 'register',
			personEmail: 'jdoe@domain.com',
			planId: byId('amRXjE9J'),
			billingRenewalTerm: 2,
			additionalFields: { Name: 'ACME, LLC' },
		},
		body: () => expectedBody('Register Account'),
		check: (output) => expect(output[0]).toMatchObject({ Name: 'ACME, LLC', AccountStageLabel: 'Trialing' }),
	},
	{
		// The example's address Uids are of the account being updated: a fresh one's here.
		row: 'Update account',
		path: (parameters) => ({ accountUid: idOf(parameters.accountId) }),
		parameters: async (sim) => {
			const { account } = await accountWithMembers(sim);
			const body = example('Update account');
			const part = (key: string) => {
				const { Uid: _uid, ...parts } = body[key] as IDataObject;
				return address({ Uid: (account[key] as IDataObject).Uid, ...parts });
			};
			return {
				resource: 'account',
				operation: 'update',
				accountId: byId(account.Uid),
				updateFields: { Name: body.Name, AccountStage: 3, MailingAddress: part('MailingAddress'), BillingAddress: part('BillingAddress') },
			};
		},
		body: (parameters) => {
			const fields = parameters.updateFields as IDataObject;
			const uidOf = (key: string) => ((fields[key] as IDataObject).address as IDataObject).Uid;
			return expectedBody('Update account', { 'MailingAddress.Uid': uidOf('MailingAddress'), 'BillingAddress.Uid': uidOf('BillingAddress') });
		},
		check: (output) => expect(output[0]).toMatchObject({ Name: 'First API account', AccountStage: 3 }),
	},
	{
		row: 'Cancel account',
		path: (parameters) => ({ accountUid: idOf(parameters.accountId) }),
		parameters: async (sim) => {
			const body = example('Cancel account');
			return {
				resource: 'account',
				operation: 'cancel',
				accountId: byId((await accountWithMembers(sim)).account.Uid),
				reason: body.CancelationReason,
				comment: body.Comment,
			};
		},
		body: (parameters) => expectedBody('Cancel account', { 'Account.Uid': (parameters.accountId as IDataObject).value }),
		check: (output) => expect(output[0]).toMatchObject({ AccountStage: 4 }),
	},
	{
		row: 'Remove cancelation',
		path: (parameters) => ({ accountUid: idOf(parameters.accountId) }),
		parameters: async (sim) => ({ resource: 'account', operation: 'removeCancellation', accountId: byId((await accountWithMembers(sim, 4)).account.Uid) }),
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	{
		row: 'Update person account membership',
		path: (parameters) => ({ accountUid: idOf(parameters.accountId), membershipUid: idOf(parameters.membershipId) }),
		parameters: async (sim) => {
			const { account, member, memberMembership } = await accountWithMembers(sim);
			return {
				resource: 'account',
				operation: 'updateMembership',
				accountId: byId(account.Uid),
				membershipId: byId(memberMembership),
				personId: byId(member.Uid),
				isPrimary: true,
			};
		},
		body: (parameters) =>
			expectedBody('Update person account membership', {
				'Account.Uid': (parameters.accountId as IDataObject).value,
				'Person.Uid': (parameters.personId as IDataObject).value,
			}),
		check: (output) => expect(output[0]).toMatchObject({ IsPrimary: true }),
	},
	{
		row: 'Delete account',
		path: (parameters) => ({ accountUid: idOf(parameters.accountId) }),
		parameters: async (sim) => ({ resource: 'account', operation: 'delete', accountId: byId((await accountWithMembers(sim)).account.Uid) }),
		check: (output) => expect(output).toEqual([{ deleted: true }]),
	},
	{
		row: 'Remove person from account',
		path: (parameters) => ({ accountUid: idOf(parameters.accountId), membershipUid: idOf(parameters.membershipId) }),
		parameters: async (sim) => {
			const { account, memberMembership } = await accountWithMembers(sim);
			return { resource: 'account', operation: 'removePerson', accountId: byId(account.Uid), membershipId: byId(memberMembership) };
		},
		check: (output) => expect(output).toEqual([{ deleted: true }]),
	},

	// ---------------------------------------------------------------- CRM › Activities, Deals
	{
		row: 'Get all activities',
		parameters: {
			resource: 'activity',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: { ActivityType: 100, EntityType: 1 },
			options: { sortBy: 'ActivityDateTime', sortDirection: 'DESC' },
		},
		query: { ActivityType: '100', EntityType: '1', offset: '0', limit: '5', orderBy: 'ActivityDateTime DESC' },
		check: (output) => expect(output.every((activity) => activity.ActivityType === 100 && activity.EntityType === 1)).toBe(true),
	},
	{
		row: 'Add custom activity',
		parameters: () => {
			const body = example('Add custom activity');
			return Promise.resolve({
				resource: 'activity',
				operation: 'createCustom',
				title: body.Title,
				entityType: body.EntityType,
				entityUid: body.EntityUid,
				description: body.Description,
				activityData: body.ActivityData,
			});
		},
		body: () => expectedBody('Add custom activity'),
		check: (output) => expect(output[0]).toMatchObject({ Title: 'New custom activity for an account', EntityType: 1 }),
	},
	{
		row: 'Get all deals',
		parameters: { resource: 'deal', operation: 'getAll', returnAll: true, filters: { stageUid: '4XQYqQPB' } },
		query: { 'DealPipelineStage.Uid': '4XQYqQPB', limit: '100', offset: '0' },
		check: (output) => expect(output[0]).toMatchObject({ Uid: 'Gn9DxQ2y', DealPipelineStageUid: '4XQYqQPB' }),
	},
	{
		row: 'Get deal',
		path: { dealUid: 'Gn9DxQ2y' },
		parameters: { resource: 'deal', operation: 'get', dealId: byId('Gn9DxQ2y') },
		check: (output) => expect(output[0]).toMatchObject({ Uid: 'Gn9DxQ2y', Name: 'Website redesign', AccountUid: '4XQYqQPB' }),
	},
	{
		row: 'Add deal',
		parameters: () => {
			const body = example('Add deal');
			return Promise.resolve({
				resource: 'deal',
				operation: 'create',
				name: body.Name,
				stageUid: (body.DealPipelineStage as IDataObject).Uid,
				additionalFields: {
					amount: body.Amount,
					accountId: byId((body.Account as IDataObject).Uid as string),
					assignedTo: body.AssignedToPersonClientIdentifier,
					people: ((body.DealPeople as IDataObject[]).map((entry) => (entry.Person as IDataObject).Uid)).join(', '),
				},
			});
		},
		body: () => expectedBody('Add deal'),
		check: (output) => expect(output[0]).toMatchObject({ Name: 'New', Amount: 12 }),
	},
	{
		row: 'Delete deal',
		path: (parameters) => ({ dealUid: idOf(parameters.dealId) }),
		parameters: async (sim) => {
			const deal = await ok(sim, 'POST', '/crm/deals', { Name: unique('deal'), DealPipelineStage: { Uid: '4XQYqQPB' } });
			return { resource: 'deal', operation: 'delete', dealId: byId(deal.Uid) };
		},
		check: (output) => expect(output).toEqual([{ deleted: true }]),
	},
	{
		// The example's deal person 4XQYqQPB is an account Uid: a person of the simulator stands in.
		row: 'Update deal',
		path: (parameters) => ({ dealUid: idOf(parameters.dealId) }),
		parameters: async (sim) => {
			const deal = await ok(sim, 'POST', '/crm/deals', { Name: unique('deal'), DealPipelineStage: { Uid: '4XQYqQPB' } });
			const body = example('Update deal');
			return {
				resource: 'deal',
				operation: 'update',
				dealId: byId(deal.Uid),
				updateFields: {
					name: body.Name,
					stageUid: (body.DealPipelineStage as IDataObject).Uid,
					amount: body.Amount,
					accountId: byId((body.Account as IDataObject).Uid as string),
					assignedTo: body.AssignedToPersonClientIdentifier,
					people: '8vWy1Wbw',
				},
			};
		},
		body: (parameters) => expectedBody('Update deal', { Uid: (parameters.dealId as IDataObject).value, DealPeople: [{ Person: { Uid: '8vWy1Wbw' } }] }),
		check: (output) => expect(output[0]).toMatchObject({ Name: 'Test', DealPipelineStage: { Uid: 'wZmNZm2O' } }),
	},

	// ---------------------------------------------------------------- Marketing
	{
		row: 'Get all subscribers to list',
		path: { listUid: 'exmepWVG' },
		parameters: { resource: 'emailListSubscription', operation: 'getAll', listId: 'exmepWVG', returnAll: true },
		query: { limit: '100', offset: '0' },
		check: (output) => expect(output[0]).toMatchObject({ EmailListUid: 'exmepWVG', PersonEmail: expect.any(String) }),
	},
	{
		// The example's new subscriber is already on the list in the simulator (it is the list's example subscriber).
		row: 'Subscribe new person to list',
		path: (parameters) => ({ listUid: idOf(parameters.listId) }),
		parameters: () =>
			Promise.resolve({
				resource: 'emailListSubscription',
				operation: 'subscribe',
				listId: 'exmepWVG',
				personMode: 'new',
				personEmail: `${unique('subscriber')}@subscriber.com`,
				personFirstName: 'New',
				personLastName: 'Subscriber',
				sendWelcomeEmail: true,
			}),
		body: (parameters) => expectedBody('Subscribe new person to list', { 'Person.Email': parameters.personEmail, SendWelcomeEmail: true }),
		check: (output) => expect(output[0]).toMatchObject({ EmailListSubscriberStatus: 1, SendWelcomeEmail: true }),
	},
	{
		// The example's person is already subscribed in the simulator: a fresh person stands in.
		row: 'Subscribe existing person to list',
		path: (parameters) => ({ listUid: idOf(parameters.listId) }),
		parameters: async (sim) => ({
			resource: 'emailListSubscription',
			operation: 'subscribe',
			listId: 'exmepWVG',
			personMode: 'existing',
			personId: byId((await newPerson(sim)).Uid),
			sendWelcomeEmail: false,
		}),
		body: (parameters) => expectedBody('Subscribe existing person to list', { 'Person.Uid': (parameters.personId as IDataObject).value, SendWelcomeEmail: false }),
		check: (output) => expect(output[0]).toMatchObject({ EmailListSubscriberStatus: 1 }),
	},
	{
		row: 'Remove subscriber from list',
		path: { listUid: 'exmepWVG', subscriptionUid: 'KL9ngWZG' },
		parameters: { resource: 'emailListSubscription', operation: 'unsubscribe', listId: 'exmepWVG', subscriptionId: 'KL9ngWZG' },
		check: (output) => expect(output).toEqual([{ deleted: true }]),
	},

	// ---------------------------------------------------------------- Support
	{
		row: 'Get all cases',
		parameters: { resource: 'supportCase', operation: 'getAll', returnAll: true },
		query: { limit: '100', offset: '0' },
		check: (output) => expect(output[0]).toMatchObject({ Uid: 'wZmNZm2O', FromPersonUid: 'bB9l5DW8' }),
	},
	{
		row: 'Get all cases by person Uid',
		parameters: { resource: 'supportCase', operation: 'getAll', returnAll: true, filters: { fromPersonUid: 'bB9l5DW8' } },
		query: { 'FromPerson.Uid': 'bB9l5DW8', limit: '100', offset: '0' },
		check: (output) => expect(output.every((supportCase) => supportCase.FromPersonUid === 'bB9l5DW8')).toBe(true),
	},
	{
		// The example's email has no case in the simulator: the email of the person with the seeded case stands in.
		row: 'Get all cases by person email',
		parameters: async (sim) => ({
			resource: 'supportCase',
			operation: 'getAll',
			returnAll: true,
			filters: { fromPersonEmail: (await ok(sim, 'GET', '/crm/people/bB9l5DW8')).Email },
		}),
		query: (parameters) => ({ 'FromPerson.Email': String((parameters.filters as IDataObject).fromPersonEmail), limit: '100', offset: '0' }),
		check: (output) => expect(output.map((supportCase) => supportCase.Uid)).toContain('wZmNZm2O'),
	},
	{
		row: 'Add case',
		parameters: () => {
			const body = example('Add case');
			return Promise.resolve({
				resource: 'supportCase',
				operation: 'create',
				personId: byId((body.FromPerson as IDataObject).Uid as string),
				subject: body.Subject,
				body: body.Body,
				source: body.Source,
				sendAutoResponder: true,
			});
		},
		body: () => expectedBody('Add case'),
		query: { sendAutoResponder: 'true' },
		check: (output) => expect(output[0]).toMatchObject({ Subject: 'This is the third case example', Source: 2 }),
	},
	{
		row: 'Add client response',
		path: { caseUid: 'wZmNZm2O', comment: 'Thank you so much' },
		parameters: { resource: 'supportCase', operation: 'addClientResponse', caseId: byId('wZmNZm2O'), comment: 'Thank you so much' },
		check: (output, request) => {
			expect(request.path).toBe('/api/v1/support/cases/wZmNZm2O/clientresponse/Thank%20you%20so%20much');
			expect(output).toEqual([{ success: true }]);
		},
	},
	{
		row: 'Add reply',
		path: (parameters) => ({ caseUid: idOf(parameters.caseId) }),
		parameters: () => {
			const body = example('Add reply');
			return Promise.resolve({ resource: 'supportCase', operation: 'addReply', caseId: byId('wZmNZm2O'), agentName: body.AgentName, comment: body.Comment });
		},
		body: () => expectedBody('Add reply', { 'Case.Uid': 'wZmNZm2O' }),
		check: (output) => expect(output[0]).toMatchObject({ AgentName: 'Agent A', Comment: 'This is a reply' }),
	},
	{
		row: 'Get all knowledge base categories',
		parameters: { resource: 'knowledgeBase', operation: 'getCategories', returnAll: true },
		query: { limit: '100', offset: '0' },
		check: (output) => expect(output.length).toBeGreaterThan(0),
	},
	{
		row: 'Get all knowledge base articles',
		parameters: { resource: 'knowledgeBase', operation: 'getArticles', returnAll: false, limit: 10 },
		query: { limit: '10', offset: '0' },
		check: (output) => expect(output.length).toBeGreaterThan(0),
	},
	{
		row: 'Get knowledge base article',
		path: { articleUid: 'y9qxBr3Q' },
		parameters: { resource: 'knowledgeBase', operation: 'getArticle', articleId: byId('y9qxBr3Q') },
		check: (output) => expect(output[0]).toMatchObject({ Uid: 'y9qxBr3Q', Title: 'How to sign up' }),
	},

	// ---------------------------------------------------------------- Billing
	{
		row: 'Get all plan families',
		parameters: { resource: 'planFamily', operation: 'getAll', returnAll: true },
		query: { limit: '100', offset: '0' },
		check: (output) => expect(output[0]).toMatchObject({ Uid: 'Lqm3Zp9R' }),
	},
	{
		row: 'Get all plans',
		parameters: { resource: 'plan', operation: 'getAll', returnAll: true, filters: { planFamilyUid: 'Lqm3Zp9R' } },
		query: { 'PlanFamily.Uid': 'Lqm3Zp9R', limit: '100', offset: '0' },
		check: (output) => expect(output.map((plan) => plan.Uid)).toEqual(expect.arrayContaining(['VdQG094Y', 'DMQvDbWY', 'amRXjE9J'])),
	},
	{
		row: 'Add usage for add on',
		parameters: () => {
			const body = example('Add usage for add on');
			return Promise.resolve({
				resource: 'usage',
				operation: 'addUsage',
				subscriptionAddOnUid: (body.SubscriptionAddOn as IDataObject).Uid,
				amount: body.Amount,
				usageDate: body.UsageDate,
			});
		},
		body: () => expectedBody('Add usage for add on'),
		check: (output) => expect(output[0]).toMatchObject({ Amount: 10, UsageDate: '2017-12-01T10:00:00' }),
	},
	{
		row: 'Add discount',
		parameters: () => {
			const body = example('Add discount');
			return Promise.resolve({
				resource: 'discountCoupon',
				operation: 'create',
				uniqueIdentifier: body.UniqueIdentifier,
				name: body.Name,
				discountType: 'percent',
				percentOff: body.PercentOff,
				duration: body.Duration,
				additionalFields: {
					isActive: body.IsActive,
					maxRedemptions: body.MaxRedemptions,
					redeemBy: '2034-12-31T00:00:00',
					planUids: (body.DiscountCouponPlans as IDataObject[]).map((plan) => plan.Uid),
				},
			});
		},
		body: () => expectedBody('Add discount', { AmountOff: undefined, DurationInMonths: undefined }),
		check: (output) => expect(output[0]).toMatchObject({ UniqueIdentifier: '100OFF', PercentOff: 100, AmountOff: null }),
	},
	{
		row: 'Get subscription',
		path: { subscriptionUid: 'z49E5z97' },
		parameters: { resource: 'subscription', operation: 'get', subscriptionId: byId('z49E5z97') },
		check: (output) => expect(output[0]).toMatchObject({ Uid: 'z49E5z97', AccountUid: 'wDQ2w9V6', PlanUid: 'VdQG094Y', PlanName: 'Core' }),
	},
	{
		row: 'Add first time subscription (preview)',
		parameters: { resource: 'subscription', operation: 'addFirstTimePreview', planId: byId('DMQvDbWY'), billingRenewalTerm: 1 },
		body: () => expectedBody('Add first time subscription (preview)'),
		check: (output) => expect(output[0]).toMatchObject({ Uid: null, Amount: 19 }),
	},
	{
		// The example's account has a subscription in the simulator: a fresh account stands in.
		row: 'Add first time subscription',
		parameters: async (sim) => ({
			resource: 'subscription',
			operation: 'addFirstTime',
			accountId: byId((await accountWithMembers(sim, 2)).account.Uid),
			planId: byId('VdQG094Y'),
			billingRenewalTerm: 1,
		}),
		body: (parameters) => expectedBody('Add first time subscription', { 'Account.Uid': (parameters.accountId as IDataObject).value }),
		check: (output) => expect(output[0]).toMatchObject({ Amount: 99 }),
	},
	{
		row: 'Add first time subscription with add ons',
		parameters: async (sim) => ({
			resource: 'subscription',
			operation: 'addFirstTime',
			accountId: byId((await accountWithMembers(sim, 2)).account.Uid),
			planId: byId('VdQG094Y'),
			billingRenewalTerm: 1,
			additionalFields: { addOns: { addOn: [{ uid: 'By9q8QAP' }] } },
		}),
		body: (parameters) => expectedBody('Add first time subscription with add ons', { 'Account.Uid': (parameters.accountId as IDataObject).value }),
		check: (output) => expect((output[0].InvoiceLineItems as IDataObject[]).length).toBe(2),
	},
	{
		row: 'Change subscription (preview)',
		path: { subscriptionUid: 'z49E5z97' },
		parameters: { resource: 'subscription', operation: 'changePreview', subscriptionId: byId('z49E5z97'), accountId: byId('wDQ2w9V6'), planId: byId('VdQG094Y'), billingRenewalTerm: 2 },
		body: () => expectedBody('Change subscription (preview)'),
		check: (output) => expect(output[0]).toMatchObject({ Uid: null, Amount: 500 }),
	},
	{
		// Changing z49E5z97 would end the subscription other scenarios use: a fresh one changes.
		row: 'Change subscription',
		path: (parameters) => ({ subscriptionUid: idOf(parameters.subscriptionId) }),
		parameters: async (sim) => {
			const { account, subscriptionUid } = await subscribedAccount(sim);
			return { resource: 'subscription', operation: 'change', subscriptionId: byId(subscriptionUid), accountId: byId(account.Uid), planId: byId('VdQG094Y'), billingRenewalTerm: 2 };
		},
		body: (parameters) => expectedBody('Change subscription', { 'Account.Uid': (parameters.accountId as IDataObject).value }),
		check: (output) => expect(output[0]).toMatchObject({ Amount: 500 }),
	},
	{
		row: 'Set subscription upgrade required',
		path: (parameters) => ({ subscriptionUid: idOf(parameters.subscriptionId) }),
		parameters: () => {
			const body = example('Set subscription upgrade required');
			return Promise.resolve({
				resource: 'subscription',
				operation: 'setUpgradeRequired',
				subscriptionId: byId(body.Uid as string),
				isPlanUpgradeRequired: body.IsPlanUpgradeRequired,
				message: body.PlanUpgradeRequiredMessage,
			});
		},
		body: () => expectedBody('Set subscription upgrade required'),
		check: (output) => expect(output[0]).toMatchObject({ Uid: 'z49E5z97', IsPlanUpgradeRequired: true }),
	},
	{
		row: 'Extend trial subscription',
		path: (parameters) => ({ accountUid: idOf(parameters.accountId), date: '2099-01-31' }),
		parameters: async (sim) => {
			const account = await ok(sim, 'POST', '/crm/registrations', {
				Name: unique('Trial'),
				PersonAccount: [{ IsPrimary: true, Person: { Email: `${unique('trial')}@example.com` } }],
				Subscriptions: [{ Plan: { Uid: 'amRXjE9J' }, BillingRenewalTerm: 1 }],
			});
			return { resource: 'subscription', operation: 'extendTrial', accountId: byId(account.Uid), trialEnd: '2099-01-31T00:00:00' };
		},
		check: (output, request, parameters) => {
			expect(request.path).toBe(`/api/v1/crm/accounts/extendtrial/${(parameters.accountId as IDataObject).value}/2099-01-31`);
			expect(output).toEqual([{ success: true }]);
		},
	},
	{
		row: 'Add add-on to subscription',
		parameters: () => {
			const body = example('Add add-on to subscription');
			return Promise.resolve({
				resource: 'subscription',
				operation: 'addAddOn',
				subscriptionId: byId((body.Subscription as IDataObject).Uid as string),
				addOnUid: (body.AddOn as IDataObject).Uid,
				quantity: body.Quantity,
				billingRenewalTerm: body.BillingRenewalTerm,
			});
		},
		body: () => expectedBody('Add add-on to subscription'),
		check: (output) => expect(output[0]).toMatchObject({ Quantity: 1 }),
	},
	{
		row: 'Add discount to subscription',
		path: { subscriptionUid: 'z49E5z97', discountUid: 'dpWrQ6Wq' },
		parameters: { resource: 'subscription', operation: 'addDiscount', subscriptionId: byId('z49E5z97'), discountId: 'dpWrQ6Wq' },
		check: (output, request) => {
			expect(request.path).toBe('/api/v1/billing/subscriptions/z49E5z97/discounts/dpWrQ6Wq');
			expect(output[0]).toMatchObject({ DiscountCode: 'WELCOME10' });
		},
	},
	{
		// The example's subscription Uid is an invoice's in the collection: the subscription its answer names stands in.
		row: 'Add new invoice',
		parameters: () => {
			const body = example('Add new invoice');
			return Promise.resolve({
				resource: 'invoice',
				operation: 'create',
				subscriptionId: byId('dpWr3mnq'),
				invoiceDate: body.InvoiceDate,
				lineItems: { item: (body.InvoiceLineItems as IDataObject[]).map((item) => ({ description: item.Description, amount: item.Amount })) },
			});
		},
		body: () => expectedBody('Add new invoice', { 'Subscription.Uid': 'dpWr3mnq' }),
		check: (output) => expect(output[0]).toMatchObject({ Amount: 40, IsUserGenerated: true }),
	},
	{
		row: 'Get all transactions by account',
		path: { accountUid: 'JVmAEnma' },
		parameters: { resource: 'transaction', operation: 'getAll', accountId: byId('JVmAEnma'), returnAll: true },
		query: { limit: '100', offset: '0' },
		check: (output) => expect(output.length).toBeGreaterThan(0),
	},
	{
		row: 'Add invoice payment',
		parameters: async (sim) => {
			const { account, invoice } = await subscribedAccount(sim);
			return { resource: 'transaction', operation: 'addPayment', accountId: byId(account.Uid), invoiceUid: invoice.Uid, amount: example('Add invoice payment').Amount };
		},
		body: (parameters) => expectedBody('Add invoice payment', { 'Account.Uid': (parameters.accountId as IDataObject).value, 'Invoice.Uid': parameters.invoiceUid }),
		check: (output) => expect(output[0]).toMatchObject({ Amount: -19.99, BillingTransactionType: 2 }),
	},
	{
		row: 'Update Payment Information',
		parameters: async (sim) => {
			const body = example('Update Payment Information');
			return {
				resource: 'paymentInformation',
				operation: 'update',
				accountId: byId((await accountWithMembers(sim)).account.Uid),
				paymentToken: body.PaymentToken,
				customerToken: body.CustomerToken,
				nameOnCard: body.NameOnCard,
			};
		},
		body: (parameters) => expectedBody('Update Payment Information', { 'Account.Uid': (parameters.accountId as IDataObject).value }),
		check: (output) => expect(output[0]).toMatchObject({ NameOnCard: 'Joan Smith' }),
	},

	// ---------------------------------------------------------------- User Profile and Authentication
	{
		// The password flavour of POST /tokens is the User Token credential's own exchange: a run that
		// needs a token sends it first (form-encoded), then its request.
		row: 'Get Auth Token',
		authentication: 'userToken',
		parameters: { resource: 'person', operation: 'get', authentication: 'userToken', personId: byId(TEST_USER.personUid) },
		freshToken: true,
		requests: 2,
		pick: (sent) => sent.find(isTokenRequest)!,
		body: () => ({ username: TEST_USER.username, password: TEST_USER.password }),
		check: (output, request) => {
			expect(request.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
			expect(request.headers.authorization).toBeUndefined();
			expect(output[0]).toMatchObject({ Uid: TEST_USER.personUid });
		},
	},
	{
		row: 'Get Profile',
		authentication: 'userToken',
		parameters: { resource: 'profile', operation: 'get', authentication: 'userToken' },
		check: (output) => expect(output[0]).toMatchObject({ Uid: TEST_USER.personUid }),
	},
	{
		// Created and Updated of the address come through Extra Properties, merged into the typed address.
		row: 'Update Profile',
		authentication: 'userToken',
		parameters: () => {
			const body = example('Update Profile');
			const { Created, Updated, Uid: _uid, ...parts } = body.MailingAddress as IDataObject;
			return Promise.resolve({
				resource: 'profile',
				operation: 'update',
				authentication: 'userToken',
				personUid: TEST_USER.personUid,
				updateFields: {
					Email: TEST_USER.username,
					FirstName: body.FirstName,
					LastName: body.LastName,
					MailingAddress: address({ Uid: TEST_USER_ADDRESS_UID, ...Object.fromEntries(Object.entries(parts).filter(([, value]) => value !== null)) }),
					extraProperties: JSON.stringify({ MailingAddress: { Created, Updated } }),
				},
			});
		},
		body: () => expectedBody('Update Profile', { Uid: TEST_USER.personUid, Email: TEST_USER.username, 'MailingAddress.Uid': TEST_USER_ADDRESS_UID }),
		check: (output) => expect(output[0]).toMatchObject({ Uid: TEST_USER.personUid, LastName: 'Testerakopoulos' }),
		after: restoreTestUser,
	},
	{
		row: 'Update Password',
		authentication: 'userToken',
		parameters: { resource: 'profile', operation: 'updatePassword', authentication: 'userToken', existingPassword: TEST_USER.password, newPassword: 'tester' },
		body: () => expectedBody('Update Password', { ExistingPassword: TEST_USER.password }),
		check: (output) => expect(output).toEqual([{ success: true }]),
		after: restoreTestUser,
	},
	{
		row: 'Get Auth Token with API Keys',
		parameters: { resource: 'token', operation: 'create', username: TEST_USER.username },
		body: () => ({ username: TEST_USER.username }),
		check: (output, request) => {
			expect(request.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
			expect(output[0]).toMatchObject({ token_type: 'bearer', expires_in: 31535999, access_token: expect.any(String) });
		},
	},

	// ---------------------------------------------------------------- the two lists of the prose
	{
		row: 'Get all subscriptions',
		prose: true,
		parameters: { resource: 'subscription', operation: 'getAll', returnAll: false, limit: 20, filters: { planUid: 'VdQG094Y' } },
		query: { 'Plan.Uid': 'VdQG094Y', limit: '20', offset: '0' },
		check: (output) => expect(output.every((subscription) => subscription.PlanUid === 'VdQG094Y')).toBe(true),
	},
	{
		row: 'Get all invoices',
		prose: true,
		parameters: {
			resource: 'invoice',
			operation: 'getAll',
			returnAll: false,
			limit: 20,
			filters: { conditions: { condition: [{ property: 'Amount', operator: '__gte', value: '40' }] } },
		},
		query: { Amount__gte: '40', limit: '20', offset: '0' },
		check: (output) => expect(output.every((invoice) => Number(invoice.Amount) >= 40)).toBe(true),
	},
];

/** The requests a run sent that are this scenario's (retried 429s left out). */
export function requestOf(scenario: OutsetaScenario, sent: LoggedRequest[]): LoggedRequest {
	const answered = sent.filter((request) => request.status !== 429);
	return scenario.pick ? scenario.pick(answered) : answered[0];
}
