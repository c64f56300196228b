/**
 * Rebillia's Order By: a dropdown of the fields each list's records carry, and a value from an
 * expression that is none of them is refused before sending, naming it (Rebillia ignores it).
 */
import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { Rebillia } from '../../nodes/Rebillia/Rebillia.node';
import { RebilliaCatalog } from '../../nodes/Rebillia/RebilliaCatalog.node';
import { RebilliaSettings } from '../../nodes/Rebillia/RebilliaSettings.node';
import { RebilliaStorefront } from '../../nodes/Rebillia/RebilliaStorefront.node';
import { runNode } from '../helpers/engine';
import { byId, rebilliaEnvironment, rebilliaNode, useRebilliaSim } from '../helpers/rebillia';
import { CORE_NODE_TYPE } from './core-scenarios';

const orderByFields = (properties: INodeProperties[]) =>
	properties
		.filter((property) => property.name === 'options')
		.flatMap((property) =>
			((property.options ?? []) as INodeProperties[])
				.filter((option) => option.name === 'orderBy')
				.map((orderBy) => ({ show: property.displayOptions?.show ?? {}, orderBy })),
		);

describe('Rebillia Order By', () => {
	const sim = useRebilliaSim();
	const nodeTypes = { [CORE_NODE_TYPE]: new Rebillia() };
	const run = async (parameters: IDataObject) => await runNode(rebilliaEnvironment(sim, nodeTypes), rebilliaNode(CORE_NODE_TYPE, parameters), [{}]);

	it('is a dropdown of fields on every list that sorts, ID first and by default', () => {
		const lists = [new Rebillia(), new RebilliaCatalog(), new RebilliaSettings(), new RebilliaStorefront()].flatMap((node) => orderByFields(node.description.properties));
		expect(lists.length).toBeGreaterThanOrEqual(10);
		for (const { orderBy } of lists) {
			expect(orderBy.type).toBe('options');
			expect(orderBy.default).toBe('id');
			const values = (orderBy.options as INodePropertyOptions[]).map((option) => option.value);
			expect(values[0]).toBe('id');
			expect(values.length).toBeGreaterThan(1);
		}
	});

	it('offers only fields the records of the list carry', async () => {
		const lists: Array<[string, IDataObject]> = [
			['customer', { resource: 'customer', operation: 'getAll', returnAll: true, simplify: false }],
			['invoice', { resource: 'invoice', operation: 'getAll', returnAll: true, simplify: false }],
			['subscription', { resource: 'subscription', operation: 'getAll', returnAll: true, simplify: false }],
			['transaction', { resource: 'transaction', operation: 'getAll', returnAll: true, simplify: false }],
			['billRun', { resource: 'billRun', operation: 'getAll', returnAll: true }],
			['customerPaymentMethod', { resource: 'customerPaymentMethod', operation: 'getAll', customerId: byId(4), returnAll: true }],
		];
		const fields = orderByFields(new Rebillia().description.properties);
		for (const [resource, parameters] of lists) {
			const field = fields.find(({ show }) => show.resource?.includes(resource) && show.operation?.includes('getAll'));
			const result = await run(parameters);
			expect(result.error).toBeUndefined();
			const keys = new Set(result.items.flatMap((item) => Object.keys(item.json)));
			const offered = (field?.orderBy.options as INodePropertyOptions[]).map((option) => String(option.value));
			expect({ resource, missing: offered.filter((value) => !keys.has(value)) }).toEqual({ resource, missing: [] });
		}
	});

	it('sends a field picked from the list', async () => {
		await sim.clearLog();
		const result = await run({ resource: 'customer', operation: 'getAll', returnAll: true, options: { orderBy: 'createdAt', sortBy: 'desc' } });
		expect(result.error).toBeUndefined();
		const [request] = await sim.requests();
		expect(request.query).toEqual(expect.objectContaining({ orderBy: 'createdAt', sortBy: 'desc' }));
	});

	it('refuses an unknown field from an expression before sending, naming it', async () => {
		await sim.clearLog();
		const result = await run({ resource: 'customer', operation: 'getAll', returnAll: true, options: { orderBy: '={{ "fooBar" }}' } });
		expect(result.error?.message).toBe('"Order By" cannot sort this list by "fooBar"');
		expect(result.error?.description).toMatch(/^Rebillia sorts this list by one of: id, createdAt, /);
		expect(await sim.requests()).toHaveLength(0);
	});
});
