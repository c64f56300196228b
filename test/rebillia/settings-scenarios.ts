/**
 * One scenario per request of the Rebillia collection's Company Currencies, Company Gateways,
 * Company Integrations (with E Commerce and Shipping) and Filters folders (26), run by the
 * `rebilliaSettings` node. Node parameters are written from the row's example request, and the
 * expected body is the example's own body (test/fixtures/rebillia/requests.json) with these
 * documented changes only:
 * - Calculate a shipping: the example's empty strings (street1, city, services, …) are fields
 *   nobody filled, which the node does not send; its quoted `itemCount: "5"` goes as the
 *   number the Item Count field holds.
 * Records that a request deletes are created first, so each scenario also runs on a simulator
 * that is not reset between scenarios (the real-n8n suite).
 */
import type { IDataObject } from 'n8n-workflow';
import { exampleBodyOf, idOf, rowFor, type CoverageScenario } from '../helpers/coverage';
import { byId, type RebilliaSim } from '../helpers/rebillia';
import { created, expectDeleted, expectList, expectRecord, uniqueName } from '../helpers/rebillia-kit';
import { rowsOf } from '../helpers/rows';

export const settingsRows = rowsOf('Rebillia', [['Company Currencies'], ['Company Gateways'], ['Company Integrations'], ['Filters']]);

export type SettingsScenario = CoverageScenario<RebilliaSim>;

export const settingsRowOf = (scenario: SettingsScenario) => rowFor(settingsRows, scenario);

const exampleBody = (name: string): IDataObject => exampleBodyOf(rowFor(settingsRows, { row: name }));

/** A gateway's keys never come back in its answers. */
const keysNotEchoed = (output: IDataObject[]) => expect(JSON.stringify(output)).not.toMatch(/transactionKey|privateKey/);

export const settingsScenarios: SettingsScenario[] = [
	// ------------------------------------------------------------------ Company Currencies
	{
		row: 'Get All Company Currencies',
		parameters: { resource: 'currency', operation: 'getAll', returnAll: true },
		check: (output) => expectList(output, { currency: expect.objectContaining({ iso3: expect.any(String) }) }),
	},
	{
		row: 'Get a Company Currency',
		path: { company_currency_id: 44 },
		parameters: { resource: 'currency', operation: 'get', companyCurrencyId: byId(44) },
		check: (output) => expectRecord(output, { id: 44, currency: { id: 124, iso3: 'USD' } }),
	},
	{
		row: 'Create a Company Currency',
		parameters: () => {
			const { currencyId, ...rest } = exampleBody('Create a Company Currency');
			return Promise.resolve({ resource: 'currency', operation: 'create', currencyId, additionalFields: rest });
		},
		body: () => exampleBody('Create a Company Currency'),
		status: 201,
		check: (output) => expectRecord(output, { conversionRate: 1, fixedRate: true, currency: { id: 124 } }),
	},
	{
		row: 'Update a Company Currency',
		path: { company_currency_id: 44 },
		parameters: { resource: 'currency', operation: 'update', companyCurrencyId: byId(44), updateFields: exampleBody('Update a Company Currency') },
		body: () => exampleBody('Update a Company Currency'),
		check: (output) => expectRecord(output, { id: 44, conversionRate: 1, fixedRate: true }),
	},
	{
		row: 'Delete a Company Currency',
		path: (parameters) => ({ company_currency_id: idOf(parameters.companyCurrencyId) }),
		parameters: async (sim) => {
			const currency = await created(sim, '/currencies', { currencyId: 124, conversionRate: 1.5 });
			return { resource: 'currency', operation: 'delete', companyCurrencyId: byId(currency.id as number) };
		},
		status: 204,
		check: expectDeleted,
	},
	{
		row: 'Get default Company Currency',
		parameters: { resource: 'currency', operation: 'getDefault' },
		check: (output) => expectRecord(output, { currency: expect.objectContaining({ iso3: expect.any(String) }) }),
	},
	{
		row: 'Set a Company Currency as default',
		parameters: { resource: 'currency', operation: 'setDefault', currencyId: exampleBody('Set a Company Currency as default').currencyId },
		body: () => exampleBody('Set a Company Currency as default'),
		status: 201,
		check: (output) => expectRecord(output, { currency: expect.objectContaining({ id: 124 }) }),
	},
	// ------------------------------------------------------------------ Company Gateways
	{
		row: 'Get All Company Gateways',
		parameters: { resource: 'gateway', operation: 'getAll', returnAll: true, filters: { status: 'active' } },
		query: { status: 'active' },
		check: (output) => expectList(output, { status: 'active' }),
	},
	{
		row: 'Get a Company Gateway',
		path: { company_gateway_id: 3412 },
		parameters: { resource: 'gateway', operation: 'get', companyGatewayId: byId(3412) },
		check: (output) => expectRecord(output, { id: 3412, displayName: 'Stripe' }),
	},
	{
		row: 'Create a Company Gateway',
		parameters: () => {
			const { gblGatewayId, displayName, setting, card } = exampleBody('Create a Company Gateway');
			return Promise.resolve({
				resource: 'gateway',
				operation: 'create',
				gblGatewayId,
				displayName,
				setting,
				additionalFields: { card: (card as number[]).join(', ') },
			});
		},
		body: () => exampleBody('Create a Company Gateway'),
		status: 201,
		check: (output) => {
			expectRecord(output, { displayName: 'Pay in store', status: 'active' });
			keysNotEchoed(output);
		},
	},
	{
		row: 'Update a Company Gateway',
		path: (parameters) => ({ company_gateway_id: idOf(parameters.companyGatewayId) }),
		parameters: () => {
			const { displayName, setting, card } = exampleBody('Update a Company Gateway');
			return Promise.resolve({
				resource: 'gateway',
				operation: 'update',
				companyGatewayId: byId(3412),
				setting,
				updateFields: { displayName, card: (card as number[]).join(',') },
			});
		},
		body: () => exampleBody('Update a Company Gateway'),
		check: (output) => {
			expectRecord(output, { id: 3412, displayName: 'Pay in store' });
			keysNotEchoed(output);
		},
	},
	{
		row: 'Delete a Company Gateway',
		path: (parameters) => ({ company_gateway_id: idOf(parameters.companyGatewayId) }),
		parameters: async (sim) => {
			const gateway = await created(sim, '/gateways', { gblGatewayId: 2, displayName: uniqueName('Scenario gateway') });
			return { resource: 'gateway', operation: 'delete', companyGatewayId: byId(gateway.id as number) };
		},
		status: 204,
		check: expectDeleted,
	},
	{
		row: 'Test a Company Gateway',
		path: { company_gateway_id: 3412 },
		parameters: { resource: 'gateway', operation: 'test', companyGatewayId: byId(3412) },
		check: (output) => expectRecord(output, { id: 3412 }),
	},
	// ------------------------------------------------------------------ Company Integrations
	{
		row: 'Get All Company Integrations',
		parameters: { resource: 'integration', operation: 'getAll', returnAll: true, filters: { type: 'shipping' } },
		query: { type: 'shipping' },
		check: (output) => expectList(output, { displayName: 'UPS' }),
	},
	{
		row: 'Get a company integration by ID',
		path: { company_integration_id: 8 },
		parameters: { resource: 'integration', operation: 'get', companyIntegrationId: byId(8) },
		check: (output) => expectRecord(output, { id: 8, displayName: 'Bigcommerce' }),
	},
	{
		row: 'Get an Integration by key name',
		path: { integration_key_name: 'bigcommerce' },
		parameters: { resource: 'integration', operation: 'getByKeyName', integrationKeyName: 'bigcommerce' },
		check: (output) => expectRecord(output, { id: 8, type: 'ecommerce' }),
	},
	{
		row: 'Get All Company Integrations by key name.',
		path: { integration_key_name: 'bigcommerce' },
		parameters: { resource: 'integration', operation: 'getAllByKeyName', integrationKeyName: 'bigcommerce', returnAll: true },
		check: (output) => expectList(output, { id: 8 }),
	},
	{
		row: 'Get All External Invoices',
		path: { company_integration_id: 8 },
		parameters: {
			resource: 'integration',
			operation: 'getExternalInvoices',
			companyIntegrationId: byId(8),
			returnAll: true,
			options: { include: ['invoice', 'subscription'], externalId: '12091', orderBy: 'id', sortBy: 'asc' },
		},
		query: { include: 'invoice,subscription', externalId: '12091', orderBy: 'id', sortBy: 'asc' },
		check: (output) => expectList(output, { externalId: '12091' }),
	},
	{
		row: 'Get All External Products',
		folder: ['Company Integrations', 'E Commerce'],
		path: (parameters) => ({ company_integration_id: idOf(parameters.companyIntegrationId) }),
		// The example searches "bag", which none of the seeded store products is called.
		parameters: { resource: 'integration', operation: 'getExternalProducts', companyIntegrationId: byId(8), name: 'sample', returnAll: true },
		query: { name: 'sample' },
		check: (output) => expectList(output, { id: 1460, name: 'Sample Product' }),
	},
	{
		row: 'Get an External Products',
		path: { company_integration_id: 8, external_product_id: 1460 },
		parameters: { resource: 'integration', operation: 'getExternalProduct', companyIntegrationId: byId(8), externalProductId: '1460' },
		check: (output) => expectRecord(output, { id: 1460, variants: expect.any(Array) }),
	},
	{
		row: 'List All Order statuses',
		path: { company_integration_id: 8 },
		parameters: { resource: 'integration', operation: 'getOrderStatuses', companyIntegrationId: byId(8), returnAll: true },
		check: (output) => expectList(output, { name: expect.any(String) }),
	},
	{
		row: 'Get All Company Shippings',
		parameters: { resource: 'shipping', operation: 'getAll', returnAll: true },
		check: (output) => expectList(output, { serviceName: expect.any(String) }),
	},
	{
		row: 'Calculate a shipping',
		parameters: () => {
			const { zip, country, weight, ...rest } = exampleBody('Calculate a shipping');
			const additionalFields = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, key === 'itemCount' ? Number(value) : value]));
			return Promise.resolve({ resource: 'shipping', operation: 'calculate', zip, country, weight, additionalFields });
		},
		body: () => {
			const body = Object.fromEntries(Object.entries(exampleBody('Calculate a shipping')).filter(([, value]) => value !== ''));
			return { ...body, itemCount: Number(body.itemCount) };
		},
		status: 201,
		check: (output) => expectList(output, { amount: expect.stringMatching(/^\d+\.\d{2}$/), serviceId: expect.any(String) }),
	},
	// ------------------------------------------------------------------ Filters
	{
		row: 'Get All Filters',
		parameters: { resource: 'filter', operation: 'getAll', returnAll: true, filters: { section: 'invoices' } },
		query: { section: 'invoices' },
		check: (output) => expectList(output, { sectionId: 'invoices' }),
	},
	{
		row: 'Create a Filter',
		parameters: () => {
			const { displayName, section, isDefault, rules } = exampleBody('Create a Filter');
			return Promise.resolve({
				resource: 'filter',
				operation: 'create',
				displayName,
				section,
				rules: { rule: (rules as IDataObject[]).map((rule) => ({ ...rule, settingValues: (rule.settingValues as string[]).join(', ') })) },
				additionalFields: { isDefault },
			});
		},
		body: () => exampleBody('Create a Filter'),
		status: 201,
		check: (output) => expectRecord(output, { label: 'All subscription', sectionId: 'subscriptions' }),
	},
	{
		row: 'Get All Filters Fields',
		parameters: { resource: 'filter', operation: 'getFields', section: 'invoices', returnAll: true },
		query: { section: 'invoices' },
		check: (output) => expectList(output, { allowedOperators: expect.any(Array) }),
	},
];
