/**
 * Bad input is refused before anything is sent, path parameters stay one segment, vendor error
 * messages reach the user, and the secret never appears in run data.
 */
import { inspect } from 'node:util';
import type { IDataObject } from 'n8n-workflow';
import { runNode } from '../helpers/engine';
import { byId, OUTSETA_KEYS, useOutsetaSim, outsetaEnvironment, outsetaNode } from '../helpers/outseta';

describe('Outseta bad input, errors and secrets', () => {
	const sim = useOutsetaSim();

	const run = (parameters: IDataObject, extra: IDataObject = {}, credentials: IDataObject = {}) =>
		runNode(outsetaEnvironment(sim, credentials), outsetaNode(parameters, extra));

	it('n8n itself refuses a required parameter left empty, naming it', async () => {
		const result = await run({ resource: 'account', operation: 'removePerson', accountId: byId('KaWx1mVr'), membershipId: '' });
		expect(result.error?.message).toContain('Parameter "Membership ID" is required');
		expect(await sim.requests()).toHaveLength(0);
	});

	describe('missing or invalid input is refused by name, and nothing is sent', () => {
		// Values come from expressions over the input item, as in a workflow or from an AI agent.
		const fromInput = { __rl: true, mode: 'id', value: '={{ $json.id }}' };
		it.each([
			['an empty required string', { resource: 'person', operation: 'create', email: '={{ $json.id }}' }, '  ', '"Email" is required'],
			['an empty id', { resource: 'person', operation: 'get', personId: fromInput }, '', '"Person" is required'],
			['"." as id', { resource: 'person', operation: 'get', personId: fromInput }, '.', '"Person" cannot be "."'],
			['".." as id', { resource: 'person', operation: 'delete', personId: fromInput }, ' .. ', '"Person" cannot be ".."'],
			[
				'an empty membership id',
				{ resource: 'account', operation: 'removePerson', accountId: byId('KaWx1mVr'), membershipId: '={{ $json.id }}' },
				'',
				'"Membership ID" is required',
			],
			[
				'invalid JSON',
				{
					resource: 'person',
					operation: 'create',
					email: 'json@example.com',
					additionalFields: { extraProperties: '{"Title": ' },
				},
				'',
				'"Extra Properties (JSON)" is not valid JSON',
			],
			[
				'JSON that is not an object',
				{ resource: 'account', operation: 'update', accountId: byId('KaWx1mVr'), updateFields: { extraProperties: '[1]' } },
				'',
				'"Extra Properties (JSON)" must be a JSON object',
			],
		])('%s', async (_case, parameters, inputId, message) => {
			const result = await runNode(outsetaEnvironment(sim), outsetaNode(parameters as IDataObject), [{ id: inputId }]);
			expect(result.error?.message).toBe(message);
			// RoutingNode re-wraps preSend errors as NodeApiError; no HTTP status, since nothing was sent.
			expect(result.error?.httpCode).toBe('none');
			expect(await sim.requests()).toHaveLength(0);
		});
	});

	it.each([
		['a/../b?x', '/api/v1/crm/people/a%2F..%2Fb%3Fx'],
		['x#y', '/api/v1/crm/people/x%23y'],
		[' x y/ü ', '/api/v1/crm/people/x%20y%2F%C3%BC'],
	])('sends the id %j as one encoded segment', async (id, rawPath) => {
		const result = await run(
			{ resource: 'person', operation: 'get', personId: byId(id) },
			{ onError: 'continueRegularOutput' },
		);
		const [request] = await sim.requests();
		expect(request.url).toBe(rawPath);
		expect(request.status).toBe(404);
		expect(result.items[0].json.error).toContain('HTTP 404');
	});

	it('merges valid extra JSON properties into the body', async () => {
		const result = await run({
			resource: 'person',
			operation: 'create',
			email: 'extra@example.com',
			additionalFields: { extraProperties: '{"Title": "Engineer", "FirstName": "Json"}', FirstName: 'Typed' },
		});
		const [request] = await sim.requests();
		expect(request.body).toMatchObject({ Email: 'extra@example.com', Title: 'Engineer', FirstName: 'Json' });
		expect(result.items[0].json).toMatchObject({ Title: 'Engineer' });
	});

	it('a vendor error keeps the vendor message and the HTTP status', async () => {
		const result = await run({ resource: 'person', operation: 'get', personId: byId('nope1234') });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.message).toBe("Outseta error (HTTP 404): Person with Uid 'nope1234' was not found.");
	});

	it('a validation error shows the ModelState details', async () => {
		await sim.api('POST', '/crm/people', { Email: 'dup@example.com' });
		await sim.clearLog();
		const result = await run({
			resource: 'account',
			operation: 'create',
			name: 'Bad stage',
			primaryPerson: 'existing',
			personId: byId('qrm0A4QX'),
			additionalFields: { extraProperties: '{"AccountStage": 42}' },
		});
		expect(result.error?.httpCode).toBe('400');
		expect(result.error?.message).toBe(
			"Outseta error (HTTP 400): The request is invalid. (account.AccountStage: The value '42' is not a valid account stage.)",
		);
	});

	it('an action the vendor refuses explains why', async () => {
		const result = await run({ resource: 'account', operation: 'cancel', accountId: byId('KaWx1mVr') });
		expect(result.error?.httpCode).toBe('400');
		expect(result.error?.message).toContain('Only subscribing accounts can be cancelled');
	});

	describe('the secret', () => {
		const canary = OUTSETA_KEYS.secretKey;

		function expectNoCanary(value: unknown) {
			const error = value as Error | undefined;
			const serialized = [
				JSON.stringify(value),
				inspect(value, { depth: 12 }),
				error instanceof Error ? JSON.stringify(error, Object.getOwnPropertyNames(error)) : '',
				error instanceof Error ? inspect((error as Error & { cause?: unknown }).cause, { depth: 12 }) : '',
			].join('\n');
			expect(serialized).not.toContain(canary);
		}

		it('reaches the Authorization header', async () => {
			await run({ resource: 'person', operation: 'get', personId: byId('qrm0A4QX') });
			const [request] = await sim.requests();
			expect(request.headers.authorization).toBe(`Outseta ${OUTSETA_KEYS.apiKey}:${canary}`);
		});

		it('stays out of the run data on 401', async () => {
			const result = await run(
				{ resource: 'person', operation: 'get', personId: byId('qrm0A4QX') },
				{},
				{ apiKey: 'wrong-key' },
			);
			const [request] = await sim.requests();
			expect(request.headers.authorization).toContain(canary);
			expect(result.error?.httpCode).toBe('401');
			expect(result.error?.message).toBe(
				'Outseta rejected the API key or secret key (HTTP 401): Authorization has been denied for this request.',
			);
			expectNoCanary(result.run);
			expectNoCanary(result.error);
		});

		it('stays out of the run data on 500, also with Continue On Fail', async () => {
			await sim.control('fail', { count: 2, status: 500, message: 'Database unavailable' });
			const failed = await run({ resource: 'person', operation: 'get', personId: byId('qrm0A4QX') });
			expect(failed.error?.httpCode).toBe('500');
			expect(failed.error?.message).toBe('Outseta error (HTTP 500): Database unavailable');
			expectNoCanary(failed.run);
			expectNoCanary(failed.error);

			const continued = await run(
				{ resource: 'person', operation: 'get', personId: byId('qrm0A4QX') },
				{ onError: 'continueRegularOutput' },
			);
			expect(continued.items[0].json.error).toBe('Outseta error (HTTP 500): Database unavailable');
			expectNoCanary(continued.run);
		});

		it('stays out of the run data when the server cannot be reached', async () => {
			const result = await run(
				{ resource: 'person', operation: 'get', personId: byId('qrm0A4QX') },
				{},
				{ baseUrl: 'http://127.0.0.1:9/api/v1' },
			);
			expect(result.error).toBeDefined();
			expectNoCanary(result.run);
			expectNoCanary(result.error);
		});
	});
});
