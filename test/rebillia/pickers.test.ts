/**
 * Rebillia ids picked from a list instead of typed: a new subscription's charges (from the rate
 * plans picked in the node), saved filters (of the node's resource) and the address type.
 */
import type { IDataObject, INode, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { Rebillia } from '../../nodes/Rebillia/Rebillia.node';
import { RebilliaCatalog } from '../../nodes/Rebillia/RebilliaCatalog.node';
import { loadOptionsContext, runNode } from '../helpers/engine';
import { byId, rebilliaEnvironment, rebilliaNode, useRebilliaSim } from '../helpers/rebillia';
import { CORE_NODE_TYPE } from './core-scenarios';

const CATALOG_NODE_TYPE = 'rebilliaCatalog';

/** Every property at a path of names, through collections and fixed collections. */
function propertiesAt(properties: INodeProperties[], path: string[], show: IDataObject = {}): INodeProperties[] {
	const [name, ...rest] = path;
	const matches = properties.filter(
		(property) =>
			property.name === name &&
			Object.entries(show).every(([key, values]) => (values as string[]).every((value) => property.displayOptions?.show?.[key]?.includes(value))),
	);
	if (!rest.length) return matches;
	// A collection's options are properties, a fixed collection's are entries, an entry's are its values.
	const children = (property: INodeProperties & { values?: INodeProperties[] }) => property.values ?? ((property.options ?? []) as INodeProperties[]);
	return matches.flatMap((property) => propertiesAt(children(property), rest));
}

describe('Rebillia pickers', () => {
	const sim = useRebilliaSim();
	const core = new Rebillia();
	const catalog = new RebilliaCatalog();
	const nodeTypes = { [CORE_NODE_TYPE]: core, [CATALOG_NODE_TYPE]: catalog };
	const context = (type: string, parameters: IDataObject) => loadOptionsContext(rebilliaEnvironment(sim, nodeTypes), rebilliaNode(type, parameters) as INode);
	/** A second product, so that the charges of one rate plan are fewer than the catalog's. */
	const addTeaSociety = async () =>
		await sim.api('POST', '/products', {
			name: 'Tea Society',
			productRatePlan: [{ name: 'Quarterly', productRatePlanCharge: [{ name: 'Leaves', chargeTier: [{ price: 900 }] }] }],
		});
	const chargeIdsOfPlan = async (planId: number) =>
		((await sim.api('GET', `/product-rateplans/${planId}/product-rateplan-charges`)).body as IDataObject[]).map((charge) => Number(charge.id));

	describe('a new subscription’s charges', () => {
		const chargeFields = () => [
			...propertiesAt(core.description.properties, ['ratePlan', 'ratePlan', 'ratePlanCharge', 'charge', 'productRatePlanChargeId'], { resource: ['subscription'], operation: ['create'] }),
			...propertiesAt(core.description.properties, ['updateFields', 'rateplan', 'ratePlan', 'ratePlanCharge', 'charge', 'productRatePlanChargeId'], { resource: ['subscription'], operation: ['update'] }),
			...propertiesAt(core.description.properties, ['ratePlanCharge', 'charge', 'productRatePlanChargeId'], { resource: ['subscriptionRatePlan'], operation: ['create'] }),
		];

		it('are a dropdown with a short label that reloads when a rate plan is picked', () => {
			const fields = chargeFields();
			expect(fields).toHaveLength(3);
			for (const field of fields) {
				expect(field.type).toBe('options');
				expect(field.displayName).toBe('Charge Name or ID');
				expect(field.typeOptions?.loadOptionsMethod).toBe('getPickedRatePlanCharges');
				expect(field.typeOptions?.loadOptionsDependsOn).toEqual(expect.arrayContaining(['ratePlan', 'productRateplanId', 'updateFields.rateplan']));
			}
		});

		it('offer the charges of the rate plan picked in the list of rate plans, as "Name (#id)"', async () => {
			await addTeaSociety();
			const expected = await chargeIdsOfPlan(7);
			expect(expected.length).toBeGreaterThan(0);
			const options = await core.methods.loadOptions.getPickedRatePlanCharges.call(
				context(CORE_NODE_TYPE, { resource: 'subscription', operation: 'create', ratePlan: { ratePlan: [{ name: 'Plan', productRatePlanId: 7 }] } }),
			);
			expect(options.map((option) => option.value).sort()).toEqual([...expected].sort());
			for (const option of options) expect(option.name).toMatch(new RegExp(` › .+ \\(#${option.value}\\)$`));
		});

		it('offer the charges of the rate plan of Subscription Rate Plan Create', async () => {
			const options = await core.methods.loadOptions.getPickedRatePlanCharges.call(
				context(CORE_NODE_TYPE, { resource: 'subscriptionRatePlan', operation: 'create', productRateplanId: 7 }),
			);
			expect(options.map((option) => option.value).sort()).toEqual((await chargeIdsOfPlan(7)).sort());
		});

		it('offer every charge of the catalog while no rate plan is picked', async () => {
			await addTeaSociety();
			const options = await core.methods.loadOptions.getPickedRatePlanCharges.call(
				context(CORE_NODE_TYPE, { resource: 'subscription', operation: 'create', ratePlan: { ratePlan: [{ name: 'Plan', productRatePlanId: '' }] } }),
			);
			expect(options.map((option) => option.value)).toEqual(expect.arrayContaining(await chargeIdsOfPlan(7)));
			expect(options.map((option) => option.name)).toContainEqual(expect.stringMatching(/^Tea Society › Quarterly › Leaves \(#\d+\)$/));
		});
	});

	describe('saved filters', () => {
		it('are a dropdown on Customer and Product Get Many', () => {
			const customer = propertiesAt(core.description.properties, ['filters', 'filterId'], { resource: ['customer'], operation: ['getAll'] });
			const product = propertiesAt(catalog.description.properties, ['options', 'filterId'], { resource: ['product'], operation: ['getAll'] });
			for (const field of [...customer, ...product]) {
				expect(field.type).toBe('options');
				expect(field.displayName).toBe('Saved Filter Name or ID');
				expect(field.typeOptions?.loadOptionsMethod).toBe('getSavedFilters');
			}
			expect(customer).toHaveLength(1);
			expect(product).toHaveLength(1);
		});

		it('offer the filters of the node’s resource as "Name (#id)", and the pick is sent', async () => {
			const created = await sim.api('POST', '/companies/filters', { displayName: 'Big spenders', section: 'customers', rules: [] });
			const id = Number((created.body as IDataObject).id);
			const options = await core.methods.loadOptions.getSavedFilters.call(context(CORE_NODE_TYPE, { resource: 'customer', operation: 'getAll' }));
			expect(options).toContainEqual({ name: `Big spenders (#${id})`, value: id });
			expect(options.map((option) => option.name)).not.toContain('All invoice (#1)');
			const productOptions = await catalog.methods.loadOptions.getSavedFilters.call(context(CATALOG_NODE_TYPE, { resource: 'product', operation: 'getAll' }));
			expect(productOptions.map((option) => option.value)).not.toContain(id);

			await sim.clearLog();
			await runNode(
				rebilliaEnvironment(sim, nodeTypes),
				rebilliaNode(CORE_NODE_TYPE, { resource: 'customer', operation: 'getAll', returnAll: true, filters: { filterId: id } }),
				[{}],
			);
			const [request] = await sim.requests();
			expect(request.query).toEqual(expect.objectContaining({ filterId: String(id) }));
		});
	});

	describe('addresses', () => {
		it('take the address type from Rebillia’s documented list, left out when not picked', async () => {
			const fields = [
				...propertiesAt(core.description.properties, ['additionalFields', 'type'], { resource: ['customer'], operation: ['create'] }),
				...propertiesAt(core.description.properties, ['type'], { resource: ['customerAddress'], operation: ['create'] }),
				...propertiesAt(core.description.properties, ['additionalFields', 'billingAddress', 'address', 'type'], { resource: ['invoice'], operation: ['create'] }),
			].filter((field) => field.displayName === 'Address Type');
			expect(fields.length).toBeGreaterThanOrEqual(2);
			for (const field of fields) {
				expect(field.type).toBe('options');
				expect((field.options as INodePropertyOptions[]).map((option) => option.value).sort()).toEqual(['business', 'residential']);
			}
			await sim.clearLog();
			await runNode(
				rebilliaEnvironment(sim, nodeTypes),
				rebilliaNode(CORE_NODE_TYPE, { resource: 'customerAddress', operation: 'create', customerId: byId(4), street1: 'a', city: 'b', zip: 'c', countryId: '240', type: '' }),
				[{}],
			);
			const [request] = await sim.requests();
			expect(request.body).not.toHaveProperty('type');
		});
	});
});
