/**
 * The Rebillia catalog and settings nodes: bad input refused by name before anything is sent,
 * numeric ids (typed and from expressions), dates and cents, invalid JSON, Rebillia's own error
 * messages, the pickers, the API key as a canary, and the size of both node descriptions.
 */
import type { IDataObject, INode, INodeType } from 'n8n-workflow';
import { searchProducts } from '../../nodes/Rebillia/methods/listSearch';
import { searchRatePlanCharges, searchRatePlans } from '../../nodes/Rebillia/methods/searchRatePlans';
import { getCurrencyIds, searchCurrencies, searchGateways, searchIntegrations } from '../../nodes/Rebillia/methods/searchSettings';
import { RebilliaCatalog } from '../../nodes/Rebillia/RebilliaCatalog.node';
import { RebilliaSettings } from '../../nodes/Rebillia/RebilliaSettings.node';
import { loadOptionsContext, runNode, type NodeRun } from '../helpers/engine';
import { byId, REBILLIA_KEYS, rebilliaEnvironment, rebilliaNode, useRebilliaSim } from '../helpers/rebillia';
import { expectNoSecrets } from '../helpers/rebillia-kit';
import { expectNoSecrets as expectNoSecretsIn } from '../helpers/secrets';

const CANARY = REBILLIA_KEYS.apiKey;
const GATEWAY_SECRET = 'gateway-private-key-CANARY-77';
const nodeTypes: Record<string, INodeType> = { rebilliaCatalog: new RebilliaCatalog(), rebilliaSettings: new RebilliaSettings() };

const errorText = (run: NodeRun) => `${run.error?.message ?? ''} ${run.error?.description ?? ''}`;

const tier = (overrides: IDataObject = {}) => ({ price: 1250, currency: 'USD', startingUnit: '1', endingUnit: '1', tier: 1, ...overrides });
const charge = (overrides: IDataObject = {}, tiers: IDataObject[] = [tier()]) => ({
	name: 'Beans',
	chargeType: 'recurring',
	chargeModel: 'flatFeePricing',
	billingPeriod: 'month',
	chargeTiers: { tier: tiers },
	additionalFields: { billCycleType: 'defaultFromCustomer' },
	...overrides,
});
const createProduct = (plan: IDataObject = {}, extra: IDataObject = {}) => ({
	resource: 'product',
	operation: 'create',
	name: 'Coffee Club',
	ratePlans: { ratePlan: [{ name: 'Monthly', charges: { charge: [charge()] }, ...plan }] },
	...extra,
});

/**
 * A gateway key is a node parameter: n8n keeps it with the workflow and attaches the node (with
 * its parameters) to every error, as it does for any node. It must appear nowhere else: not in
 * the items, the message, the description or what Rebillia answered.
 */
function expectSecretOutOfAnswers(result: NodeRun, secret: string) {
	const error = result.error as (NodeRun['error'] & { errorResponse?: unknown; cause?: unknown; context?: unknown }) | undefined;
	expectNoSecretsIn(
		{
			items: result.items,
			message: error?.message,
			description: error?.description,
			errorResponse: error?.errorResponse,
			cause: error?.cause,
			context: error?.context,
			stack: error?.stack,
		},
		[secret],
	);
}


describe('Rebillia catalog and settings: bad input, ids, errors and secrets', () => {
	const sim = useRebilliaSim();
	const run = async (type: 'rebilliaCatalog' | 'rebilliaSettings', parameters: IDataObject, overrides: IDataObject = {}, timezone = 'UTC') =>
		await runNode(rebilliaEnvironment(sim, nodeTypes, overrides), rebilliaNode(type, parameters), [{}], { timezone });
	const catalog = async (parameters: IDataObject, overrides: IDataObject = {}, timezone = 'UTC') => await run('rebilliaCatalog', parameters, overrides, timezone);
	const settings = async (parameters: IDataObject, overrides: IDataObject = {}) => await run('rebilliaSettings', parameters, overrides);
	const sent = async () => (await sim.requests()).filter((request) => request.path.startsWith('/v1/'));

	describe('bad input is refused by name before anything is sent', () => {
		it.each([
			['a product without a name', 'rebilliaCatalog', { ...createProduct(), name: '' }, /"Name" is required/],
			['a rate plan without a name', 'rebilliaCatalog', createProduct({ name: ' ' }), /Rate Plan 1: "Name" is required/],
			['a nested charge without a name', 'rebilliaCatalog', createProduct({ charges: { charge: [charge(), charge({ name: '' })] } }), /Rate Plan 1: Charge 2: "Name" is required/],
			[
				'a tier price that is not whole cents',
				'rebilliaCatalog',
				createProduct({ charges: { charge: [charge({}, [tier(), tier({ price: 12.5 })])] } }),
				/Rate Plan 1: Charge 1: Tier 2: "Price \(Cents\)" must be a whole number of cents/,
			],
			['a tier without a price', 'rebilliaCatalog', createProduct({ charges: { charge: [charge({}, [tier({ price: '' })])] } }), /Tier 1: "Price \(Cents\)" is required/],
			['a rate plan date that is no date', 'rebilliaCatalog', createProduct({ effectiveStartDate: 'next tuesday' }), /Rate Plan 1: "Effective Start Date" is not a date/],
			[
				'a product date that is no date',
				'rebilliaCatalog',
				createProduct({}, { additionalFields: { effectiveEndDate: '31/12/2024' } }),
				/"Effective End Date" is not a date/,
			],
			[
				'invalid JSON in Extra Properties (catalog)',
				'rebilliaCatalog',
				createProduct({}, { additionalFields: { extraProperties: '{"sku": ' } }),
				/"Extra Properties \(JSON\)" is not valid JSON/,
			],
			[
				'Extra Properties that are not an object',
				'rebilliaCatalog',
				{ resource: 'ratePlan', operation: 'update', ratePlanId: byId(7), updateFields: { extraProperties: '[1, 2]' } },
				/"Extra Properties \(JSON\)" must be a JSON object/,
			],
			[
				'a shipping price in decimals on a charge',
				'rebilliaCatalog',
				{ resource: 'ratePlanCharge', operation: 'create', ratePlanId: byId(7), name: 'Beans', additionalFields: { fixedShippingPrice: 20.5 } },
				/"Fixed Shipping Price \(Cents\)" must be a whole number of cents/,
			],
			[
				'a charge weight that is not whole hundredths',
				'rebilliaCatalog',
				{ resource: 'ratePlanCharge', operation: 'update', ratePlanChargeId: byId(88), updateFields: { weight: 1.5 } },
				/"Weight" must be a whole number of hundredths/,
			],
			['a charge without a name', 'rebilliaCatalog', { resource: 'ratePlanCharge', operation: 'create', ratePlanId: byId(7), name: '' }, /"Name" is required/],
			[
				'a store link without a store product ID',
				'rebilliaCatalog',
				{ resource: 'externalProduct', operation: 'createForProduct', productId: byId(8), companyIntegrationId: 8, storeProductId: '' },
				/"Store Product ID" is required/,
			],
			[
				'invalid JSON in Extra Properties (settings)',
				'rebilliaSettings',
				{ resource: 'currency', operation: 'update', companyCurrencyId: byId(44), updateFields: { extraProperties: '{conversionRate: 2}' } },
				/"Extra Properties \(JSON\)" is not valid JSON/,
			],
			['a currency without a currency ID', 'rebilliaSettings', { resource: 'currency', operation: 'create', currencyId: 0 }, /"Currency ID" is required/],
			[
				'card types that are not numbers',
				'rebilliaSettings',
				{ resource: 'gateway', operation: 'create', gblGatewayId: 2, displayName: 'Store', additionalFields: { card: '2, visa' } },
				/"Card Type IDs" must be numbers separated by commas/,
			],
			['a gateway without a display name', 'rebilliaSettings', { resource: 'gateway', operation: 'create', gblGatewayId: 2, displayName: '' }, /"Display Name" is required/],
			[
				'a filter rule without an operator',
				'rebilliaSettings',
				{ resource: 'filter', operation: 'create', displayName: 'Gold', section: 'customers', rules: { rule: [{ attributeId: 88, operatorId: 0 }] } },
				/Rule 1: "Operator ID" is required/,
			],
			['a shipping quote without a destination zip', 'rebilliaSettings', { resource: 'shipping', operation: 'calculate', zip: '', country: 'US', weight: 150 }, /"Destination Zip" is required/],
			['a store product search without a name', 'rebilliaSettings', { resource: 'integration', operation: 'getExternalProducts', companyIntegrationId: byId(8), name: '' }, /"Name" is required/],
			['a blank integration key name', 'rebilliaSettings', { resource: 'integration', operation: 'getByKeyName', integrationKeyName: ' ' }, /"Integration Key Name" is required/],
			['an integration key name ".."', 'rebilliaSettings', { resource: 'integration', operation: 'getByKeyName', integrationKeyName: '..' }, /"Integration Key Name" cannot be ".."/],
		])('refuses %s', async (_case, type, parameters, message) => {
			await sim.clearLog();
			const result = await run(type as 'rebilliaCatalog', parameters as IDataObject);
			expect(errorText(result)).toMatch(message);
			expect(await sent()).toHaveLength(0);
		});
	});

	describe('ids', () => {
		it.each([
			['Product', 'rebilliaCatalog', { resource: 'product', operation: 'get', productId: byId('={{ "acme" }}') }],
			['Rate Plan', 'rebilliaCatalog', { resource: 'ratePlan', operation: 'sync', ratePlanId: byId('={{ "7a" }}') }],
			['Rate Plan Charge', 'rebilliaCatalog', { resource: 'ratePlanCharge', operation: 'get', ratePlanChargeId: byId('={{ "-79" }}') }],
			['Rate Plan', 'rebilliaCatalog', { resource: 'ratePlanCharge', operation: 'create', ratePlanId: byId('={{ "seven" }}'), name: 'Beans' }],
			['Link ID', 'rebilliaCatalog', { resource: 'externalProduct', operation: 'deleteRatePlanLink', linkId: byId('={{ "1.5" }}') }],
			[
				'Company Integration',
				'rebilliaCatalog',
				{ resource: 'externalProduct', operation: 'createRatePlanLink', ratePlanChargeId: byId(79), companyIntegrationId: '={{ "shopify" }}', externalId: '1' },
			],
			['Company Currency', 'rebilliaSettings', { resource: 'currency', operation: 'delete', companyCurrencyId: byId('={{ "usd" }}') }],
			['Company Gateway', 'rebilliaSettings', { resource: 'gateway', operation: 'test', companyGatewayId: byId('={{ "stripe" }}') }],
			['Company Integration', 'rebilliaSettings', { resource: 'integration', operation: 'get', companyIntegrationId: byId('={{ "8/config" }}') }],
			['Currency', 'rebilliaSettings', { resource: 'currency', operation: 'setDefault', currencyId: '={{ "USD" }}' }],
		])('refuses a non-numeric %s from an expression, naming it', async (label, type, parameters) => {
			await sim.clearLog();
			const result = await run(type as 'rebilliaCatalog', parameters as IDataObject);
			expect(errorText(result)).toContain(`"${label}" must be a numeric ID`);
			expect(await sent()).toHaveLength(0);
		});

		it('refuses a typed non-numeric ID through the field’s own pattern', async () => {
			await sim.clearLog();
			expect(errorText(await catalog({ resource: 'product', operation: 'get', productId: byId('acme') }))).toMatch(/issues/);
			expect(await sent()).toHaveLength(0);
		});

		it('sends ids picked in a locator as numbers in the body, and encodes text ids as one path segment', async () => {
			await sim.clearLog();
			const plan = await catalog({ resource: 'ratePlan', operation: 'create', productId: byId('={{ " 8 " }}'), name: 'Weekly' });
			expect(plan.error).toBeUndefined();
			expect((await sent())[0].body).toEqual({ productId: 8, name: 'Weekly' });
			await sim.clearLog();
			await settings({ resource: 'integration', operation: 'getByKeyName', integrationKeyName: 'big/commerce?x#y' });
			expect((await sent())[0].url).toBe('/v1/integrations/big%2Fcommerce%3Fx%23y/get');
			await sim.clearLog();
			await catalog({ resource: 'externalProduct', operation: 'deleteFromProduct', productId: byId(8), externalProductId: '22/../1' });
			expect((await sent())[0].url).toBe('/v1/products/8/external-products/22%2F..%2F1');
		});
	});

	describe('what is sent', () => {
		it('writes dates as YYYY-MM-DD in the workflow’s timezone', async () => {
			await sim.clearLog();
			const result = await catalog(
				{
					resource: 'product',
					operation: 'update',
					productId: byId(8),
					updateFields: { effectiveStartDate: '2024-03-05T07:08:09', effectiveEndDate: '2024-03-05T23:30:00Z' },
				},
				{},
				'Europe/Berlin',
			);
			expect(result.error).toBeUndefined();
			expect((await sent())[0].body).toEqual({ effectiveStartDate: '2024-03-05', effectiveEndDate: '2024-03-06' });
		});

		it('sends no optional field that was added but left empty', async () => {
			await sim.clearLog();
			const result = await catalog({
				resource: 'ratePlanCharge',
				operation: 'update',
				ratePlanChargeId: byId(88),
				updateFields: { name: 'Beans', description: '', taxCode: '  ', chargeModel: '' },
			});
			expect(result.error).toBeUndefined();
			expect((await sent())[0].body).toEqual({ name: 'Beans' });
		});

		it('answers tier prices sent in cents as decimal strings', async () => {
			const result = await catalog(createProduct());
			expect(result.error).toBeUndefined();
			const [plan] = result.items[0].json.productRateplan as IDataObject[];
			const [created] = plan.productRateplanCharge as IDataObject[];
			expect((created.chargeTier as IDataObject[])[0].price).toBe('12.50');
		});

		it('keeps a Limit locally on a bare list: one request', async () => {
			await catalog({ resource: 'product', operation: 'create', name: 'Second product' });
			await sim.clearLog();
			const result = await catalog({ resource: 'product', operation: 'getAll', returnAll: false, limit: 1 });
			expect(result.items).toHaveLength(1);
			expect(await sent()).toHaveLength(1);
			expect((await sent())[0].query).toEqual({});
		});

		it('merges Extra Properties over the typed fields', async () => {
			await sim.clearLog();
			await settings({
				resource: 'gateway',
				operation: 'update',
				companyGatewayId: byId(3412),
				setting: { merchantId: 'acme', publicKey: 'pk' },
				updateFields: { displayName: 'Stripe EU', extraProperties: '{"setting": {"merchantId": "acme-eu"}, "card": [1]}' },
			});
			expect((await sent())[0].body).toEqual({ displayName: 'Stripe EU', setting: { merchantId: 'acme-eu', publicKey: 'pk' }, card: [1] });
		});
	});

	describe('Rebillia’s answers', () => {
		it('a 404 carries Rebillia’s code and message', async () => {
			const result = await catalog({ resource: 'product', operation: 'get', productId: byId(999999) });
			expect(result.error?.httpCode).toBe('404');
			expect(result.error?.message).toMatch(/^Rebillia error \(HTTP 404, error_not_found_resource\)/);
		});

		it('a 400 lets Rebillia’s message through', async () => {
			const result = await catalog({ resource: 'ratePlan', operation: 'updateStatus', ratePlanId: byId(7), status: '={{ "archived" }}' });
			expect(result.error?.httpCode).toBe('400');
			expect(result.error?.message).toMatch(/^Rebillia error \(HTTP 400, error_form_attributes\): Invalid form data/);
		});
	});

	describe('pickers', () => {
		const context = (type: string) => loadOptionsContext(rebilliaEnvironment(sim, nodeTypes), rebilliaNode(type, {}) as INode);

		it('finds rate plans and charges across products, by product or plan name', async () => {
			const created = await sim.api('POST', '/products', {
				name: 'Tea Society',
				productRatePlan: [{ name: 'Quarterly', productRatePlanCharge: [{ name: 'Leaves', chargeTier: [{ price: 900 }] }] }],
			});
			expect(created.status).toBe(201);
			const plans = await searchRatePlans.call(context('rebilliaCatalog'), 'tea');
			expect(plans.results).toEqual([{ name: expect.stringMatching(/^Tea Society › Quarterly \(#\d+, draft\)$/), value: expect.stringMatching(/^\d+$/) }]);
			const all = await searchRatePlans.call(context('rebilliaCatalog'));
			expect(all.results.map((result) => result.value)).toEqual(expect.arrayContaining(['7', plans.results[0].value]));
			const charges = await searchRatePlanCharges.call(context('rebilliaCatalog'), 'leaves');
			expect(charges.results).toEqual([{ name: expect.stringMatching(/^Tea Society › Quarterly › Leaves \(#\d+/), value: expect.stringMatching(/^\d+$/) }]);
			expect((await searchRatePlanCharges.call(context('rebilliaCatalog'), '79')).results.map((result) => result.value)).toContain('79');
			expect((await searchProducts.call(context('rebilliaCatalog'), 'tea')).results).toHaveLength(1);
		});

		it('reads the rate plans of products answered without them, at most 20 products a search', async () => {
			for (let index = 0; index < 22; index++) {
				await sim.api('POST', '/products', { name: `Bulk ${index}`, productRatePlan: [{ name: `Plan ${index}` }] });
			}
			const search = context('rebilliaCatalog');
			const original = search.helpers.httpRequestWithAuthentication;
			const paths: string[] = [];
			// Rebillia may answer a product's rate plans as a link (as Update a Product Status shows).
			search.helpers.httpRequestWithAuthentication = async function (this: unknown, type: string, options: IDataObject) {
				const response = (await original.call(this as never, type, options as never)) as { body: IDataObject[] };
				const path = new URL(String(options.url)).pathname;
				paths.push(path);
				if (path === '/v1/products') for (const product of response.body) product.productRateplan = `/v1/products/${product.id}/product-rateplans`;
				return response;
			} as never;
			const plans = await searchRatePlans.call(search);
			expect(paths[0]).toBe('/v1/products');
			expect(paths.slice(1)).toHaveLength(20);
			for (const path of paths.slice(1)) expect(path).toMatch(/^\/v1\/products\/\d+\/product-rateplans$/);
			// Newest products first: the 20 read are the newest, each with its plan.
			expect(plans.results).toHaveLength(20);
			expect(plans.results[0].name).toMatch(/^Bulk 21 › Plan 21 \(#\d+, draft\)$/);
		});

		it('lists currencies, gateways and integrations', async () => {
			expect((await searchCurrencies.call(context('rebilliaSettings'), 'usd')).results).toEqual([{ name: 'USD – US Dollar (#44)', value: '44' }]);
			expect((await searchGateways.call(context('rebilliaSettings'))).results).toEqual([{ name: 'Stripe (#3412, active)', value: '3412' }]);
			expect((await searchIntegrations.call(context('rebilliaSettings'), 'shop')).results.map((result) => result.value)).toEqual(['7']);
			expect(await getCurrencyIds.call(context('rebilliaSettings'))).toEqual([{ name: 'USD – US Dollar', value: 124 }]);
		});
	});

	describe('the API key and gateway keys', () => {
		const createGateway = { resource: 'gateway', operation: 'create', gblGatewayId: 2, displayName: 'Store', setting: { privateKey: GATEWAY_SECRET } };

		it('reach the X-AUTH-TOKEN header and the body only', async () => {
			await sim.clearLog();
			const result = await settings(createGateway);
			expect(result.error).toBeUndefined();
			const [request] = await sent();
			expect(request.headers['x-auth-token']).toBe(CANARY);
			expect(request.body).toMatchObject({ setting: { privateKey: GATEWAY_SECRET } });
			expectNoSecrets(result, GATEWAY_SECRET);
		});

		it('stay out of errors on 401, with a clear message', async () => {
			const result = await catalog({ resource: 'product', operation: 'get', productId: byId(8) }, { apiKey: `wrong-${CANARY}` });
			expect(result.error?.httpCode).toBe('401');
			expect(result.error?.message).toMatch(/^Rebillia rejected the API key \(HTTP 401\)/);
			expectNoSecrets(result);
		});

		it('stay out of errors on 500 and 400', async () => {
			await sim.control('fail', { count: 1, status: 500, message: 'Boom' });
			const failed = await settings(createGateway);
			expect(failed.error?.message).toMatch(/^Rebillia error \(HTTP 500/);
			expectNoSecrets(failed);
			expectSecretOutOfAnswers(failed, GATEWAY_SECRET);
			// Rebillia refuses an empty display name (given through Extra Properties, past the node's own check).
			const refused = await settings({ ...createGateway, additionalFields: { extraProperties: '{"displayName": ""}' } });
			expect(refused.error?.httpCode).toBe('400');
			expectNoSecrets(refused);
			expectSecretOutOfAnswers(refused, GATEWAY_SECRET);
		});

		it('stay out of errors when the connection is refused, which names the address', async () => {
			for (const [type, parameters] of [
				['rebilliaCatalog', { resource: 'product', operation: 'getAll', returnAll: true }],
				['rebilliaSettings', { resource: 'currency', operation: 'getDefault' }],
			] as const) {
				const result = await run(type, parameters, { host: 'http://127.0.0.1:9' });
				expect(result.error?.message).toMatch(/^Rebillia could not be reached at http:\/\/127\.0\.0\.1:9.*: the connection was refused$/);
				expectNoSecrets(result);
			}
		});

		it('refuse a credential without a usable address', async () => {
			const result = await settings({ resource: 'currency', operation: 'getDefault' }, { host: 'ftp://rebillia.example.com' });
			expect(result.error?.message).toBe('The Rebillia credential has no usable address');
			expectNoSecrets(result);
		});
	});

	describe('description size', () => {
		it.each([
			['rebilliaCatalog', new RebilliaCatalog()],
			['rebilliaSettings', new RebilliaSettings()],
		])('%s stays within 200 KB', (name, node) => {
			const size = JSON.stringify(node.description).length;
			console.log(`Rebillia ${name} description: ${size} bytes (${(size / 1024).toFixed(1)} KB)`);
			expect(size).toBeLessThanOrEqual(200 * 1024);
		});
	});
});
