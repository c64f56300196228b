/**
 * One scenario per request of the Rebillia collection's folders the `rebillia` node covers
 * (Customers with addresses and payment methods, Charges/Credits, Subscriptions with rate plans
 * and charges, Invoices, Transactions, Bill Runs: 61 requests). Each gives node parameters
 * (preparing fresh records in the simulator when a request changes or deletes one) and the exact
 * body and query the request must carry, written from the row's example request
 * (test/fixtures/rebillia/requests.json) with these documented changes only:
 * - ids the examples name but no example record has are mapped to records the simulator holds
 *   (the same mapping as the simulator's own replay test);
 * - values the examples leave blank ("" or null) are not in the expected body: the node never
 *   sends an optional field left blank (the project's rule), and an empty list is not sent;
 * - the external-payment example is not JSON (prose in it); its body is the one it means.
 * Shared by the engine coverage test and the real-n8n e2e suite.
 */
import type { IDataObject } from 'n8n-workflow';
import { exampleBodyOf, idOf, rowFor, type CoverageScenario } from '../helpers/coverage';
import { byId, type RebilliaSim } from '../helpers/rebillia';
import { created, expectDeleted, expectList, expectRecord, mapExampleIds } from '../helpers/rebillia-kit';
import { rowsOf, type EndpointRow } from '../helpers/rows';

export const CORE_FOLDERS = [['Customers'], ['Charges/Credits'], ['Subscriptions'], ['Invoices'], ['Transactions'], ['Bill Runs']];
export const coreRows: EndpointRow[] = rowsOf('Rebillia', CORE_FOLDERS);

/** The node type the scenarios run (the e2e suite prefixes the package name). */
export const CORE_NODE_TYPE = 'rebillia';

export type CoreScenario = CoverageScenario<RebilliaSim>;



/** Blank values ("" and null) and empty lists left out, at every depth. */
export function withoutBlanks<T>(value: T): T {
	if (Array.isArray(value)) return value.map((element) => withoutBlanks(element)) as T;
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value)
				.filter(([, inner]) => inner !== null && inner !== '' && !(Array.isArray(inner) && inner.length === 0))
				.map(([key, inner]) => [key, withoutBlanks(inner)]),
		) as T;
	}
	return value;
}

/** The row's example body, ids mapped, blanks left out: what the node must send. */
export function expectedBody(name: string): IDataObject {
	return withoutBlanks(mapExampleIds(exampleBodyOf(rowFor(coreRows, { row: name }))) as IDataObject);
}

// ------------------------------------------------------------------ example body → node parameters

const tiersOf = (tiers: unknown) => ({ tier: (tiers ?? []) as IDataObject[] });

/** A charge of a rate plan being created: its product charge and name, the rest as settings, tiers apart. */
function chargeEntryOf(charge: IDataObject): IDataObject {
	const { productRatePlanChargeId, name, chargeTier, ...settings } = charge;
	return { productRatePlanChargeId, name, settings, chargeTier: tiersOf(chargeTier) };
}

const chargesOf = (charges: unknown) => ({ charge: ((charges ?? []) as IDataObject[]).map(chargeEntryOf) });

function ratePlansOf(plans: unknown): IDataObject {
	return {
		ratePlan: ((plans ?? []) as IDataObject[]).map(({ name, productRatePlanId, ratePlanCharge }) => ({
			name,
			productRatePlanId,
			ratePlanCharge: chargesOf(ratePlanCharge),
		})),
	};
}

/** An invoice body as node parameters: customer and lines apart, addresses as fixed collections. */
function invoiceParameters(body: IDataObject): { customerId: unknown; detail: IDataObject; fields: IDataObject } {
	const { customerId, detail, billingAddress, shippingAddress, ...fields } = body;
	return {
		customerId,
		detail: { line: detail as IDataObject[] },
		fields: { ...fields, billingAddress: { address: billingAddress }, shippingAddress: { address: shippingAddress } },
	};
}

// ------------------------------------------------------------------ fresh records for changing requests

/** The id of a record created for a scenario. */
const createdId = async (sim: RebilliaSim, path: string, body: IDataObject) => (await created(sim, path, body)).id as number;

async function inserted(sim: RebilliaSim, body: IDataObject): Promise<number> {
	const result = await sim.control<{ inserted: Array<{ id: number }> }>('insert', body);
	return result.inserted[0].id;
}

const freshCustomer = async (sim: RebilliaSim) =>
	await createdId(sim, '/customers', { firstName: 'Fresh', lastName: 'Customer', email: `fresh.${Date.now()}.${Math.random().toString(36).slice(2)}@example.com` });

/** A settled payment of 10.00 on a new invoice of customer 4, to refund or void. */
async function freshPayment(sim: RebilliaSim): Promise<number> {
	const invoiceId = await inserted(sim, { kind: 'invoice', total: 10 });
	return await inserted(sim, { kind: 'transaction', invoiceId, amount: 10, status: 'settled' });
}

/** A rate plan added to subscription 1 from product rate plan 7 (its charges come along). */
const freshRatePlan = async (sim: RebilliaSim) => await createdId(sim, '/subscriptions/1/rateplans', { name: 'Fresh plan', productRateplanId: 7 });

/**
 * The external-payment body as the collection means it: its example reads
 * `"amount": 5500, (in cents) … "transactionId": xxxxx (the gateway transaction code)`, which is
 * not JSON; the placeholders stay, the prose goes.
 */
export const EXTERNAL_PAYMENT = { amount: 5500, paymentType: 'offlinePaymentProvider', accountType: 'xxxx', transactionId: 'xxxxx' };


const customerParameters = (operation: string, more: IDataObject = {}) => ({ resource: 'customer', operation, ...more });

export const coreScenarios: CoreScenario[] = [
	// ---------------------------------------------------------------- Bill Runs
	{
		row: 'Get All Bill Runs',
		parameters: {
			resource: 'billRun',
			operation: 'getAll',
			returnAll: true,
			filters: { status: 'completed' },
			options: { include: ['invoice'], orderBy: 'id', sortBy: 'asc' },
		},
		query: { include: 'invoice', query: 'completed', orderBy: 'id', sortBy: 'asc' },
		check: (output) => {
			expectList(output);
			for (const run of output) expect(run.status).toBe('completed');
		},
	},
	{
		row: 'Get a Bill Run',
		path: { bill_run_id: 49 },
		parameters: { resource: 'billRun', operation: 'get', billRunId: '49', options: { include: ['invoice'] } },
		query: { include: 'invoice' },
		check: (output) => expect(output[0].id).toBe(49),
	},
	{
		row: 'Update a Bill Run',
		path: (parameters) => ({ bill_run_id: idOf(parameters.billRunId) }),
		parameters: async (sim) => ({
			resource: 'billRun',
			operation: 'update',
			billRunId: String(await inserted(sim, { kind: 'billRun' })),
			newDateTime: expectedBody('Update a Bill Run').newDateTime,
		}),
		body: () => expectedBody('Update a Bill Run'),
		check: (output) => {
			expectRecord(output);
			expect(output[0].targetDate).toMatch(/^2026-03-01/);
		},
	},
	{
		row: 'Get Bill Run Invoices',
		path: { bill_run_id: 49 },
		parameters: { resource: 'billRun', operation: 'getInvoices', billRunId: '49', returnAll: true },
		check: (output) => expect(Object.keys(output[0] ?? {}).sort()).toEqual(['invoiceId', 'status', 'subscriptionId']),
	},

	// ---------------------------------------------------------------- Charges/Credits
	{
		row: 'Get All Charges/Credits',
		path: { customer_id: 4 },
		parameters: { resource: 'chargeCredit', operation: 'getAll', customerId: byId(4), returnAll: true, filters: { status: 'unassigned', type: 'credit' } },
		query: { status: 'unassigned', type: 'credit' },
		check: (output) => {
			for (const entry of output) expect(entry.type).toBe('credit');
		},
	},
	{
		row: 'Create a Charge/Credit',
		path: (parameters) => ({ customer_id: idOf(parameters.customerId) }),
		parameters: () => {
			const { type, amount, description, ...rest } = expectedBody('Create a Charge/Credit');
			return Promise.resolve({ resource: 'chargeCredit', operation: 'create', customerId: byId(4), type, amount, description, additionalFields: rest });
		},
		body: () => expectedBody('Create a Charge/Credit'),
		status: 201,
		check: (output) => {
			expectRecord(output);
			// 10000 cents come back as the decimal amount.
			expect(Number(output[0].amount)).toBe(100);
		},
	},
	{
		row: 'Delete a Charge/Credit',
		path: (parameters) => ({ customer_id: idOf(parameters.customerId), charge_credit_id: idOf(parameters.chargeCreditId) }),
		parameters: async (sim) => ({
			resource: 'chargeCredit',
			operation: 'delete',
			customerId: byId(4),
			chargeCreditId: String(await createdId(sim, '/customers/4/charges_credits', { type: 'charge', amount: 500, description: 'To delete' })),
		}),
		status: 204,
		check: expectDeleted,
	},

	// ---------------------------------------------------------------- Customer Addresses
	{
		row: 'Get All Customer Addresses',
		path: { customer_id: 4 },
		parameters: { resource: 'customerAddress', operation: 'getAll', customerId: byId(4), returnAll: true },
		check: (output) => expectList(output),
	},
	{
		row: 'Get a Customer Address',
		path: { customer_id: 4, customer_address_book_id: 1 },
		parameters: { resource: 'customerAddress', operation: 'get', customerId: byId(4), addressId: '1' },
		check: (output) => expect(output[0].id).toBe(1),
	},
	{
		row: 'Create a Customer Address',
		path: (parameters) => ({ customer_id: idOf(parameters.customerId) }),
		parameters: () => {
			const { street1, city, zip, countryId, ...rest } = expectedBody('Create a Customer Address');
			return Promise.resolve({ resource: 'customerAddress', operation: 'create', customerId: byId(4), street1, city, zip, countryId: String(countryId), additionalFields: rest });
		},
		body: () => expectedBody('Create a Customer Address'),
		status: 201,
		check: (output) => expectRecord(output),
	},
	{
		row: 'Update a Customer Address',
		path: { customer_id: 4, customer_address_book_id: 1 },
		parameters: { resource: 'customerAddress', operation: 'update', customerId: byId(4), addressId: '1', updateFields: expectedBody('Update a Customer Address') },
		body: () => expectedBody('Update a Customer Address'),
		check: (output) => expect(output[0].city).toBe('Barboursville'),
	},
	{
		row: 'Delete a Customer Address',
		path: (parameters) => ({ customer_id: idOf(parameters.customerId), customer_address_book_id: idOf(parameters.addressId) }),
		parameters: async (sim) => ({
			resource: 'customerAddress',
			operation: 'delete',
			customerId: byId(4),
			addressId: String(await createdId(sim, '/customers/4/addressbooks', { street1: '1 Gone St', city: 'Nowhere', zip: '00000', countryId: 240 })),
		}),
		status: 204,
		check: expectDeleted,
	},

	// ---------------------------------------------------------------- Customer Payment Methods
	{
		row: 'Get All Customer Payment Methods',
		path: { customer_id: 4 },
		parameters: { resource: 'customerPaymentMethod', operation: 'getAll', customerId: byId(4), returnAll: true, options: { orderBy: 'id', sortBy: 'asc' } },
		query: { orderBy: 'id', sortBy: 'asc' },
		check: (output) => expectList(output),
	},
	{
		row: 'Get a Customer Payment Method',
		path: { customer_id: 4, customer_payment_method_id: 44 },
		parameters: { resource: 'customerPaymentMethod', operation: 'get', customerId: byId(4), paymentMethodId: '44' },
		check: (output) => expect(output[0].id).toBe(44),
	},
	{
		row: 'Create a Customer Payment Method',
		folder: ['Customers', 'Customer Payment Methods'],
		path: (parameters) => ({ customer_id: idOf(parameters.customerId) }),
		parameters: () => {
			const { companyGatewayId, type, paymentMethod, billingAddress, ...rest } = expectedBody('Create a Customer Payment Method');
			return Promise.resolve({
				resource: 'customerPaymentMethod',
				operation: 'create',
				customerId: byId(4),
				companyGatewayId,
				type,
				nonce: (paymentMethod as IDataObject).nonce,
				additionalFields: { ...rest, billingAddress: { address: billingAddress } },
			});
		},
		body: () => expectedBody('Create a Customer Payment Method'),
		status: 201,
		check: (output) => expectRecord(output),
	},
	{
		row: 'Create a Customer Gateway Profile',
		path: (parameters) => ({ customer_id: idOf(parameters.customerId) }),
		parameters: () => {
			const { companyGatewayId, profile } = expectedBody('Create a Customer Gateway Profile');
			return Promise.resolve({ resource: 'customerPaymentMethod', operation: 'createGatewayProfile', customerId: byId(1), companyGatewayId, profile });
		},
		body: () => expectedBody('Create a Customer Gateway Profile'),
		status: 201,
		check: (output) => expect(Object.keys(output[0]).sort()).toEqual(['company_gateway_id', 'customer_id', 'profile_id']),
	},
	{
		row: 'Insert Customer Payment Method',
		path: (parameters) => ({ customer_id: idOf(parameters.customerId) }),
		parameters: () => {
			const { customerGatewayProfileId, token, type, accountNumber, ...rest } = expectedBody('Insert Customer Payment Method');
			return Promise.resolve({
				resource: 'customerPaymentMethod',
				operation: 'insert',
				customerId: byId(1),
				customerGatewayProfileId: String(customerGatewayProfileId),
				token,
				type,
				accountNumber,
				additionalFields: { ...rest, customerAddressBookId: String(rest.customerAddressBookId) },
			});
		},
		body: () => expectedBody('Insert Customer Payment Method'),
		status: 201,
		check: (output) => expectRecord(output),
	},
	{
		row: 'Update a Customer Payment Method',
		folder: ['Customers', 'Customer Payment Methods'],
		path: (parameters) => ({ customer_id: idOf(parameters.customerId), customer_payment_method_id: idOf(parameters.paymentMethodId) }),
		parameters: () => {
			const { billingAddress } = expectedBody('Update a Customer Payment Method');
			return Promise.resolve({
				resource: 'customerPaymentMethod',
				operation: 'update',
				customerId: byId(4),
				paymentMethodId: '44',
				updateFields: { billingAddress: { address: billingAddress } },
			});
		},
		body: () => expectedBody('Update a Customer Payment Method'),
		check: (output) => expectRecord(output),
	},
	{
		row: 'Delete a Customer Payment Method',
		folder: ['Customers', 'Customer Payment Methods'],
		path: (parameters) => ({ customer_id: idOf(parameters.customerId), customer_payment_method_id: idOf(parameters.paymentMethodId) }),
		parameters: async (sim) => ({
			resource: 'customerPaymentMethod',
			operation: 'delete',
			customerId: byId(4),
			paymentMethodId: String(
				await createdId(sim, '/customers/4/paymentmethods', { companyGatewayId: 3412, type: 'card', paymentMethod: { nonce: 'tok_visa' } }),
			),
		}),
		status: 204,
		check: expectDeleted,
	},

	// ---------------------------------------------------------------- Customers
	{
		row: 'Get All Customers',
		parameters: customerParameters('getAll', {
			returnAll: true,
			filters: { query: 'jonh.doe@example.com' },
			options: { include: ['addressbook', 'paymentmethod'], orderBy: 'id', sortBy: 'asc' },
		}),
		query: { query: 'jonh.doe@example.com', include: 'addressbook,paymentmethod', orderBy: 'id', sortBy: 'asc' },
		check: (output) => {
			expect(output.map((customer) => customer.id)).toEqual([4]);
			// Simplified: the customer's own fields, not the embedded relations.
			expect(output[0]).toMatchObject({ id: 4, email: 'jonh.doe@example.com', firstName: 'Jonh', lastName: 'Doe' });
			expect(output[0]).not.toHaveProperty('addressBook');
		},
	},
	{
		row: 'Get a Customer',
		path: (parameters) => ({ customer_id: idOf(parameters.customerId) }),
		parameters: customerParameters('get', {
			customerId: byId(4),
			simplify: false,
			options: { include: ['addressbook', 'paymentmethod', 'subscriptions', 'unpaidInvoices', 'lastInvoice', 'externalCustomers'] },
		}),
		query: { include: 'addressbook,paymentmethod,subscriptions,unpaidInvoices,lastInvoice,externalCustomers' },
		check: (output) => {
			expect(output[0].id).toBe(4);
			expect(Array.isArray(output[0].addressBook)).toBe(true);
		},
	},
	{
		row: 'Create a Customer',
		parameters: () => {
			const { firstName, lastName, email, ...rest } = expectedBody('Create a Customer');
			return Promise.resolve(customerParameters('create', { firstName, lastName, email, additionalFields: { ...rest, countryId: String(rest.countryId) } }));
		},
		body: () => expectedBody('Create a Customer'),
		status: 201,
		check: (output) => {
			expectRecord(output);
			expect(output[0].email).toBe('zachary.taylor@rebillia.com');
		},
	},
	{
		row: 'Update a Customer',
		path: (parameters) => ({ customer_id: idOf(parameters.customerId) }),
		parameters: customerParameters('update', { customerId: byId(2), updateFields: expectedBody('Update a Customer') }),
		body: () => expectedBody('Update a Customer'),
		check: (output) => expect(output[0]).toMatchObject({ id: 2, locale: 'us' }),
	},
	{
		row: 'Delete a customer',
		path: (parameters) => ({ customer_id: idOf(parameters.customerId) }),
		parameters: async (sim) => customerParameters('delete', { customerId: byId(await freshCustomer(sim)) }),
		status: 204,
		check: expectDeleted,
	},
	{
		row: 'Get Customer Invoices',
		path: (parameters) => ({ customer_id: idOf(parameters.customerId) }),
		parameters: customerParameters('getInvoices', { customerId: byId(4), returnAll: true, options: { include: ['externalInvoices'] } }),
		query: { include: 'externalInvoices' },
		check: (output) => {
			expectList(output);
			expect(output[0]).toHaveProperty('invoiceNo');
		},
	},
	{
		row: 'Get Customer Logs',
		path: (parameters) => ({ customer_id: idOf(parameters.customerId) }),
		parameters: customerParameters('getLogs', { customerId: byId(4), returnAll: true }),
		check: (output) => expect(output[0]).toHaveProperty('name'),
	},
	{
		row: 'Get Customer Subscriptions',
		path: (parameters) => ({ customer_id: idOf(parameters.customerId) }),
		parameters: customerParameters('getSubscriptions', { customerId: byId(4), returnAll: true, simplify: false, options: { include: ['rateplan', 'rateplanCharge'] } }),
		query: { include: 'rateplan,rateplanCharge' },
		check: (output) => {
			expectList(output);
			expect(Array.isArray(output[0].rateplan)).toBe(true);
		},
	},

	// ---------------------------------------------------------------- Invoices
	{
		row: 'Get All Invoices',
		parameters: { resource: 'invoice', operation: 'getAll', returnAll: true, options: { include: ['detail', 'transactions', 'billruns'], orderBy: 'id', sortBy: 'asc' } },
		query: { include: 'detail,transactions,billruns', orderBy: 'id', sortBy: 'asc' },
		check: (output) => {
			expectList(output);
			const ids = output.map((invoice) => invoice.id as number);
			expect(ids).toEqual([...ids].sort((a, b) => a - b));
		},
	},
	{
		row: 'Get an Invoice',
		path: { invoice_id: 1 },
		parameters: { resource: 'invoice', operation: 'get', invoiceId: byId(1), simplify: false, options: { include: ['detail', 'transactions', 'billruns'] } },
		query: { include: 'detail,transactions,billruns' },
		check: (output) => {
			expect(output[0].id).toBe(1);
			expect(Array.isArray(output[0].detail)).toBe(true);
		},
	},
	{
		row: 'Get an Invoice By Status',
		// The status filter switches Get Many to Rebillia's paged answer: page and page size are sent.
		parameters: { resource: 'invoice', operation: 'getAll', returnAll: false, limit: 20, filters: { status: 'posted' } },
		query: { status: 'posted', page: '1', itemPerPage: '20' },
		check: (output) => {
			expectList(output);
			for (const invoice of output) expect(invoice.status).toBe('posted');
		},
	},
	{
		row: 'Create an Invoice',
		parameters: () => {
			const { customerId, detail, fields } = invoiceParameters(expectedBody('Create an Invoice'));
			return Promise.resolve({ resource: 'invoice', operation: 'create', customerId: byId(customerId as number), detail, additionalFields: fields });
		},
		body: () => expectedBody('Create an Invoice'),
		status: 201,
		check: (output) => {
			expectRecord(output);
			expect(output[0].invoiceNo).toBeDefined();
		},
	},
	{
		row: 'Update an Invoice',
		path: (parameters) => ({ invoice_id: idOf(parameters.invoiceId) }),
		parameters: async (sim) => {
			const { customerId, detail, fields } = invoiceParameters(expectedBody('Update an Invoice'));
			return {
				resource: 'invoice',
				operation: 'update',
				invoiceId: byId(await inserted(sim, { kind: 'invoice', total: 20 })),
				updateFields: { customerId: String(customerId), detail, ...fields },
			};
		},
		body: () => expectedBody('Update an Invoice'),
		check: (output) => expectRecord(output),
	},
	{
		row: 'Delete an Invoice',
		path: (parameters) => ({ invoice_id: idOf(parameters.invoiceId) }),
		parameters: async (sim) => ({ resource: 'invoice', operation: 'delete', invoiceId: byId(await inserted(sim, { kind: 'invoice', total: 5 })) }),
		status: 204,
		check: expectDeleted,
	},
	{
		row: 'Charge an Invoice',
		path: (parameters) => ({ invoice_id: idOf(parameters.invoiceId) }),
		parameters: async (sim) => {
			const { amount, paymentType, ...rest } = expectedBody('Charge an Invoice');
			return {
				resource: 'invoice',
				operation: 'charge',
				// An open invoice of 3.23: the example's 323 cents pay it in full.
				invoiceId: byId(await inserted(sim, { kind: 'invoice', total: 3.23 })),
				mode: 'gateway',
				amount,
				paymentType,
				gatewayFields: { ...rest, paymentMethodId: String(rest.paymentMethodId) },
			};
		},
		body: () => expectedBody('Charge an Invoice'),
		check: (output) => {
			expect((output[0].invoice as IDataObject).status).toBe('paid');
			expect((output[0].transaction as IDataObject).status).toBe('settled');
		},
	},
	{
		row: 'Charge an Invoice With External Payment',
		path: (parameters) => ({ invoice_id: idOf(parameters.invoiceId) }),
		parameters: async (sim) => ({
			resource: 'invoice',
			operation: 'charge',
			invoiceId: byId(await inserted(sim, { kind: 'invoice', total: 55 })),
			mode: 'external',
			amount: EXTERNAL_PAYMENT.amount,
			externalReference: EXTERNAL_PAYMENT.transactionId,
			externalFields: { accountType: EXTERNAL_PAYMENT.accountType },
		}),
		body: () => EXTERNAL_PAYMENT,
		check: (output) => {
			expect((output[0].invoice as IDataObject).status).toBe('paid');
			expect((output[0].transaction as IDataObject).transactionId).toBe(EXTERNAL_PAYMENT.transactionId);
		},
	},
	{
		row: 'Cancel an Invoice',
		path: (parameters) => ({ invoice_id: idOf(parameters.invoiceId) }),
		parameters: async (sim) => ({ resource: 'invoice', operation: 'void', invoiceId: byId(await inserted(sim, { kind: 'invoice', total: 12 })) }),
		check: (output) => expect(['voided', 'canceled', 'cancel']).toContain(output[0].status),
	},

	// ---------------------------------------------------------------- Subscription Rate Plans
	{
		row: 'List all Subscription rate plans',
		path: { subscription_id: 1 },
		parameters: { resource: 'subscriptionRatePlan', operation: 'getAll', subscriptionId: byId(1), returnAll: true },
		check: (output) => expectList(output),
	},
	{
		row: 'Get the Subscription rate plan',
		path: { subscription_id: 1, rate_plan_id: 7 },
		parameters: { resource: 'subscriptionRatePlan', operation: 'get', subscriptionId: byId(1), ratePlanId: '7' },
		check: (output) => expect(output[0].id).toBe(7),
	},
	{
		row: 'Create Subscription rate plan',
		path: (parameters) => ({ subscription_id: idOf(parameters.subscriptionId) }),
		parameters: () => {
			const { name, productRateplanId, ratePlanCharge } = expectedBody('Create Subscription rate plan');
			return Promise.resolve({
				resource: 'subscriptionRatePlan',
				operation: 'create',
				subscriptionId: byId(1),
				productRateplanId: String(productRateplanId),
				name,
				ratePlanCharge: chargesOf(ratePlanCharge),
			});
		},
		body: () => expectedBody('Create Subscription rate plan'),
		status: 201,
		check: (output) => expectRecord(output),
	},
	{
		row: 'Update Subscription Rate plan',
		path: { subscription_id: 1, rate_plan_id: 7 },
		parameters: { resource: 'subscriptionRatePlan', operation: 'update', subscriptionId: byId(1), ratePlanId: '7', updateFields: expectedBody('Update Subscription Rate plan') },
		body: () => expectedBody('Update Subscription Rate plan'),
		check: (output) => expect(output[0].name).toBe('Monthly'),
	},
	{
		row: 'Delete Subscription Rate plan',
		path: (parameters) => ({ subscription_id: idOf(parameters.subscriptionId), rate_plan_id: idOf(parameters.ratePlanId) }),
		parameters: async (sim) => ({ resource: 'subscriptionRatePlan', operation: 'delete', subscriptionId: byId(1), ratePlanId: String(await freshRatePlan(sim)) }),
		status: 204,
		check: expectDeleted,
	},

	// ---------------------------------------------------------------- Subscription Rate Plan Charges
	{
		row: 'Get the Subscription rate plan charge',
		path: { subscription_id: 1, rate_plan_charge_id: 2777 },
		parameters: { resource: 'subscriptionRatePlanCharge', operation: 'get', subscriptionId: byId(1), ratePlanChargeId: '2777' },
		check: (output) => expect(output[0].id).toBe(2777),
	},
	{
		row: 'Create Subscription rate plan charge',
		path: (parameters) => ({ subscription_id: idOf(parameters.subscriptionId), rate_plan_id: idOf(parameters.ratePlanId) }),
		parameters: () => {
			const { name, chargeTier, ...settings } = expectedBody('Create Subscription rate plan charge');
			return Promise.resolve({
				resource: 'subscriptionRatePlanCharge',
				operation: 'create',
				subscriptionId: byId(1),
				ratePlanId: '7',
				name,
				chargeTier: tiersOf(chargeTier),
				additionalFields: settings,
			});
		},
		body: () => expectedBody('Create Subscription rate plan charge'),
		status: 201,
		check: (output) => {
			expectRecord(output);
			// The tier price goes in as 1251 cents and comes back as a decimal.
			expect(Number(((output[0].chargeTier as IDataObject[])[0] ?? {}).price)).toBe(12.51);
		},
	},
	{
		row: 'Update Subscription Rate plan charge',
		path: (parameters) => ({ subscription_id: idOf(parameters.subscriptionId), rate_plan_charge_id: idOf(parameters.ratePlanChargeId) }),
		parameters: () => {
			const { chargeTier, ...fields } = expectedBody('Update Subscription Rate plan charge');
			return Promise.resolve({
				resource: 'subscriptionRatePlanCharge',
				operation: 'update',
				subscriptionId: byId(1),
				ratePlanChargeId: '2777',
				updateFields: { ...fields, chargeTier: tiersOf(chargeTier) },
			});
		},
		body: () => expectedBody('Update Subscription Rate plan charge'),
		check: (output) => expect(output[0].name).toBe('Charge 1'),
	},
	{
		row: 'Delete Subscription Rate plan charge',
		path: (parameters) => ({ subscription_id: idOf(parameters.subscriptionId), rate_plan_charge_id: idOf(parameters.ratePlanChargeId) }),
		parameters: async (sim) => {
			const ratePlanId = await freshRatePlan(sim);
			const chargeId = await createdId(sim, `/subscriptions/1/rateplans/${ratePlanId}/rateplan-charges`, { name: 'To delete', chargeType: 'recurring' });
			return { resource: 'subscriptionRatePlanCharge', operation: 'delete', subscriptionId: byId(1), ratePlanChargeId: String(chargeId) };
		},
		status: 204,
		check: expectDeleted,
	},

	// ---------------------------------------------------------------- Subscriptions
	{
		row: 'Get All Subscriptions',
		parameters: {
			resource: 'subscription',
			operation: 'getAll',
			returnAll: true,
			options: { include: ['rateplan', 'rateplanCharge', 'chargeTier', 'lastBillRun'], orderBy: 'id', sortBy: 'asc' },
		},
		query: { include: 'rateplan,rateplanCharge,chargeTier,lastBillRun', orderBy: 'id', sortBy: 'asc' },
		check: (output) => {
			expectList(output);
			// Simplified: the customer reduced to who they are.
			expect(Object.keys(output[0].customer as IDataObject).sort()).toEqual(['email', 'firstName', 'id', 'lastName']);
		},
	},
	{
		row: 'Get a Subscription',
		path: { subscription_id: 1 },
		parameters: { resource: 'subscription', operation: 'get', subscriptionId: byId(1), simplify: false, options: { include: ['rateplan', 'rateplanCharge', 'chargeTier', 'lastBillRun'] } },
		query: { include: 'rateplan,rateplanCharge,chargeTier,lastBillRun' },
		check: (output) => {
			expect(output[0].id).toBe(1);
			expect(Array.isArray(output[0].rateplan)).toBe(true);
		},
	},
	{
		row: 'Create a Subscription',
		parameters: () => {
			const { customerId, name, companyCurrencyId, companyGatewayId, ratePlan, ...rest } = expectedBody('Create a Subscription');
			return Promise.resolve({
				resource: 'subscription',
				operation: 'create',
				customerId: byId(customerId as number),
				name,
				companyCurrencyId,
				companyGatewayId,
				ratePlan: ratePlansOf(ratePlan),
				additionalFields: { ...rest, customerPaymentMethodId: String(rest.customerPaymentMethodId) },
			});
		},
		body: () => expectedBody('Create a Subscription'),
		status: 201,
		check: (output) => {
			expectRecord(output);
			expect(output[0].name).toBe('New subscription name');
		},
	},
	{
		row: 'Update a Subscription',
		path: (parameters) => ({ subscription_id: idOf(parameters.subscriptionId) }),
		parameters: () => {
			const { customerId, customerPaymentMethodId, ...rest } = expectedBody('Update a Subscription');
			return Promise.resolve({
				resource: 'subscription',
				operation: 'update',
				subscriptionId: byId(1),
				updateFields: { ...rest, customerId: String(customerId), customerPaymentMethodId: String(customerPaymentMethodId) },
			});
		},
		body: () => expectedBody('Update a Subscription'),
		check: (output) => expect(output[0].name).toBe('Subscription name'),
	},
	{
		row: 'Delete a Subscription',
		path: (parameters) => ({ subscription_id: idOf(parameters.subscriptionId) }),
		parameters: async (sim) => ({
			resource: 'subscription',
			operation: 'delete',
			subscriptionId: byId(await inserted(sim, { kind: 'subscription', customerId: 4 })),
		}),
		status: 204,
		check: expectDeleted,
	},
	{
		row: 'Update a Subscription Status',
		folder: ['Subscriptions'],
		path: (parameters) => ({ subscription_id: idOf(parameters.subscriptionId) }),
		parameters: async (sim) => ({
			resource: 'subscription',
			operation: 'updateStatus',
			subscriptionId: byId(await inserted(sim, { kind: 'subscription', customerId: 4, status: 'paused' })),
			status: expectedBody('Update a Subscription Status').status,
		}),
		body: () => expectedBody('Update a Subscription Status'),
		check: (output) => expect(output[0].status).toBe('active'),
	},
	{
		row: 'Get all Subscription External Invoices',
		path: { subscription_id: 1 },
		parameters: {
			resource: 'subscription',
			operation: 'getExternalInvoices',
			subscriptionId: byId(1),
			returnAll: true,
			filters: { externalId: '12091' },
			options: { orderBy: 'id', sortBy: 'asc' },
		},
		query: { externalId: '12091', orderBy: 'id', sortBy: 'asc' },
		check: (output) => {
			for (const entry of output) expect(String(entry.externalId)).toBe('12091');
		},
	},
	{
		row: 'Get all Subscription External Invoices by Company Integration',
		path: { subscription_id: 1, company_integration_id: 8 },
		parameters: {
			resource: 'subscription',
			operation: 'getExternalInvoices',
			subscriptionId: byId(1),
			byIntegration: true,
			integrationId: 8,
			returnAll: true,
			options: { orderBy: 'id', sortBy: 'asc' },
		},
		query: { orderBy: 'id', sortBy: 'asc' },
		check: (output) => {
			for (const entry of output) expect(entry).toHaveProperty('companyIntegration');
		},
	},
	{
		row: 'Get the Subscription invoices',
		path: { subscription_id: 1 },
		parameters: { resource: 'subscription', operation: 'getInvoices', subscriptionId: byId(1), returnAll: true },
		check: (output) => {
			for (const invoice of output) expect(invoice).toHaveProperty('invoiceNo');
		},
	},
	{
		row: 'Get the Subscription logs',
		path: { subscription_id: 1 },
		parameters: { resource: 'subscription', operation: 'getLogs', subscriptionId: byId(1), returnAll: true },
		check: (output) => {
			for (const log of output) expect(log).toHaveProperty('name');
		},
	},
	{
		row: 'Get the Subscription next bill',
		path: { subscription_id: 1 },
		parameters: { resource: 'subscription', operation: 'getNextBill', subscriptionId: byId(1), options: { include: ['chargeTier'] } },
		query: { include: 'chargeTier' },
		check: (output) => expect(output[0]).toHaveProperty('grandTotal'),
	},
	{
		row: 'Get Subscriptions upcoming',
		path: { subscription_id: 1 },
		parameters: { resource: 'subscription', operation: 'getUpcoming', subscriptionId: byId(1), options: { date: '2021-12-31' } },
		query: { date: '2021-12-31' },
		check: (output) => expect(output[0]).toHaveProperty('upcomingCharges'),
	},

	// ---------------------------------------------------------------- Transactions
	{
		row: 'Get All Transactions',
		parameters: { resource: 'transaction', operation: 'getAll', returnAll: true, options: { orderBy: 'id', sortBy: 'asc' } },
		query: { orderBy: 'id', sortBy: 'asc' },
		check: (output) => expectList(output),
	},
	{
		row: 'Get a Transaction',
		path: { transaction_id: 5 },
		parameters: { resource: 'transaction', operation: 'get', transactionId: byId(5) },
		check: (output) => {
			// Simplified: the transaction's fields with a short invoice.
			expect(output[0]).toMatchObject({ id: 5, type: 'sale' });
			expect(Object.keys(output[0].invoice as IDataObject).sort()).toEqual(['balanceDue', 'id', 'invoiceNo', 'status', 'total']);
		},
	},
	{
		row: 'Create a Refund',
		path: (parameters) => ({ transaction_id: idOf(parameters.transactionId) }),
		parameters: async (sim) => ({ resource: 'transaction', operation: 'refund', transactionId: byId(await freshPayment(sim)), amount: 2.5 }),
		// The refund amount travels in the query, as a decimal; there is no body.
		query: { amount: '2.5' },
		check: (output) => expect(output[0]).toMatchObject({ type: 'refund' }),
	},
	{
		row: 'Void a Transaction',
		path: (parameters) => ({ transaction_id: idOf(parameters.transactionId) }),
		parameters: async (sim) => ({ resource: 'transaction', operation: 'void', transactionId: byId(await freshPayment(sim)) }),
		check: (output) => expect(output[0].status).toBe('voided'),
	},
];

export function coreRowOf(scenario: CoreScenario): EndpointRow {
	return rowFor(coreRows, scenario);
}
