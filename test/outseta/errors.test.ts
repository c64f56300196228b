/**
 * Bad input is refused before anything is sent, naming the field: every required field of every
 * operation, every either/or rule, ids that are empty, `.` or `..`, dates and JSON that cannot be
 * read. Path parameters stay one segment (the support comment too), vendor messages reach the
 * user, and no secret of either credential (API key, secret, password, the token it gets) appears
 * in run data or errors.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { Outseta } from '../../nodes/Outseta/Outseta.node';
import { operationForOption } from '../../nodes/shared/operations';
import { idOf, parametersOf } from '../helpers/coverage';
import { runNode } from '../helpers/engine';
import { byId, OUTSETA_KEYS, outsetaEnvironment, outsetaNode, TEST_USER, useOutsetaSim } from '../helpers/outseta';
import { expectNoSecrets } from '../helpers/secrets';
import { rowOf, SCENARIO_TIMEZONE, scenarios } from './scenarios';

const UNCHECKED = new Set(['boolean', 'collection', 'fixedCollection', 'hidden', 'notice', 'json', 'options']);
const BLANK = '={{ $json.blank }}';

/** The required fields the user fills for one scenario's operation (the ones its parameters set). */
function requiredFieldsOf(parameters: IDataObject): INodeProperties[] {
	const operationProperty = new Outseta().description.properties.find(
		(property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(parameters.resource as string),
	)!;
	const option = operationProperty.options!.find((candidate) => 'value' in candidate && candidate.value === parameters.operation)!;
	const operation = operationForOption(option as never)!;
	return operation.properties.filter((property) => property.required && !UNCHECKED.has(property.type) && property.name in parameters);
}

/** Fields whose value a row's path parameter carries, where the value is not the field's as typed. */
const PATH_CARRIERS: Record<string, Record<string, string>> = {
	// The date segment is the trial end's day.
	'Extend trial subscription': { date: 'trialEnd' },
};

/**
 * Body fields the row's example cannot do without (the digest's required fields, the records a
 * request refers to, the one value a single-purpose request sends), by the node field that fills them.
 */
const BODY_NEEDS: Record<string, string[]> = {
	'Set temporary password': ['temporaryPassword'],
	'Initiate password reset': ['email'],
	'Update Password': ['existingPassword', 'newPassword'],
	'Register Account': ['personEmail', 'planId'],
	'Add existing person to existing account': ['personId'],
	'Add reply': ['comment'],
	'Add usage for add on': ['subscriptionAddOnUid'],
	'Add add-on to subscription': ['subscriptionId', 'addOnUid'],
	'Add first time subscription (preview)': ['planId'],
	'Add first time subscription': ['accountId', 'planId'],
	'Add first time subscription with add ons': ['accountId', 'planId'],
	'Change subscription (preview)': ['accountId', 'planId'],
	'Change subscription': ['accountId', 'planId'],
	'Add new invoice': ['subscriptionId'],
	'Add invoice payment': ['accountId', 'invoiceUid'],
	'Update Payment Information': ['accountId'],
	'Get Auth Token with API Keys': ['username'],
};

/** The node fields that carry the row's path parameters: the ones holding the scenario's path values. */
function pathCarriersOf(scenario: (typeof scenarios)[number], parameters: IDataObject): string[] {
	const values = typeof scenario.path === 'function' ? scenario.path(parameters) : (scenario.path ?? {});
	return Object.entries(values).map(([name, value]) => {
		const named = PATH_CARRIERS[scenario.row]?.[name];
		if (named) return named;
		const holders = Object.keys(parameters).filter((key) => {
			const parameter = parameters[key];
			return (typeof parameter === 'string' || typeof parameter === 'number' || (parameter && typeof parameter === 'object' && 'value' in parameter)) && idOf(parameter) === String(value);
		});
		expect({ row: scenario.row, pathParam: name, holders: holders.length }).toEqual({ row: scenario.row, pathParam: name, holders: 1 });
		return holders[0];
	});
}

const blanked = (parameters: IDataObject, property: INodeProperties): IDataObject => ({
	...parameters,
	[property.name]: property.type === 'resourceLocator' ? { __rl: true, mode: 'id', value: BLANK } : BLANK,
});

describe('Outseta bad input, errors and secrets', () => {
	const sim = useOutsetaSim();

	const run = (parameters: IDataObject, extra: IDataObject = {}, credentials: IDataObject = {}, user: IDataObject = {}) =>
		runNode(outsetaEnvironment(sim, credentials, user), outsetaNode(parameters, extra), [{ blank: '', id: '' }], { timezone: SCENARIO_TIMEZONE });

	async function expectRefused(parameters: IDataObject, message: string | RegExp) {
		await sim.clearLog();
		const result = await run(parameters);
		if (typeof message === 'string') expect(result.error?.message).toBe(message);
		else expect(result.error?.message).toMatch(message);
		// Nothing was sent, so there is no HTTP status.
		expect(result.error?.httpCode ?? 'none').toBe('none');
		expect((await sim.requests()).filter((request) => !request.path.endsWith('/tokens'))).toHaveLength(0);
	}

	describe('every required field of every operation, left blank, is refused by name', () => {
		const cases: Array<[string, OutsetaScenarioLike]> = scenarios.map((scenario) => [scenario.row, scenario]);
		type OutsetaScenarioLike = (typeof scenarios)[number];
		let checked = 0;
		afterAll(() => console.log(`required fields checked: ${checked}`));

		it('names only rows that have a scenario in its tables of needed fields', () => {
			const rows = new Set(scenarios.map((scenario) => scenario.row));
			expect([...Object.keys(BODY_NEEDS), ...Object.keys(PATH_CARRIERS)].filter((row) => !rows.has(row))).toEqual([]);
		});

		it.each(cases)('%s', async (_row, scenario) => {
			const parameters = await parametersOf(scenario, sim);
			// What the row needs, from the row, its example and the scenario's data (not the node's flags):
			// a field per path parameter and the body fields the example cannot do without.
			const carriers = pathCarriersOf(scenario, parameters);
			expect({ row: scenario.row, carriers: carriers.length }).toEqual({ row: scenario.row, carriers: rowOf(scenario).pathParams.length });
			const needed = [...new Set([...carriers, ...(BODY_NEEDS[scenario.row] ?? [])])].sort();
			const required = requiredFieldsOf(parameters);
			expect({ row: scenario.row, required: required.map((property) => property.name).filter((name) => needed.includes(name)).sort() }).toEqual({
				row: scenario.row,
				required: needed,
			});
			expect(required.length).toBeGreaterThanOrEqual(needed.length);
			for (const property of required) {
				await expectRefused(blanked(parameters, property), `"${property.displayName}" is required`);
				checked++;
			}
		});
	});

	describe('either/or rules and values that cannot be sent', () => {
		const coupon = (extra: IDataObject) => ({
			resource: 'discountCoupon',
			operation: 'create',
			uniqueIdentifier: 'CODE',
			name: 'A discount',
			discountType: 'percent',
			percentOff: 10,
			duration: 1,
			...extra,
		});
		it.each([
			['a discount with a percentage out of range', coupon({ percentOff: 150 }), '"Percent Off" must be a number above 0 and at most 100'],
			['a discount with no percentage', coupon({ percentOff: '={{ $json.blank }}' }), '"Percent Off" is required'],
			['a discount with a zero amount', coupon({ discountType: 'amount', amountOff: 0 }), '"Amount Off" must be a number above 0'],
			[
				'a repeating discount without months',
				coupon({ duration: 3, durationInMonths: 0 }),
				'"Duration in Months" is required for a repeating discount (a whole number of months)',
			],
			[
				'a discount with an amount left from the other choice: only the field the Discount choice shows is sent',
				coupon({ discountType: 'percent', percentOff: 10, amountOff: 5 }),
				null,
			],
			[
				'an account subscription without a plan',
				{ resource: 'account', operation: 'create', name: 'A', primaryPerson: 'existing', personId: byId('qrm0A4QX'), additionalFields: { subscription: { plan: { planUid: '', billingRenewalTerm: 1 } } } },
				'"Plan" is required in "Subscription"',
			],
			['an invoice without lines', { resource: 'invoice', operation: 'create', subscriptionId: byId('dpWr3mnq'), invoiceDate: '2024-01-01', lineItems: {} }, '"Line Items" needs at least one line'],
			[
				'an invoice line without a description',
				{ resource: 'invoice', operation: 'create', subscriptionId: byId('dpWr3mnq'), invoiceDate: '2024-01-01', lineItems: { item: [{ description: 'a', amount: 1 }, { description: ' ', amount: 2 }] } },
				'"Description" of line 2 is required',
			],
			['a usage date that is no date', { resource: 'usage', operation: 'addUsage', subscriptionAddOnUid: 'KjW7e4Qq', amount: 1, usageDate: 'soon' }, '"Usage Date" is not a date: "soon"'],
			['a trial end that is no date', { resource: 'subscription', operation: 'extendTrial', accountId: byId('KaWx1mVr'), trialEnd: 'next week' }, '"New Trial End" is not a date: "next week"'],
			['a profile read with the API key', { resource: 'profile', operation: 'get' }, /^Profile operations act for the person an Outseta User Token credential signs in/],
			['a password change with the API key', { resource: 'profile', operation: 'updatePassword', existingPassword: 'a', newPassword: 'b' }, /^Profile operations act for/],
			['a token minted with a user token', { resource: 'token', operation: 'create', authentication: 'userToken', username: TEST_USER.username }, 'Token: Create needs the API key: pick an Outseta API key credential in Credential'],
			['invalid JSON', { resource: 'person', operation: 'create', email: 'a@example.com', additionalFields: { extraProperties: '{"Title": ' } }, '"Extra Properties (JSON)" is not valid JSON'],
			['JSON that is not an object', { resource: 'account', operation: 'update', accountId: byId('KaWx1mVr'), updateFields: { extraProperties: '[1]' } }, '"Extra Properties (JSON)" must be a JSON object'],
			['"." as an id', { resource: 'person', operation: 'get', personId: byId('.') }, '"Person" cannot be "."'],
			['".." as an id', { resource: 'deal', operation: 'delete', dealId: byId(' .. ') }, '"Deal" cannot be ".."'],
			['".." as the support comment', { resource: 'supportCase', operation: 'addClientResponse', caseId: byId('wZmNZm2O'), comment: '..' }, '"Comment" cannot be ".."'],
			['an empty email list', { resource: 'emailListSubscription', operation: 'unsubscribe', listId: '={{ $json.blank }}', subscriptionId: 'x' }, '"Email List Uid" is required'],
		])('%s', async (_case, parameters, message) => {
			if (message === null) {
				// The Discount choice shows one of the two fields; a stale value of the other is dropped with it.
				await sim.clearLog();
				await run(parameters as IDataObject);
				const [request] = await sim.requests();
				expect(request.body).toMatchObject({ PercentOff: 10 });
				expect(request.body).not.toHaveProperty('AmountOff');
				return;
			}
			await expectRefused(parameters as IDataObject, message);
		});
	});

	describe('the support comment travels as one path segment', () => {
		it.each([
			['a/b', 'a%2Fb'],
			['Is it done? Yes', 'Is%20it%20done%3F%20Yes'],
			['#1 fan', '%231%20fan'],
			['../../crm/people', '..%2F..%2Fcrm%2Fpeople'],
		])('%j', async (comment, segment) => {
			const result = await run({ resource: 'supportCase', operation: 'addClientResponse', caseId: byId('wZmNZm2O'), comment });
			expect(result.error).toBeUndefined();
			const [request] = await sim.requests();
			expect(request.url).toBe(`/api/v1/support/cases/wZmNZm2O/clientresponse/${segment}`);
			expect(request.status).toBe(200);
			// The simulator stored the comment as typed.
			const history = (await sim.api('GET', '/support/cases?fields=Uid,CaseHistories.Comment&Uid=wZmNZm2O')).body.items[0].CaseHistories as IDataObject[];
			expect(history.map((entry) => entry.Comment)).toContain(comment);
		});
	});

	it.each([
		['a/../b?x', '/api/v1/crm/people/a%2F..%2Fb%3Fx'],
		['x#y', '/api/v1/crm/people/x%23y'],
		[' x y/ü ', '/api/v1/crm/people/x%20y%2F%C3%BC'],
	])('sends the id %j as one encoded segment', async (id, rawPath) => {
		const result = await run({ resource: 'person', operation: 'get', personId: byId(id) }, { onError: 'continueRegularOutput' });
		const [request] = await sim.requests();
		expect(request.url).toBe(rawPath);
		expect(request.status).toBe(404);
		expect(result.items[0].json.error).toContain('HTTP 404');
	});

	it('a vendor error keeps the vendor message and the HTTP status', async () => {
		const result = await run({ resource: 'person', operation: 'get', personId: byId('nope1234') });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.message).toBe("Outseta error (HTTP 404): Person with Uid 'nope1234' was not found.");
	});

	it('a validation error shows the ModelState details', async () => {
		const result = await run({
			resource: 'account',
			operation: 'create',
			name: 'Bad stage',
			primaryPerson: 'existing',
			personId: byId('qrm0A4QX'),
			additionalFields: { extraProperties: '{"AccountStage": 42}' },
		});
		expect(result.error?.httpCode).toBe('400');
		expect(result.error?.message).toBe("Outseta error (HTTP 400): The request is invalid. (account.AccountStage: The value '42' is not a valid account stage.)");
	});

	it('an action the vendor refuses explains why', async () => {
		const result = await run({ resource: 'account', operation: 'cancel', accountId: byId('KaWx1mVr') });
		expect(result.error?.httpCode).toBe('400');
		expect(result.error?.message).toContain('Only subscribing accounts can be cancelled');
	});

	describe('no secret in run data or errors', () => {
		// Every form of each secret (as typed, base64, URL-encoded), through JSON, inspect and own property names.
		const expectNone = (value: unknown, secrets: string[]) => expectNoSecrets(value, secrets);
		const keySecrets = [OUTSETA_KEYS.apiKey, OUTSETA_KEYS.secretKey];

		it('API key: the key and the secret reach the header and nothing else, on 401, 500 and a refused connection', async () => {
			const refused = await run({ resource: 'person', operation: 'get', personId: byId('qrm0A4QX') }, {}, { apiKey: 'wrong-key' });
			expect((await sim.requests())[0].headers.authorization).toContain(OUTSETA_KEYS.secretKey);
			expect(refused.error?.message).toBe('Outseta rejected the API key or secret key (HTTP 401): Authorization has been denied for this request.');
			expectNone(refused.run, keySecrets.slice(1));
			expectNone(refused.error, keySecrets.slice(1));

			await sim.control('fail', { count: 2, status: 500, message: 'Database unavailable' });
			const failed = await run({ resource: 'person', operation: 'get', personId: byId('qrm0A4QX') });
			expect(failed.error?.message).toBe('Outseta error (HTTP 500): Database unavailable');
			expectNone(failed.run, keySecrets);
			expectNone(failed.error, keySecrets);
			const continued = await run({ resource: 'person', operation: 'get', personId: byId('qrm0A4QX') }, { onError: 'continueRegularOutput' });
			expect(continued.items[0].json.error).toBe('Outseta error (HTTP 500): Database unavailable');
			expectNone(continued.run, keySecrets);

			const unreachable = await run({ resource: 'person', operation: 'get', personId: byId('qrm0A4QX') }, {}, { baseUrl: 'http://127.0.0.1:9/api/v1' });
			expect(unreachable.error?.message).toBe('Outseta could not be reached at http://127.0.0.1:9: the connection was refused');
			expectNone(unreachable.run, keySecrets);
			expectNone(unreachable.error, keySecrets);
		});

		it('user token: the password and the token it gets stay out, on 404, 401, 500, a refused password and a refused connection', async () => {
			const env = outsetaEnvironment(sim);
			const userRun = (parameters: IDataObject, extra: IDataObject = {}) =>
				runNode(env, outsetaNode({ authentication: 'userToken', ...parameters }, extra), [{}]);
			const missing = await userRun({ resource: 'person', operation: 'get', personId: byId('missing') });
			expect(missing.error?.httpCode).toBe('404');
			const token = String(env.credentials.outsetaUserTokenApi.accessToken);
			expect(token.length).toBeGreaterThan(20);
			const secrets = [TEST_USER.password, token];
			expect((await sim.requests()).some((request) => request.headers.authorization === `bearer ${token}`)).toBe(true);
			expectNone(missing.run, secrets);
			expectNone(missing.error, secrets);

			await sim.control('fail', { count: 1, status: 500, message: 'Database unavailable' });
			const failed = await userRun({ resource: 'profile', operation: 'get' }, { onError: 'continueRegularOutput' });
			expect(failed.items[0].json.error).toBe('Outseta error (HTTP 500): Database unavailable');
			expectNone(failed.run, secrets);

			// The first answer and the one after the renewal are both refused.
			await sim.control('fail', { count: 2, status: 401, message: 'Revoked', query: { fields: 'Uid' } });
			const revoked = await userRun({ resource: 'person', operation: 'get', personId: byId('qrm0A4QX'), options: { fields: 'Uid' } });
			expect(revoked.error?.message).toBe('Outseta rejected the user token (HTTP 401): Revoked');
			expectNone(revoked.run, [...secrets, String(env.credentials.outsetaUserTokenApi.accessToken)]);
			expectNone(revoked.error, [...secrets, String(env.credentials.outsetaUserTokenApi.accessToken)]);

			const wrongPassword = await runNode(outsetaEnvironment(sim, {}, { password: 'wrong-CANARY-password' }), outsetaNode({ authentication: 'userToken', resource: 'profile', operation: 'get' }));
			expect(wrongPassword.error?.message).toBe('Outseta refused the username or password (HTTP 400): The user name or password is incorrect.');
			expectNone(wrongPassword.run, ['wrong-CANARY-password']);
			expectNone(wrongPassword.error, ['wrong-CANARY-password']);

			const unreachable = await runNode(
				outsetaEnvironment(sim, {}, { baseUrl: 'http://127.0.0.1:9/api/v1' }),
				outsetaNode({ authentication: 'userToken', resource: 'profile', operation: 'get' }),
			);
			expect(unreachable.error?.message).toBe('Outseta could not be reached at http://127.0.0.1:9: the connection was refused');
			expectNone(unreachable.run, [TEST_USER.password]);
			expectNone(unreachable.error, [TEST_USER.password]);
		});
	});
});
