/**
 * One scenario per request of the Rebillia collection's Products folder (Products, Rate Plans,
 * Rate Plan Charges: 23), run by the `rebilliaCatalog` node. Node parameters are written from
 * the row's example request, and the expected body is the example's own body
 * (test/fixtures/rebillia/requests.json) with these documented changes only:
 * - nulls are left out: the node never sends a field left empty, and the examples' nulls are
 *   fields nobody set;
 * - ids the simulator must hold replace the examples' dangling ones (rate plan 151 → 7);
 * - `weight: "1.0000"` in Create a Rate Plan goes as integer hundredths (100), the unit every
 *   other example uses (150 is answered "1.5000").
 * Records that a request deletes are created first, so each scenario also runs on a simulator
 * that is not reset between scenarios (the real-n8n suite).
 */
import type { IDataObject } from 'n8n-workflow';
import { exampleBodyOf, idOf, rowFor, type CoverageScenario } from '../helpers/coverage';
import { byId, type RebilliaSim } from '../helpers/rebillia';
import { created, expectDeleted, expectList, expectRecord, uniqueName } from '../helpers/rebillia-kit';
import { rowsOf } from '../helpers/rows';

export const catalogRows = rowsOf('Rebillia', [['Products']]);

export type CatalogScenario = CoverageScenario<RebilliaSim>;

export const catalogRowOf = (scenario: CatalogScenario) => rowFor(catalogRows, scenario);

/** The row's example body, by request name. */
export const exampleBody = (name: string): IDataObject => exampleBodyOf(rowFor(catalogRows, { row: name }));

/** A value without its null fields, at every depth (the node leaves empty fields out). */
export function withoutNulls<T>(value: T): T {
	if (Array.isArray(value)) return value.map(withoutNulls) as T;
	if (!value || typeof value !== 'object') return value;
	return Object.fromEntries(
		Object.entries(value as IDataObject)
			.filter(([, entry]) => entry !== null)
			.map(([key, entry]) => [key, withoutNulls(entry)]),
	) as T;
}

const CORE_CHARGE_KEYS = ['name', 'chargeType', 'chargeModel', 'billingPeriod'];

/** Node parameters of a charge entry (main fields, Price Tiers, Additional Fields) from an example charge. */
export function chargeParameters(example: IDataObject): IDataObject {
	const { chargeTier, ...fields } = withoutNulls(example);
	const core = Object.fromEntries(Object.entries(fields).filter(([key]) => CORE_CHARGE_KEYS.includes(key)));
	const additionalFields = Object.fromEntries(Object.entries(fields).filter(([key]) => !CORE_CHARGE_KEYS.includes(key)));
	return { ...core, chargeTiers: { tier: (chargeTier as IDataObject[]) ?? [] }, additionalFields };
}

const freshProduct = async (sim: RebilliaSim) => await created(sim, '/products', { name: uniqueName('Scenario product') });
const freshRatePlan = async (sim: RebilliaSim) => await created(sim, '/product-rateplans', { productId: 8, name: uniqueName('Scenario plan') });

export const catalogScenarios: CatalogScenario[] = [
	// ------------------------------------------------------------------ Products
	{
		row: 'Get All Products',
		parameters: {
			resource: 'product',
			operation: 'getAll',
			returnAll: true,
			options: {
				include: ['productRateplanCharge', 'externalProduct', 'externalInterval', 'salesChannels'],
				filterId: '23',
				orderBy: 'id',
				sortBy: 'asc',
			},
		},
		query: { include: 'productRateplanCharge,externalProduct,externalInterval,salesChannels', filterId: '23', orderBy: 'id', sortBy: 'asc' },
		check: (output) => {
			expectList(output, { id: expect.any(Number) });
			expect(output.map((record) => record.id)).toEqual([...output.map((record) => record.id as number)].sort((a, b) => a - b));
		},
	},
	{
		row: 'Get a Product',
		path: { product_id: 8 },
		parameters: {
			resource: 'product',
			operation: 'get',
			productId: byId(8),
			options: { include: ['productRateplanCharge', 'externalProduct', 'externalInterval', 'salesChannels'] },
		},
		query: { include: 'productRateplanCharge,externalProduct,externalInterval,salesChannels' },
		check: (output) => expectRecord(output, { id: 8 }),
	},
	{
		row: 'Create a Product',
		parameters: () => {
			const { name, productRatePlan, effectiveStartDate, effectiveEndDate, ...rest } = exampleBody('Create a Product');
			const ratePlan = (productRatePlan as IDataObject[]).map(({ productRatePlanCharge, ...plan }) => ({
				...plan,
				charges: { charge: (productRatePlanCharge as IDataObject[]).map(chargeParameters) },
			}));
			return Promise.resolve({
				resource: 'product',
				operation: 'create',
				name,
				ratePlans: { ratePlan },
				additionalFields: { ...rest, effectiveStartDate, effectiveEndDate },
			});
		},
		body: () => withoutNulls(exampleBody('Create a Product')),
		status: 201,
		check: (output) => {
			expectRecord(output, { name: 'Product name', sku: 'P-1' });
			const [plan] = output[0].productRateplan as IDataObject[];
			const [charge] = plan.productRateplanCharge as IDataObject[];
			// 15 cents, 100 hundredths and 2000 cents come back as decimal strings.
			expect((charge.chargeTier as IDataObject[])[0].price).toBe('0.15');
			expect(charge.weight).toBe('1.0000');
		},
	},
	{
		row: 'Update a Product',
		path: (parameters) => ({ product_id: idOf(parameters.productId) }),
		parameters: () => {
			const { name, ...rest } = exampleBody('Update a Product');
			return Promise.resolve({ resource: 'product', operation: 'update', productId: byId(8), updateFields: { name, ...rest } });
		},
		body: () => exampleBody('Update a Product'),
		check: (output) => expectRecord(output, { id: 8, sku: 'P-1', effectiveStartDate: '2021-10-08' }),
	},
	{
		row: 'Delete a Product',
		path: (parameters) => ({ product_id: idOf(parameters.productId) }),
		parameters: async (sim) => ({ resource: 'product', operation: 'delete', productId: byId(String((await freshProduct(sim)).id)) }),
		status: 204,
		check: expectDeleted,
	},
	{
		row: 'Update a Product Status',
		path: { product_id: 8 },
		parameters: { resource: 'product', operation: 'updateStatus', productId: byId(8), status: exampleBody('Update a Product Status').status },
		body: () => exampleBody('Update a Product Status'),
		check: (output) => expectRecord(output, { id: 8, status: 'published' }),
	},
	{
		row: 'Create an External Product',
		path: (parameters) => ({ product_id: idOf(parameters.productId) }),
		parameters: async (sim) => {
			const { companyIntegrationId, productId, settings } = exampleBody('Create an External Product');
			const { options, ...store } = settings as IDataObject;
			return {
				resource: 'externalProduct',
				operation: 'createForProduct',
				productId: byId(String((await freshProduct(sim)).id)),
				companyIntegrationId,
				storeProductId: productId,
				settings: {
					...store,
					options: { option: (options as IDataObject[]).map((option) => ({ displayName: option.displayName, values: (option.values as string[]).join(', ') })) },
				},
			};
		},
		body: () => exampleBody('Create an External Product'),
		check: (output) => {
			expect(output).toHaveLength(1);
			expect(output[0].externalProduct).toEqual([expect.objectContaining({ externalId: '35' })]);
		},
	},
	{
		row: 'Delete an External Product',
		path: (parameters) => ({ product_id: idOf(parameters.productId), external_product_id: idOf(parameters.externalProductId) }),
		parameters: async (sim) => {
			const product = await freshProduct(sim);
			await created(sim, `/products/${product.id}/external-products`, { companyIntegrationId: 8, productId: '4711', settings: { name: 'Linked' } });
			return { resource: 'externalProduct', operation: 'deleteFromProduct', productId: byId(String(product.id)), externalProductId: '4711' };
		},
		status: 204,
		check: expectDeleted,
	},
	// ------------------------------------------------------------------ Rate Plans
	{
		row: 'Get All Rate Plans',
		path: { product_id: 8 },
		parameters: {
			resource: 'ratePlan',
			operation: 'getAll',
			productId: byId(8),
			returnAll: true,
			options: { include: ['productRateplanCharge', 'chargeTier'], status: 'published', orderBy: 'id', sortBy: 'asc' },
		},
		query: { include: 'productRateplanCharge,chargeTier', status: 'published', orderBy: 'id', sortBy: 'asc' },
		check: (output) => {
			expectList(output, { id: expect.any(Number) });
			for (const plan of output) expect(plan.status).toBe('published');
		},
	},
	{
		row: 'Get a Rate Plan',
		path: { product_rateplan_id: 7 },
		parameters: { resource: 'ratePlan', operation: 'get', ratePlanId: byId(7), options: { include: ['productRateplanCharge'] } },
		query: { include: 'productRateplanCharge' },
		check: (output) => expectRecord(output, { id: 7 }),
	},
	{
		row: 'Create a Rate Plan',
		parameters: () => {
			const { productId, name, productRateplanCharge, ...rest } = exampleBody('Create a Rate Plan');
			const charges = (productRateplanCharge as IDataObject[]).map((charge) => chargeParameters({ ...charge, weight: 100 }));
			return Promise.resolve({
				resource: 'ratePlan',
				operation: 'create',
				productId: byId(String(productId)),
				name,
				charges: { charge: charges },
				additionalFields: rest,
			});
		},
		body: () => {
			const body = withoutNulls(exampleBody('Create a Rate Plan'));
			for (const charge of body.productRateplanCharge as IDataObject[]) charge.weight = 100;
			return body;
		},
		status: 201,
		check: (output) => {
			expectRecord(output, { name: 'Name', product: '/v1/products/8' });
			const [charge] = output[0].productRateplanCharge as IDataObject[];
			expect((charge.chargeTier as IDataObject[])[0].price).toBe('2.99');
		},
	},
	{
		row: 'Update a Rate Plan',
		path: (parameters) => ({ product_rateplan_id: idOf(parameters.ratePlanId) }),
		parameters: () => Promise.resolve({ resource: 'ratePlan', operation: 'update', ratePlanId: byId(7), updateFields: exampleBody('Update a Rate Plan') }),
		body: () => exampleBody('Update a Rate Plan'),
		check: (output) => expectRecord(output, { id: 7, effectiveEndDate: '2020-10-11' }),
	},
	{
		row: 'Delete a Rate Plan',
		path: (parameters) => ({ product_rateplan_id: idOf(parameters.ratePlanId) }),
		parameters: async (sim) => ({ resource: 'ratePlan', operation: 'delete', ratePlanId: byId(String((await freshRatePlan(sim)).id)) }),
		status: 204,
		check: expectDeleted,
	},
	{
		row: 'Update a Rate Plan Status',
		path: { product_rateplan_id: 7 },
		parameters: { resource: 'ratePlan', operation: 'updateStatus', ratePlanId: byId(7), status: exampleBody('Update a Rate Plan Status').status },
		body: () => exampleBody('Update a Rate Plan Status'),
		check: (output) => expectRecord(output, { id: 7, status: 'published' }),
	},
	{
		row: 'Sync a Rate Plan',
		path: { product_rateplan_id: 7 },
		parameters: { resource: 'ratePlan', operation: 'sync', ratePlanId: byId(7) },
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	{
		row: 'Get External Product Rate Plans',
		path: { product_rateplan_id: 7 },
		parameters: { resource: 'externalProduct', operation: 'getRatePlanLinks', ratePlanId: byId(7), returnAll: true },
		check: (output) => {
			expectList(output, { id: expect.any(Number) });
			expect(output[0]).toMatchObject({ productRateplanCharge: { id: 79 } });
		},
	},
	{
		row: 'Create an External Product Rate Plan',
		parameters: () => {
			const { productRatePlanChargeId, companyIntegrationId, externalId, ...rest } = exampleBody('Create an External Product Rate Plan');
			return Promise.resolve({
				resource: 'externalProduct',
				operation: 'createRatePlanLink',
				ratePlanChargeId: byId(String(productRatePlanChargeId)),
				companyIntegrationId,
				externalId,
				additionalFields: rest,
			});
		},
		body: () => exampleBody('Create an External Product Rate Plan'),
		status: 201,
		check: (output) => expectRecord(output, { externalId: '1', productRateplanCharge: { id: 79 } }),
	},
	{
		row: 'Delete an External Product Rate Plan',
		path: (parameters) => ({ external_product_rateplan_charge_id: idOf(parameters.linkId) }),
		parameters: async (sim) => {
			const link = await created(sim, '/product-rateplans/external-products', { companyIntegrationId: 7, productRatePlanChargeId: 79, externalId: uniqueName('link') });
			return { resource: 'externalProduct', operation: 'deleteRatePlanLink', linkId: byId(String(link.id)) };
		},
		status: 204,
		check: expectDeleted,
	},
	// ------------------------------------------------------------------ Rate Plan Charges
	{
		row: 'Get All Rate Plan Charges',
		path: { product_rateplan_id: 7 },
		parameters: {
			resource: 'ratePlanCharge',
			operation: 'getAll',
			ratePlanId: byId(7),
			returnAll: true,
			options: { include: ['chargeTier', 'externalProduct'], orderBy: 'id', sortBy: 'asc' },
		},
		query: { include: 'chargeTier,externalProduct', orderBy: 'id', sortBy: 'asc' },
		check: (output) => {
			expectList(output, { id: expect.any(Number) });
			expect(output.map((charge) => charge.id)).toEqual(expect.arrayContaining([79, 88]));
		},
	},
	{
		row: 'Get a Rate Plan Charge',
		path: { product_rateplan_charge_id: 88 },
		parameters: { resource: 'ratePlanCharge', operation: 'get', ratePlanChargeId: byId(88), options: { include: ['chargeTier'] } },
		query: { include: 'chargeTier' },
		check: (output) => expectRecord(output, { id: 88 }),
	},
	{
		row: 'Create a Rate Plan Charge',
		parameters: () => {
			const { ratePlanId, ...charge } = exampleBody('Create a Rate Plan Charge');
			return Promise.resolve({ resource: 'ratePlanCharge', operation: 'create', ratePlanId: byId(String(ratePlanId === 151 ? 7 : ratePlanId)), ...chargeParameters(charge) });
		},
		// The example's rate plan 151 does not exist: rate plan 7 does.
		body: () => ({ ...withoutNulls(exampleBody('Create a Rate Plan Charge')), ratePlanId: 7 }),
		status: 201,
		check: (output) => {
			expectRecord(output, { name: 'Name', weight: '1.5000', productRateplan: '/v1/product-rateplans/7' });
			expect((output[0].chargeTier as IDataObject[])[0].price).toBe('0.15');
		},
	},
	{
		row: 'Update a Rate Plan Charges',
		path: (parameters) => ({ product_rateplan_charge_id: idOf(parameters.ratePlanChargeId) }),
		parameters: () => {
			const { chargeTiers, additionalFields, ...core } = chargeParameters(exampleBody('Update a Rate Plan Charges'));
			return Promise.resolve({
				resource: 'ratePlanCharge',
				operation: 'update',
				ratePlanChargeId: byId(88),
				chargeTiers,
				updateFields: { ...core, ...(additionalFields as IDataObject) },
			});
		},
		body: () => withoutNulls(exampleBody('Update a Rate Plan Charges')),
		check: (output) => expectRecord(output, { id: 88, weight: '1.5000' }),
	},
	{
		row: 'Delete a Rate Plan Charges',
		path: (parameters) => ({ product_rateplan_charge_id: idOf(parameters.ratePlanChargeId) }),
		parameters: async (sim) => {
			const charge = await created(sim, '/product-rateplan-charges', { ratePlanId: 7, name: uniqueName('Scenario charge') });
			return { resource: 'ratePlanCharge', operation: 'delete', ratePlanChargeId: byId(String(charge.id)) };
		},
		status: 204,
		check: expectDeleted,
	},
];
