/**
 * The `rebillia` node: bad input refused by name before anything is sent, Rebillia's error
 * bodies, the API key as a canary (401, 500, connection refused), the invoice list's paging
 * against a server that ignores the page parameter or serves fewer records than asked, and the
 * size of the node's description.
 */
import type { IDataObject } from 'n8n-workflow';
import { Rebillia } from '../../nodes/Rebillia/Rebillia.node';
import type { INodeProperties } from 'n8n-workflow';
import { loadOptionsContext, runNode, type NodeRun } from '../helpers/engine';
import { byId, REBILLIA_KEYS, rebilliaEnvironment, rebilliaNode, useRebilliaSim, type SimRequest } from '../helpers/rebillia';
import { expectNoSecrets } from '../helpers/rebillia-kit';
import { CORE_NODE_TYPE } from './core-scenarios';

const CANARY = REBILLIA_KEYS.apiKey;
const nodeTypes = { [CORE_NODE_TYPE]: new Rebillia() };

const errorText = (run: NodeRun) => `${run.error?.message ?? ''} ${run.error?.description ?? ''}`;

const subscription = (overrides: IDataObject = {}): IDataObject => ({
	resource: 'subscription',
	operation: 'create',
	customerId: byId(4),
	name: 'Coffee box',
	...overrides,
});

const charge = (overrides: IDataObject = {}): IDataObject => ({ productRatePlanChargeId: '79', name: 'Box', ...overrides });

describe('Rebillia node: bad input, errors, secrets and paging', () => {
	const sim = useRebilliaSim();
	const run = async (parameters: IDataObject, overrides: IDataObject = {}, timezone = 'UTC') =>
		await runNode(rebilliaEnvironment(sim, nodeTypes, overrides), rebilliaNode(CORE_NODE_TYPE, parameters), [{}], { timezone });

	describe('bad input is refused by name before sending', () => {
		it.each([
			['a blank required text', { resource: 'customer', operation: 'create', firstName: '', lastName: 'Taylor', email: 'z@example.com' }, /"First Name" is required/],
			['a customer id that is not a number, from an expression', { resource: 'customer', operation: 'get', customerId: byId('={{ "acme" }}') }, /Customer" must be a numeric ID/],
			['an address id that is not a number', { resource: 'customerAddress', operation: 'get', customerId: byId(4), addressId: '1; drop' }, /"Address ID" must be a numeric ID/],
			['an empty address id', { resource: 'customerAddress', operation: 'get', customerId: byId(4), addressId: ' ' }, /"Address ID" is required/],
			['an id in a body field that is not a number', { resource: 'customerAddress', operation: 'create', customerId: byId(4), street1: 'a', city: 'b', zip: 'c', countryId: 'USA' }, /"Country ID" must be a numeric ID/],
			[
				'an id inside a nested rate plan charge',
				subscription({ ratePlan: { ratePlan: [{ name: 'Plan', productRatePlanId: '7', ratePlanCharge: { charge: [charge(), charge({ productRatePlanChargeId: 'x79' })] } }] } }),
				/Rate Plan 1: Charge 2: "Charge" must be a numeric ID/,
			],
			[
				'a date that is no date, inside charge settings',
				subscription({ ratePlan: { ratePlan: [{ productRatePlanId: '7', ratePlanCharge: { charge: [charge({ settings: { effectiveStartDate: 'soonish' } })] } }] } }),
				/Rate Plan 1: Charge 1: "Effective Start Date" is not a date: "soonish"/,
			],
			['a start date that is no date', subscription({ additionalFields: { effectiveStartDate: 'next week' } }), /"Effective Start Date" is not a date/],
			['an invoice line without an amount', { resource: 'invoice', operation: 'create', customerId: byId(4), detail: { line: [{ description: 'Fee', qty: 1, amount: ' ' }] } }, /Line 1: "Unit Amount \(Decimal\)" is required/],
			['invalid JSON in Extra Properties', { resource: 'customer', operation: 'update', customerId: byId(4), updateFields: { extraProperties: '{"phoneNum": ' } }, /"Extra Properties \(JSON\)" is not valid JSON/],
			['Extra Properties that are not an object', { resource: 'invoice', operation: 'update', invoiceId: byId(1), updateFields: { extraProperties: '[1, 2]' } }, /"Extra Properties \(JSON\)" must be a JSON object/],
			[
				'an ACH payment method without its bank details',
				{ resource: 'customerPaymentMethod', operation: 'create', customerId: byId(4), companyGatewayId: 3412, type: 'ACH', nonce: 'btok_1', additionalFields: { accountNumber: '000123' } },
				/"Bank Name" is required for a bank account \(ACH\)/,
			],
			['a charge amount that is not whole cents', { resource: 'invoice', operation: 'charge', invoiceId: byId(17954), mode: 'gateway', amount: 12.5 }, /"Amount \(Cents\)" must be a whole number of cents above 0/],
			['an external payment without its reference', { resource: 'invoice', operation: 'charge', invoiceId: byId(17954), mode: 'external', amount: 500, externalReference: '' }, /"Payment Reference" is required/],
			['a charge/credit amount that is not whole cents', { resource: 'chargeCredit', operation: 'create', customerId: byId(4), type: 'credit', amount: 99.5 }, /"Amount \(Cents\)" must be a whole number of cents above 0/],
			[
				'a tier price that is not whole cents, as in the catalog',
				subscription({ ratePlan: { ratePlan: [{ productRatePlanId: '7', ratePlanCharge: { charge: [charge({ chargeTier: { tier: [{ tier: 1, price: 12.51 }] } })] } }] } }),
				/Rate Plan 1: Charge 1: Tier 1: "Price \(Cents\)" must be a whole number of cents/,
			],
			[
				'a subscription charge weight that is not whole hundredths',
				{ resource: 'subscriptionRatePlanCharge', operation: 'update', subscriptionId: byId(1), ratePlanChargeId: '2777', updateFields: { weight: 1.5 } },
				/"Weight" must be a whole number of hundredths/,
			],
			[
				'a charge/credit weight that is not whole hundredths',
				{ resource: 'chargeCredit', operation: 'create', customerId: byId(4), type: 'charge', amount: 100, additionalFields: { weight: 0.21 } },
				/"Weight" must be a whole number of hundredths/,
			],
			[
				'an invoice shipping amount that is not whole cents',
				{ resource: 'invoice', operation: 'update', invoiceId: byId(1), updateFields: { shippingAmount: 12.5 } },
				/"Shipping Amount \(Cents\)" must be a whole number of cents/,
			],
			['a refund of nothing', { resource: 'transaction', operation: 'refund', transactionId: byId(5), amount: 0 }, /"Amount \(Decimal\)" must be above 0/],
			['a bill run time that is no time', { resource: 'billRun', operation: 'update', billRunId: '49', newDateTime: 'tomorrow-ish' }, /"New Date and Time" is not a date and time/],
			['an integration id that is not a number', { resource: 'subscription', operation: 'getExternalInvoices', subscriptionId: byId(1), byIntegration: true, integrationId: '={{ "shop" }}' }, /"Integration" must be a numeric ID/],
		])('refuses %s', async (_case, parameters, message) => {
			await sim.clearLog();
			const result = await run(parameters as IDataObject);
			expect(errorText(result)).toMatch(message);
			expect(await sim.requests()).toHaveLength(0);
		});

		it('refuses a typed By ID that is not a number (n8n checks the pattern)', async () => {
			await sim.clearLog();
			const result = await run({ resource: 'invoice', operation: 'get', invoiceId: byId('INV-1') });
			expect(result.error).toBeDefined();
			expect(await sim.requests()).toHaveLength(0);
		});

		it('sends no optional field left blank, and ids and amounts as numbers', async () => {
			await sim.clearLog();
			const result = await run({
				resource: 'chargeCredit',
				operation: 'create',
				customerId: byId(' 4 '),
				type: 'charge',
				amount: 1250,
				description: '',
				additionalFields: { companyCurrencyId: '44', weight: '' },
			});
			expect(result.error).toBeUndefined();
			const [request] = await sim.requests();
			expect(request.url).toBe('/v1/customers/4/charges_credits');
			expect(request.body).toEqual({ type: 'charge', amount: 1250, companyCurrencyId: 44 });
		});

		it('writes a picked date as the day of the workflow timezone', async () => {
			await sim.clearLog();
			const result = await run(subscription({ additionalFields: { effectiveStartDate: '2024-03-01T23:30:00Z' } }), {}, 'Asia/Tokyo');
			expect(result.error).toBeUndefined();
			const [request] = await sim.requests();
			expect((request.body as IDataObject).effectiveStartDate).toBe('2024-03-02');
		});

		it('keeps a digits-only id as typed in the path', async () => {
			await sim.clearLog();
			await run({ resource: 'customerAddress', operation: 'get', customerId: byId(4), addressId: '0001' });
			expect((await sim.requests())[0].url).toBe('/v1/customers/4/addressbooks/0001');
		});
	});

	describe('Rebillia’s answers', () => {
		it('a 400 shows Rebillia’s code and message', async () => {
			const bad = await run({ resource: 'customer', operation: 'create', firstName: 'A', lastName: 'B', email: 'not-an-email' });
			expect(bad.error?.message).toBe('Rebillia error (HTTP 400, error_form_attributes): Invalid form data');
			expect(bad.error?.httpCode).toBe('400');
		});

		it('offers every subscription status the documents name, and lets Rebillia’s refusal of another through', async () => {
			const status = new Rebillia().description.properties.find(
				(property) => property.name === 'status' && property.displayOptions?.show?.operation?.includes('updateStatus'),
			);
			expect((status?.options as Array<{ value: string }>).map((option) => option.value).sort()).toEqual(
				['active', 'archived', 'cancelled', 'paused', 'requestPayment'],
			);
			const result = await run({ resource: 'subscription', operation: 'updateStatus', subscriptionId: byId(1), status: '={{ "deleted" }}' });
			expect(result.error?.message).toBe('Rebillia error (HTTP 400, error_form_attributes): Valid status: active, requestPayment, paused, archived.');
		});

		it('a 404 says the record does not exist', async () => {
			const result = await run({ resource: 'invoice', operation: 'get', invoiceId: byId(999999) });
			expect(result.error?.message).toMatch(/^Rebillia error \(HTTP 404, error_not_found_resource\): The resource that try to access not exist/);
		});

		it('a delete answers {deleted: true}', async () => {
			const created = await sim.api('POST', '/customers/4/charges_credits', { type: 'credit', amount: 100, description: 'x' });
			const result = await run({ resource: 'chargeCredit', operation: 'delete', customerId: byId(4), chargeCreditId: String(created.body.id) });
			expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		});
	});

	describe('the API key', () => {

		it('reaches the X-AUTH-TOKEN header only', async () => {
			await sim.clearLog();
			const result = await run({ resource: 'customer', operation: 'get', customerId: byId(4) });
			const [request] = await sim.requests();
			expect(request.headers['x-auth-token']).toBe(CANARY);
			expect(JSON.stringify(request.query)).not.toContain(CANARY);
			expectNoSecrets(result);
		});

		it('stays out of errors on 401, which says the key was rejected', async () => {
			const result = await run({ resource: 'customer', operation: 'get', customerId: byId(4) }, { apiKey: `wrong-${CANARY}` });
			expect(result.error?.message).toMatch(/^Rebillia rejected the API key \(HTTP 401\)/);
			expect(result.error?.httpCode).toBe('401');
			expectNoSecrets(result);
		});

		it('stays out of errors on 500', async () => {
			await sim.control('fail', { count: 1, status: 500 });
			const result = await run({ resource: 'invoice', operation: 'charge', invoiceId: byId(17954), mode: 'gateway', amount: 100 });
			expect(result.error?.message).toMatch(/^Rebillia error \(HTTP 500, error_server_api\): In this moment we can not process your request/);
			expectNoSecrets(result);
		});

		it('stays out of errors when the connection is refused, which names the address', async () => {
			const result = await run({ resource: 'transaction', operation: 'getAll', returnAll: true }, { host: 'http://127.0.0.1:9' });
			expect(result.error?.message).toBe('Rebillia could not be reached at http://127.0.0.1:9: the connection was refused');
			expectNoSecrets(result);
		});

		it('refuses a credential without a usable host', async () => {
			for (const host of ['', 'ftp://rebillia.example.com']) {
				const result = await run({ resource: 'customer', operation: 'get', customerId: byId(4) }, { host });
				expect(result.error?.message).toBe('The Rebillia credential has no usable address');
			}
		});
	});

	describe('invoices by status: the paged list', () => {
		const invoiceRequests = (log: SimRequest[]) => log.filter((entry) => entry.path === '/v1/invoices');
		const ids = (result: NodeRun) => result.items.map((item) => item.json.id as number);
		const expectUnique = (values: number[]) => expect(new Set(values).size).toBe(values.length);

		beforeEach(async () => {
			await sim.control('insert', { kind: 'invoice', count: 150, status: 'paymentDue' });
			await sim.clearLog();
		});

		afterEach(async () => {
			await sim.control('paging', { ignorePage: false, cap: null, silent: false });
		});

		it('walks every page with Return All', async () => {
			const result = await run({ resource: 'invoice', operation: 'getAll', returnAll: true, filters: { status: 'paymentDue' } });
			expect(result.error).toBeUndefined();
			const requests = invoiceRequests(await sim.requests());
			expect(requests.map((request) => request.query)).toEqual([
				{ status: 'paymentDue', page: '1', itemPerPage: '100' },
				{ status: 'paymentDue', page: '2', itemPerPage: '100' },
			]);
			expect(ids(result).length).toBeGreaterThanOrEqual(150);
			expectUnique(ids(result));
		});

		it('without a status filter reads the whole bare list in one request', async () => {
			const result = await run({ resource: 'invoice', operation: 'getAll', returnAll: true });
			const requests = invoiceRequests(await sim.requests());
			expect(requests).toHaveLength(1);
			expect(requests[0].query).toEqual({});
			expect(ids(result).length).toBeGreaterThan(150);
		});

		it('refuses to loop on a server that ignores the page parameter', async () => {
			await sim.control('paging', { ignorePage: true });
			const result = await run({ resource: 'invoice', operation: 'getAll', returnAll: true, filters: { status: 'paymentDue' } });
			expect(result.error).toBeUndefined();
			const requests = invoiceRequests(await sim.requests());
			// Page 2 came back as page 1 again: the walk ends there, without repeating records.
			expect(requests.map((request) => request.query.page)).toEqual(['1', '2']);
			expect(ids(result)).toHaveLength(100);
			expectUnique(ids(result));
		});

		it('does not stop early when the server serves fewer records than asked', async () => {
			await sim.control('paging', { cap: 30 });
			const all = (await sim.api('GET', '/invoices?status=paymentDue&itemPerPage=1000&page=1')).body as IDataObject;
			await sim.clearLog();
			const result = await run({ resource: 'invoice', operation: 'getAll', returnAll: true, filters: { status: 'paymentDue' } });
			expect(result.error).toBeUndefined();
			const requests = invoiceRequests(await sim.requests());
			const total = all.totalItems as number;
			expect(requests).toHaveLength(Math.ceil(total / 30));
			expect(requests.every((request) => request.query.itemPerPage === '100')).toBe(true);
			expect(ids(result)).toHaveLength(total);
			expectUnique(ids(result));
		});

		it('reads every record of a server that caps pages silently (reporting the size asked)', async () => {
			await sim.control('paging', { cap: 30, silent: true });
			const first = (await sim.api('GET', '/invoices?status=paymentDue&itemPerPage=100&page=1')).body as IDataObject;
			expect(first).toMatchObject({ itemsPerPage: 100, totalPages: Math.ceil((first.totalItems as number) / 100) });
			await sim.clearLog();
			const result = await run({ resource: 'invoice', operation: 'getAll', returnAll: true, filters: { status: 'paymentDue' } });
			expect(result.error).toBeUndefined();
			const total = first.totalItems as number;
			expect(ids(result)).toHaveLength(total);
			expectUnique(ids(result));
			// The first page shows the cap; the walk goes on in pages of what was served.
			expect(invoiceRequests(await sim.requests()).map((request) => request.query.itemPerPage)).toEqual(['100', ...Array(Math.ceil(total / 30) - 1).fill('30')]);
		});

		it('a Limit asks for pages of that size and stops when it has enough', async () => {
			const result = await run({ resource: 'invoice', operation: 'getAll', returnAll: false, limit: 40, filters: { status: 'paymentDue' } });
			const requests = invoiceRequests(await sim.requests());
			expect(requests.map((request) => request.query)).toEqual([{ status: 'paymentDue', page: '1', itemPerPage: '40' }]);
			expect(ids(result)).toHaveLength(40);
		});

		it('simplifies the slim records of the paged answer without adding keys', async () => {
			const result = await run({ resource: 'invoice', operation: 'getAll', returnAll: false, limit: 3, filters: { status: 'paymentDue' } });
			for (const item of result.items) {
				expect(Object.keys(item.json).sort()).toEqual(['balanceDue', 'customerName', 'dateDue', 'dateFrom', 'datePaid', 'dateTo', 'id', 'status', 'total']);
			}
		});
	});

	describe('pickers', () => {
		/** Every property at any depth (collections, fixed collections, locator modes). */
		const walk = (properties: INodeProperties[]): Array<INodeProperties & Record<string, unknown>> =>
			properties.flatMap((property) => {
				const nested = (property.options ?? []).flatMap((option) => ('values' in option ? walk(option.values) : 'type' in option ? walk([option as INodeProperties]) : []));
				return [property as INodeProperties & Record<string, unknown>, ...nested];
			});

		it('names only methods the node registers', () => {
			const node = new Rebillia();
			const properties = walk(node.description.properties);
			const searches = properties.flatMap((property) => (property.modes ?? []).map((mode) => mode.typeOptions?.searchListMethod).filter(Boolean));
			const dropdowns = properties.map((property) => property.typeOptions?.loadOptionsMethod).filter(Boolean);
			expect(new Set(searches)).toEqual(new Set(['searchCustomers', 'searchSubscriptions', 'searchInvoices', 'searchTransactions']));
			expect(new Set(dropdowns)).toEqual(
				new Set(['getCurrencies', 'getGateways', 'getIntegrations', 'getRatePlans', 'getPickedRatePlanCharges', 'getCustomerPaymentMethods', 'getCustomerAddresses', 'getSavedFilters']),
			);
			// The customer's own records reload when the picked customer changes.
			const dependent = properties.filter((property) => String(property.typeOptions?.loadOptionsMethod).startsWith('getCustomer'));
			expect(dependent.length).toBeGreaterThanOrEqual(3);
			for (const property of dependent) expect(property.typeOptions?.loadOptionsDependsOn).toEqual(['customerId.value']);
			// The editor flags an empty dropdown's "" as unsupported unless arbitrary values are allowed: fine for optional ones only.
			for (const property of properties.filter((candidate) => candidate.typeOptions?.loadOptionsMethod)) {
				expect({ name: property.name, allowArbitraryValues: Boolean(property.allowArbitraryValues) }).toEqual({ name: property.name, allowArbitraryValues: !property.required });
			}
			for (const name of searches) expect(node.methods.listSearch).toHaveProperty(name as string);
			for (const name of dropdowns) expect(node.methods.loadOptions).toHaveProperty(name as string);
		});

		it('answer through the node with the simulator’s records', async () => {
			const node = new Rebillia();
			const context = () => loadOptionsContext(rebilliaEnvironment(sim, nodeTypes), rebilliaNode(CORE_NODE_TYPE, { resource: 'invoice', operation: 'get' }));
			const customers = await node.methods.listSearch.searchCustomers.call(context(), 'jonh');
			expect(customers.results).toEqual([{ name: 'Jonh Doe (jonh.doe@example.com)', value: '4' }]);
			const currencies = await node.methods.loadOptions.getCurrencies.call(context());
			expect(currencies).toEqual([{ name: 'USD – US Dollar (#44)', value: 44 }]);
			const gateways = await node.methods.loadOptions.getGateways.call(context());
			expect(gateways.map((option) => option.value)).toContain(3412);
		});

		it('list the picked customer’s payment methods and addresses, and every product’s rate plans', async () => {
			const node = new Rebillia();
			const context = (customerId: IDataObject) =>
				loadOptionsContext(
					rebilliaEnvironment(sim, nodeTypes),
					rebilliaNode(CORE_NODE_TYPE, { resource: 'subscription', operation: 'create', customerId }),
				);
			const picked = { __rl: true, mode: 'id', value: '4' };
			const methods = await node.methods.loadOptions.getCustomerPaymentMethods.call(context(picked));
			expect(methods).toContainEqual({ name: 'Visa ···4242, Marta Morales (#44)', value: 44 });
			const addresses = await node.methods.loadOptions.getCustomerAddresses.call(context(picked));
			expect(addresses).toContainEqual({ name: 'Address book name: 123 Main St, Barboursville (#1)', value: 1 });
			const before = (await sim.requests()).length;
			// No customer picked yet (or one given by an expression): an empty list, and nothing is asked.
			expect(await node.methods.loadOptions.getCustomerPaymentMethods.call(context({ __rl: true, mode: 'id', value: '' }))).toEqual([]);
			expect((await sim.requests()).length).toBe(before);
			const plans = await node.methods.loadOptions.getRatePlans.call(context(picked));
			expect(plans.length).toBeGreaterThan(0);
			for (const plan of plans) {
				expect(plan.name).toMatch(/ › .* \(#\d+/);
				expect(typeof plan.value).toBe('number');
			}
		});
	});

	it('keeps its description within 200 KB', () => {
		const size = JSON.stringify(new Rebillia().description).length;
		console.log(`Rebillia node description: ${size} bytes (${(size / 1024).toFixed(1)} KB)`);
		expect(size).toBeLessThanOrEqual(200 * 1024);
	});
});
