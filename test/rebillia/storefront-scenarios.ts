/**
 * One scenario per request of the collection's Storefront folders (23): the storefront node's
 * parameters and the exact body and query each request must carry, written from the collection's
 * example request (test/fixtures/rebillia/requests.json) with only the documented changes noted
 * at each (ids that exist in the simulator). Shared by the engine coverage test and the real-n8n
 * e2e suite.
 */
import type { IDataObject } from 'n8n-workflow';
import type { CoverageScenario } from '../helpers/coverage';
import { exampleBodyOf, idOf, rowFor } from '../helpers/coverage';
import { byId, STOREFRONT_PUBLIC_KEY, TEST_SHOPPERS, type RebilliaSim } from '../helpers/rebillia';
import { created } from '../helpers/rebillia-kit';
import { rowsOf } from '../helpers/rows';

export const storefrontRows = rowsOf('Rebillia', [['Storefront']]);

const row = (name: string, folder: string[]) => rowFor(storefrontRows, { row: name, folder });
const example = (name: string, folder: string[]) => exampleBodyOf(row(name, folder));

const SUBSCRIPTIONS = ['Storefront', 'Subscriptions'];
const PAYMENT_METHODS = ['Storefront', 'Payment Methods'];
const RATE_PLAN_CHARGES = ['Storefront', 'Rate Plan Charges'];
const STOREFRONT = ['Storefront'];

/** The shopper's records as the simulator seeds them from the examples. */
export const SHOPPER_RECORDS = {
	subscriptionId: 1,
	/** The subscription's own rate plan (the example's query names 4, which the examples hold nowhere). */
	subscriptionRatePlanId: 7,
	productRatePlanId: 7,
	productId: 8,
	paymentMethodId: 44,
	gatewayId: 3412,
	/** The subscription's rate plan charge with an external product (the examples' ids for it vary). */
	ratePlanChargeId: 2777,
	cartId: '7983092c-6f9f-47f2-b400-955569aaa58db',
};

/** The include list the collection's saved examples were requested with, in its order. */
const SUBSCRIPTION_INCLUDE = ['externalAddress', 'chargeTier', 'product', 'productRateplanCharge', 'externalRatePlanCharges'];

const ids = (output: IDataObject[]) => output.map((item) => item.id);

export const storefrontScenarios: Array<CoverageScenario<RebilliaSim>> = [
	{
		row: 'Get all Subscriptions of Customer',
		folder: SUBSCRIPTIONS,
		parameters: { resource: 'storefrontSubscription', operation: 'getAll', returnAll: true, simplify: false, options: { include: SUBSCRIPTION_INCLUDE } },
		query: { include: SUBSCRIPTION_INCLUDE.join(',') },
		check: (output) => {
			expect(ids(output)).toEqual([SHOPPER_RECORDS.subscriptionId]);
			expect(output[0]).toHaveProperty('externalRatePlanCharges');
		},
	},
	{
		row: 'Get a Subscription of Customer',
		folder: SUBSCRIPTIONS,
		path: { subscription_id: 1 },
		parameters: {
			resource: 'storefrontSubscription',
			operation: 'get',
			subscriptionId: byId(SHOPPER_RECORDS.subscriptionId),
			options: { include: SUBSCRIPTION_INCLUDE },
		},
		query: { include: SUBSCRIPTION_INCLUDE.join(',') },
		check: (output) => {
			// Simplify (the default) keeps the subscription's own fields, link ids and the included relations.
			expect(output[0]).toMatchObject({ id: 1, status: 'active', paymentMethodId: SHOPPER_RECORDS.paymentMethodId });
			expect(output[0]).toHaveProperty('product');
			expect(output[0]).not.toHaveProperty('customer');
		},
	},
	{
		row: 'Update a Subscription Payment Method',
		folder: SUBSCRIPTIONS,
		path: { subscription_id: 1 },
		parameters: {
			resource: 'storefrontSubscription',
			operation: 'updatePaymentMethod',
			subscriptionId: byId(SHOPPER_RECORDS.subscriptionId),
			paymentMethodId: byId(example('Update a Subscription Payment Method', SUBSCRIPTIONS).paymentMethodId as number),
		},
		body: () => example('Update a Subscription Payment Method', SUBSCRIPTIONS),
		check: (output) => expect(ids(output)).toEqual([SHOPPER_RECORDS.paymentMethodId]),
	},
	{
		row: 'Update a Subscription Shipping Address',
		folder: SUBSCRIPTIONS,
		path: { subscription_id: 1 },
		parameters: {
			resource: 'storefrontSubscription',
			operation: 'updateShippingAddress',
			subscriptionId: byId(SHOPPER_RECORDS.subscriptionId),
			externalId: byId(example('Update a Subscription Shipping Address', SUBSCRIPTIONS).externalId as number),
		},
		body: () => example('Update a Subscription Shipping Address', SUBSCRIPTIONS),
		check: (output) => expect(output[0]).toHaveProperty('street1'),
	},
	{
		row: 'Update a Subscription Status',
		folder: SUBSCRIPTIONS,
		path: { subscription_id: 1 },
		parameters: {
			resource: 'storefrontSubscription',
			operation: 'updateStatus',
			subscriptionId: byId(SHOPPER_RECORDS.subscriptionId),
			status: example('Update a Subscription Status', SUBSCRIPTIONS).status,
		},
		body: () => example('Update a Subscription Status', SUBSCRIPTIONS),
		check: (output) => expect(output[0]).toMatchObject({ id: 1, status: 'archived' }),
	},
	{
		row: 'Get all Subscriptions Upcoming of Customer',
		folder: SUBSCRIPTIONS,
		parameters: { resource: 'storefrontSubscription', operation: 'getUpcoming' },
		check: (output) => {
			expect(output.length).toBeGreaterThanOrEqual(1);
			expect(Object.keys(output[0]).sort()).toEqual(['data', 'period']);
		},
	},
	{
		row: 'Create a Subscription Rate Plan',
		folder: SUBSCRIPTIONS,
		path: { subscription_id: 1 },
		// The example swaps in product rate plan 7 for rate plan 4. The seeded subscription's own rate plan
		// is 7 too, so a plan added to it from product rate plan 7 (a new id) is swapped: the two ids differ.
		parameters: async (sim) => ({
			resource: 'storefrontSubscription',
			operation: 'changeRatePlan',
			subscriptionId: byId(SHOPPER_RECORDS.subscriptionId),
			productRatePlanId: byId(SHOPPER_RECORDS.productRatePlanId),
			ratePlanId: byId(
				(await created(sim, `/subscriptions/${SHOPPER_RECORDS.subscriptionId}/rateplans`, { name: 'Plan to swap', productRateplanId: SHOPPER_RECORDS.productRatePlanId }))
					.id as number,
			),
		}),
		query: (parameters) => {
			const ratePlanId = idOf(parameters.ratePlanId);
			expect(ratePlanId).not.toBe(String(SHOPPER_RECORDS.productRatePlanId));
			return { productRatePlanId: String(SHOPPER_RECORDS.productRatePlanId), ratePlanId };
		},
		check: (output, _request, parameters) => {
			expect(output[0].id).toEqual(expect.any(Number));
			expect(String(output[0].id)).not.toBe(idOf(parameters.ratePlanId));
		},
	},
	{
		row: 'Get all Payment Methods of Customer',
		folder: PAYMENT_METHODS,
		parameters: { resource: 'storefrontPaymentMethod', operation: 'getAll', returnAll: true },
		check: (output) => expect(ids(output)).toEqual([SHOPPER_RECORDS.paymentMethodId]),
	},
	{
		row: 'Get a Payment Method of Customer',
		folder: PAYMENT_METHODS,
		path: { customer_payment_method_id: 44 },
		parameters: { resource: 'storefrontPaymentMethod', operation: 'get', paymentMethodId: byId(SHOPPER_RECORDS.paymentMethodId) },
		check: (output) => expect(output[0]).toMatchObject({ id: 44, accountNumber: '4242' }),
	},
	{
		row: 'Create a Customer Payment Method',
		folder: PAYMENT_METHODS,
		parameters: () => {
			const body = example('Create a Customer Payment Method', PAYMENT_METHODS);
			const { street1, city, state, zip, countryCode } = body.billingAddress as IDataObject;
			return Promise.resolve({
				resource: 'storefrontPaymentMethod',
				operation: 'create',
				companyGatewayId: byId(body.companyGatewayId as number),
				type: body.type,
				nonce: (body.paymentMethod as IDataObject).nonce,
				additionalFields: {
					accountName: body.accountName,
					accountType: body.accountType,
					accountKind: body.accountKind,
					// The example sends street2 as "": a blank field is never sent, so it comes as JSON.
					extraProperties: JSON.stringify({ billingAddress: { street2: '' } }),
				},
				billingAddress: { street1, city, state, zip, countryCode },
			});
		},
		body: () => example('Create a Customer Payment Method', PAYMENT_METHODS),
		status: 201,
		check: (output) => expect(output[0]).toMatchObject({ accountName: 'Marta Morales', type: 'card' }),
	},
	{
		row: 'Update a Customer Payment Method',
		folder: PAYMENT_METHODS,
		path: { customer_payment_method_id: 44 },
		parameters: {
			resource: 'storefrontPaymentMethod',
			operation: 'update',
			paymentMethodId: byId(SHOPPER_RECORDS.paymentMethodId),
			externalId: byId(example('Update a Customer Payment Method', PAYMENT_METHODS).externalId as number),
		},
		body: () => example('Update a Customer Payment Method', PAYMENT_METHODS),
		check: (output) => expect(output[0].id).toBe(SHOPPER_RECORDS.paymentMethodId),
	},
	{
		row: 'Delete a Customer Payment Method',
		folder: PAYMENT_METHODS,
		path: { customer_payment_method_id: 44 },
		parameters: { resource: 'storefrontPaymentMethod', operation: 'delete', paymentMethodId: byId(SHOPPER_RECORDS.paymentMethodId) },
		status: 204,
		check: (output) => expect(output).toEqual([{ deleted: true }]),
	},
	{
		row: 'Get all Address Books of Customer',
		folder: ['Storefront', 'Address Books'],
		parameters: { resource: 'storefrontAddressBook', operation: 'getAll', returnAll: false, limit: 5 },
		check: (output) => expect(output[0]).toMatchObject({ id: 1, address1: '123 Main St', customer_id: 7 }),
	},
	{
		row: 'Retrieve Gateway Client Token',
		folder: ['Storefront', 'Company Gateway'],
		path: { company_gateway_id: 3412 },
		parameters: { resource: 'storefrontGateway', operation: 'getClientToken', companyGatewayId: byId(SHOPPER_RECORDS.gatewayId) },
		check: (output) => expect(Object.keys(output[0])).toEqual(['publicKey']),
	},
	{
		row: 'Get all Product Rate Plans',
		folder: ['Storefront', 'Products'],
		path: { product_id: 8 },
		parameters: {
			resource: 'storefrontProduct',
			operation: 'getRatePlans',
			productId: byId(SHOPPER_RECORDS.productId),
			returnAll: true,
			options: { status: 'published' },
		},
		query: { status: 'published' },
		check: (output) => expect(ids(output)).toEqual([SHOPPER_RECORDS.productRatePlanId]),
	},
	{
		row: 'Get an External Product linked to Rate Plan Charge',
		folder: RATE_PLAN_CHARGES,
		path: { rate_plan_charge_id: 2777 },
		parameters: { resource: 'storefrontRatePlanCharge', operation: 'getExternalProduct', ratePlanChargeId: byId(SHOPPER_RECORDS.ratePlanChargeId) },
		check: (output) => expect(output[0]).toMatchObject({ id: 1460, name: 'Sample Product' }),
	},
	{
		row: 'Update an External Rate Plan Charge',
		folder: RATE_PLAN_CHARGES,
		path: (parameters) => ({ rate_plan_charge_id: idOf(parameters.ratePlanChargeId) }),
		parameters: () => {
			const { id, product_id, price, ...rest } = example('Update an External Rate Plan Charge', RATE_PLAN_CHARGES);
			return Promise.resolve({
				resource: 'storefrontRatePlanCharge',
				operation: 'updateExternal',
				ratePlanChargeId: byId(SHOPPER_RECORDS.ratePlanChargeId),
				id,
				product_id,
				// The variant's other store fields (empty strings and zeros included) as JSON.
				additionalFields: { price, extraProperties: JSON.stringify(rest) },
			});
		},
		body: () => example('Update an External Rate Plan Charge', RATE_PLAN_CHARGES),
		check: (output) => expect((output[0].externalDetail as IDataObject).id).toBe(1769),
	},
	{
		row: 'Schedule a Rate Plan Charge',
		folder: RATE_PLAN_CHARGES,
		path: { rate_plan_charge_id: 2777 },
		parameters: {
			resource: 'storefrontRatePlanCharge',
			operation: 'schedule',
			ratePlanChargeId: byId(SHOPPER_RECORDS.ratePlanChargeId),
			chargedThroughDate: example('Schedule a Rate Plan Charge', RATE_PLAN_CHARGES).chargedThroughDate,
		},
		body: () => example('Schedule a Rate Plan Charge', RATE_PLAN_CHARGES),
		check: (output) => expect(output[0].id).toBe(SHOPPER_RECORDS.subscriptionRatePlanId),
	},
	{
		row: 'Checkout',
		folder: STOREFRONT,
		parameters: { resource: 'storefrontCheckout', operation: 'get', cartId: SHOPPER_RECORDS.cartId, gatewayKeyName: 'authorize' },
		// The example's cartId is a variable ({{cart_id}}): the simulator's cart.
		query: { cartId: SHOPPER_RECORDS.cartId, gatewayKeyName: 'authorize' },
		check: (output) => expect(Object.keys(output[0]).sort()).toEqual(['data', 'error', 'form']),
	},
	{
		row: 'Check Cart has Subscription',
		folder: STOREFRONT,
		path: { publicKey: STOREFRONT_PUBLIC_KEY, cart_id: SHOPPER_RECORDS.cartId },
		parameters: { resource: 'storefrontCart', operation: 'checkSubscription', cartId: SHOPPER_RECORDS.cartId },
		check: (output) => expect(output[0]).toEqual({ currencyCode: 'USD', cartHasSubscription: true }),
	},
	{
		row: 'Login Customer',
		folder: STOREFRONT,
		path: { publicKey: STOREFRONT_PUBLIC_KEY },
		// The example logs in customer@email.com; the store JWT is the simulator's for that shopper.
		parameters: { resource: 'storefrontCustomer', operation: 'login', email: TEST_SHOPPERS[1].email, storeJwt: TEST_SHOPPERS[1].storeJwt },
		query: { email: TEST_SHOPPERS[1].email, token: TEST_SHOPPERS[1].storeJwt },
		check: (output) => {
			expect(Object.keys(output[0])).toEqual(['token']);
			expect(output[0].token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
		},
	},
	{
		row: 'Settings',
		folder: STOREFRONT,
		path: { publicKey: STOREFRONT_PUBLIC_KEY },
		parameters: { resource: 'storefrontSettings', operation: 'get' },
		check: (output) => expect(output[0]).toMatchObject({ status: 'active', apiVersion: '1.0' }),
	},
	{
		row: 'Place Order',
		folder: STOREFRONT,
		path: (parameters) => ({ checkout_id: idOf(parameters.checkoutId) }),
		parameters: () => {
			const { payment } = example('Place Order', STOREFRONT) as { payment: IDataObject };
			return Promise.resolve({
				resource: 'storefrontCheckout',
				operation: 'placeOrder',
				checkoutId: SHOPPER_RECORDS.cartId,
				paymentNonce: payment.paymentNonce,
				gatewayKeyName: payment.gatewayKeyName,
				saveCard: payment.saveCard,
			});
		},
		body: () => example('Place Order', STOREFRONT),
		check: (output) => {
			expect(output[0]).toMatchObject({ code: 200, data: { orderId: expect.any(Number) } });
		},
	},
];
