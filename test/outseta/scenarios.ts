/**
 * One scenario per request of the collection's People and Accounts folders: node parameters
 * (preparing records in the simulator first when needed) and checks on the output. Shared by
 * the engine-level coverage test and the real-n8n e2e suite.
 */
import type { IDataObject } from 'n8n-workflow';
import { byId, type OutsetaSim, type SimRequest } from '../helpers/outseta';
import { flattenKeys, pathPattern, rowsOf, type EndpointRow } from '../helpers/rows';

export const SLICE = [
	['CRM', 'People'],
	['CRM', 'Accounts'],
];
export const sliceRows = rowsOf('Outseta', SLICE);

export interface Scenario {
	row: string;
	/** Node parameters; may prepare records in the simulator first. */
	parameters: IDataObject | ((sim: OutsetaSim) => Promise<IDataObject>);
	/** Extra checks on the output or the request. */
	check?: (output: IDataObject[], request: SimRequest) => void;
}

const address = (prefix: string) => ({
	address: {
		AddressLine1: `${prefix} line 1`,
		AddressLine2: `${prefix} line 2`,
		AddressLine3: `${prefix} line 3`,
		City: 'Brookline',
		State: 'MA',
		PostalCode: '02446',
	},
});

async function newPerson(sim: OutsetaSim, email = `p${Math.random().toString(36).slice(2)}@example.com`) {
	return (await sim.api('POST', '/crm/people', { Email: email, FirstName: 'Test', LastName: 'Person' })).body;
}

/** A subscribing account with a primary person and one more member. */
async function accountWithMembers(sim: OutsetaSim, stage = 3) {
	const primary = await newPerson(sim);
	const member = await newPerson(sim);
	const account = (
		await sim.api('POST', '/crm/accounts', {
			Name: 'Coverage account',
			AccountStage: stage,
			PersonAccount: [
				{ Person: { Uid: primary.Uid }, IsPrimary: true },
				{ Person: { Uid: member.Uid }, IsPrimary: false },
			],
		})
	).body;
	// A membership's Person is null at the default depth (as in every account example); ask for it.
	const memberships = (await sim.api('GET', `/crm/accounts/${account.Uid}?fields=PersonAccount.Uid,PersonAccount.Person.Uid`)).body
		.PersonAccount as IDataObject[];
	const membershipOf = (uid: string) => memberships.find((entry) => (entry.Person as IDataObject).Uid === uid)!.Uid;
	return { account, primary, member, memberMembership: membershipOf(member.Uid), primaryMembership: membershipOf(primary.Uid) };
}

export const scenarios: Scenario[] = [
	{
		row: 'Get all people',
		parameters: { resource: 'person', operation: 'getAll', returnAll: false, limit: 3 },
		check: (output) => expect(output).toHaveLength(3),
	},
	{
		row: 'Get person',
		parameters: { resource: 'person', operation: 'get', personId: byId('qrm0A4QX'), simplify: false },
		check: (output) => expect(output[0]).toMatchObject({ Uid: 'qrm0A4QX', Email: 'example@outseta.com' }),
	},
	{
		row: 'Add person',
		parameters: {
			resource: 'person',
			operation: 'create',
			email: 'ada@example.com',
			additionalFields: { FirstName: 'Ada', LastName: 'Lovelace', MailingAddress: address('mail') },
		},
		check: (output) => expect(output[0]).toMatchObject({ Email: 'ada@example.com', FullName: 'Ada Lovelace' }),
	},
	{
		row: 'Update person',
		parameters: async (sim) => {
			const person = (
				await sim.api('POST', '/crm/people', { Email: 'upd@example.com', MailingAddress: { AddressLine1: 'old' } })
			).body;
			return {
				resource: 'person',
				operation: 'update',
				personId: byId(person.Uid),
				updateFields: {
					Email: 'updated@example.com',
					FirstName: 'Grace',
					LastName: 'Hopper',
					MailingAddress: { address: { Uid: person.MailingAddress.Uid, ...address('new').address } },
				},
			};
		},
		check: (output) =>
			expect(output[0]).toMatchObject({ Email: 'updated@example.com', MailingAddress: { AddressLine1: 'new line 1' } }),
	},
	{
		row: 'Delete person',
		parameters: async (sim) => ({ resource: 'person', operation: 'delete', personId: byId((await newPerson(sim)).Uid) }),
		check: (output) => expect(output).toEqual([{ deleted: true }]),
	},
	{
		row: 'Set temporary password',
		parameters: { resource: 'person', operation: 'setTemporaryPassword', personId: byId('qrm0A4QX'), temporaryPassword: 'gas-knew-shoe' },
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	{
		row: 'Initiate password reset',
		parameters: {
			resource: 'person',
			operation: 'initiatePasswordReset',
			email: 'example@outseta.com',
			options: { parentUrl: 'https://example.com/reset' },
		},
		check: (output, request) => {
			expect(output).toEqual([{ success: true }]);
			expect(request.query.parentUrl).toBe('https://example.com/reset');
		},
	},
	{
		row: 'Send confirmation email to primary person on an account',
		parameters: { resource: 'person', operation: 'sendConfirmationEmail', accountId: byId('KaWx1mVr'), recipients: 'primary' },
		check: (_output, request) => expect(request.query).toEqual({}),
	},
	{
		row: 'Send confirmation email to specific person on an account',
		parameters: {
			resource: 'person',
			operation: 'sendConfirmationEmail',
			accountId: byId('KaWx1mVr'),
			recipients: 'person',
			personId: byId('qrm0A4QX'),
		},
		check: (_output, request) => expect(request.query.personUid).toBe('qrm0A4QX'),
	},
	{
		row: 'Send confirmation email to all people on an account',
		parameters: { resource: 'person', operation: 'sendConfirmationEmail', accountId: byId('KaWx1mVr'), recipients: 'all' },
		check: (_output, request) => expect(request.query.personUid).toBe('*'),
	},
	{
		row: 'Get account',
		parameters: { resource: 'account', operation: 'get', accountId: byId('KaWx1mVr') },
		// The account's PersonAccount[].Person is null in every example, so no primary person Uid is checked here.
		check: (output) => expect(output[0]).toMatchObject({ Uid: 'KaWx1mVr', AccountStageLabel: 'Trial Expired' }),
	},
	{
		row: 'Get all accounts',
		parameters: { resource: 'account', operation: 'getAll', returnAll: true },
		check: (output) => expect(output.map((account) => account.Uid)).toContain('KaWx1mVr'),
	},
	{
		row: 'Get all trialing accounts',
		parameters: async (sim) => {
			await sim.api('POST', '/crm/accounts', {
				Name: 'Trialing one',
				AccountStage: 2,
				PersonAccount: [{ Person: { Uid: (await newPerson(sim)).Uid }, IsPrimary: true }],
			});
			return { resource: 'account', operation: 'getAll', returnAll: true, filters: { AccountStage: 2 } };
		},
		check: (output) => {
			expect(output.length).toBeGreaterThan(0);
			expect(output.every((account) => account.AccountStage === 2)).toBe(true);
		},
	},
	{
		row: 'Add account with existing person',
		parameters: {
			resource: 'account',
			operation: 'create',
			name: 'First API account',
			primaryPerson: 'existing',
			personId: byId('owmjxl9V'),
			additionalFields: { AccountStage: 2, MailingAddress: address('mailing'), BillingAddress: address('billing') },
		},
		check: (output) => expect(output[0]).toMatchObject({ Name: 'First API account', AccountStage: 2 }),
	},
	{
		row: 'Add account with new person',
		parameters: {
			resource: 'account',
			operation: 'create',
			name: 'Second API account',
			primaryPerson: 'new',
			personEmail: 'new@example.com',
			personFirstName: 'New',
			personLastName: 'Person',
			sendConfirmationEmail: true,
			additionalFields: { AccountStage: 2, MailingAddress: address('mailing'), BillingAddress: address('billing') },
		},
		check: (output, request) => {
			expect(request.query.sendConfirmationEmail).toBe('true');
			expect((output[0].PersonAccount as IDataObject[])[0]).toMatchObject({ IsPrimary: true });
		},
	},
	{
		row: 'Add new person to existing account',
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
		check: (output, request) => {
			expect(request.query.sendWelcomeEmail).toBe('false');
			expect(output[0]).toMatchObject({ IsPrimary: false, Person: { Email: 'new@new.com' } });
		},
	},
	{
		row: 'Add existing person to existing account',
		parameters: {
			resource: 'account',
			operation: 'addPerson',
			accountId: byId('wDQ2w9V6'),
			personMode: 'existing',
			personId: byId('y7maBrQE'),
		},
		check: (output) => expect(output[0]).toMatchObject({ Person: { Uid: 'y7maBrQE' }, Account: { Uid: 'wDQ2w9V6' } }),
	},
	{
		row: 'Add account with subscription',
		parameters: {
			resource: 'account',
			operation: 'create',
			name: 'Fourth API account',
			primaryPerson: 'existing',
			personId: byId('owmjxl9V'),
			additionalFields: {
				MailingAddress: address('mailing'),
				BillingAddress: address('billing'),
				subscription: { plan: { planUid: 'VdQG094Y', billingRenewalTerm: 1 } },
			},
		},
		// Subscriptions[].Plan is null at the default depth (as in every example): the plan is checked in what was sent.
		check: (output, request) => {
			expect(request.body).toMatchObject({ Subscriptions: [{ Plan: { Uid: 'VdQG094Y' }, BillingRenewalTerm: 1 }] });
			expect((output[0].Subscriptions as IDataObject[])[0]).toMatchObject({ BillingRenewalTerm: 1 });
		},
	},
	{
		row: 'Register Account',
		parameters: {
			resource: 'account',
			operation: 'register',
			personEmail: 'jdoe@domain.com',
			planUid: 'amRXjE9J',
			billingRenewalTerm: 2,
			additionalFields: { Name: 'ACME, LLC' },
		},
		check: (output) => expect(output[0]).toMatchObject({ Name: 'ACME, LLC', AccountStageLabel: 'Trialing' }),
	},
	{
		row: 'Update account',
		parameters: async (sim) => {
			const { account } = await accountWithMembers(sim);
			await sim.api('PUT', `/crm/accounts/${account.Uid}`, {
				MailingAddress: { AddressLine1: 'm' },
				BillingAddress: { AddressLine1: 'b' },
			});
			const current = (await sim.api('GET', `/crm/accounts/${account.Uid}`)).body;
			return {
				resource: 'account',
				operation: 'update',
				accountId: byId(account.Uid),
				updateFields: {
					Name: 'Renamed account',
					AccountStage: 3,
					MailingAddress: { address: { Uid: current.MailingAddress.Uid, AddressLine1: 'mailing new', AddressLine2: 'line2' } },
					BillingAddress: { address: { Uid: current.BillingAddress.Uid, AddressLine1: 'billing new', AddressLine2: 'line2' } },
				},
			};
		},
		check: (output) => expect(output[0]).toMatchObject({ Name: 'Renamed account', MailingAddress: { AddressLine1: 'mailing new' } }),
	},
	{
		row: 'Cancel account',
		parameters: async (sim) => ({
			resource: 'account',
			operation: 'cancel',
			accountId: byId((await accountWithMembers(sim)).account.Uid),
			reason: 'Too expensive',
			comment: "I don't want to use the software for now.",
		}),
		check: (output) => expect(output[0]).toMatchObject({ AccountStage: 4 }),
	},
	{
		row: 'Remove cancelation',
		parameters: async (sim) => {
			const { account } = await accountWithMembers(sim, 4);
			return { resource: 'account', operation: 'removeCancellation', accountId: byId(account.Uid) };
		},
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	{
		row: 'Update person account membership',
		parameters: async (sim) => {
			const { account, member, memberMembership } = await accountWithMembers(sim);
			return {
				resource: 'account',
				operation: 'updateMembership',
				accountId: byId(account.Uid),
				membershipId: memberMembership,
				personId: byId(member.Uid),
				isPrimary: true,
			};
		},
		check: (output) => expect(output[0]).toMatchObject({ IsPrimary: true }),
	},
	{
		row: 'Delete account',
		parameters: async (sim) => ({
			resource: 'account',
			operation: 'delete',
			accountId: byId((await accountWithMembers(sim)).account.Uid),
		}),
		check: (output) => expect(output).toEqual([{ deleted: true }]),
	},
	{
		row: 'Remove person from account',
		parameters: async (sim) => {
			const { account, memberMembership } = await accountWithMembers(sim);
			return { resource: 'account', operation: 'removePerson', accountId: byId(account.Uid), membershipId: memberMembership };
		},
		check: (output) => expect(output).toEqual([{ deleted: true }]),
	},
];

/** The request matches its fixture row: method, path, the row's query keys and body keys. */
export function expectMatchesRow(row: EndpointRow, request: SimRequest) {
	expect(request.method).toBe(row.method);
	expect(request.path).toMatch(pathPattern(row, '/api/v1'));
	for (const param of row.queryParams.filter((query) => !query.disabled)) {
		expect(Object.keys(request.query)).toContain(param.name);
		if (param.example === '*' || /^\d+$/.test(param.example)) expect(request.query[param.name]).toBe(param.example);
	}
	const sentKeys = flattenKeys(request.body);
	for (const field of row.bodyFields) expect(sentKeys).toContain(field.name);
}

export async function parametersOf(scenario: Scenario, sim: OutsetaSim): Promise<IDataObject> {
	return typeof scenario.parameters === 'function' ? await scenario.parameters(sim) : scenario.parameters;
}

export function rowOf(scenario: Scenario): EndpointRow {
	const row = sliceRows.find((candidate) => candidate.name === scenario.row);
	if (!row) throw new Error(`no fixture row named ${scenario.row}`);
	return row;
}
