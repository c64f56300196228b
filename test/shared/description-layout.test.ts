/**
 * The lean node descriptions: a field several operations share is one property, and still every
 * operation's form shows the same fields, in the same order, as when each operation had its own
 * copy (rebuilt from the Operation objects, whose `properties` hold each operation's fields).
 */
import { isDeepStrictEqual } from 'node:util';
import type { IHttpRequestOptions, INode, INodeProperties, INodePropertyOptions, INodeTypeDescription, PreSendAction } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';
import { layoutFields, type LayoutSlot } from '../../nodes/shared/fieldLayout';
import { operationForOption, type Operation } from '../../nodes/shared/operations';
import { packageNodeTypes } from '../../scripts/description-sizes';

const actionNodes = packageNodeTypes()
	.filter(({ type }) => type.description.properties.some((property) => property.name === 'resource'))
	.map(({ name, type }) => [name, type.description] as const);

function valuesOf(value: unknown): string[] {
	return Array.isArray(value) ? value.map(String) : [];
}

/** A property as the form shows it: without the resource and operation conditions that place it. */
function content(property: INodeProperties): object {
	const { displayOptions, ...rest } = property;
	const { resource: _resource, operation: _operation, ...show } = displayOptions?.show ?? {};
	const own: Record<string, unknown> = { ...displayOptions };
	delete own.show;
	if (Object.keys(show).length) own.show = show;
	return Object.keys(own).length ? { ...rest, displayOptions: own } : rest;
}

/** Each resource of a node with its operations, read from the operation selectors. */
function resourcesOf(description: INodeTypeDescription): Array<{ resource: string; operations: Operation[]; selector: INodeProperties }> {
	return description.properties
		.filter((property) => property.name === 'operation' && property.displayOptions?.show?.operation === undefined)
		.map((selector) => {
			expect(valuesOf(selector.displayOptions?.show?.resource)).toHaveLength(1);
			const operations = (selector.options as INodePropertyOptions[]).map((option) => operationForOption(option));
			expect(operations).not.toContain(undefined);
			return { resource: valuesOf(selector.displayOptions?.show?.resource)[0], operations: operations as Operation[], selector };
		});
}

/** The fields n8n shows for one resource and operation, in the description's order. */
function shownFor(description: INodeTypeDescription, resource: string, operation: string): INodeProperties[] {
	return description.properties.filter(
		(property) =>
			valuesOf(property.displayOptions?.show?.resource).includes(resource) &&
			valuesOf(property.displayOptions?.show?.operation).includes(operation),
	);
}

/** The description as it was built before: each operation's fields as copies of their own. */
function oneCopyPerOperation(description: INodeTypeDescription): INodeTypeDescription {
	const placed = (property: INodeProperties, resource: string, operation: string): INodeProperties => ({
		...property,
		displayOptions: { ...property.displayOptions, show: { resource: [resource], operation: [operation], ...property.displayOptions?.show } },
	});
	return {
		...description,
		properties: [
			...description.properties.filter((property) => !property.displayOptions?.show?.resource),
			...resourcesOf(description).flatMap(({ resource, operations, selector }) => [
				selector,
				...operations.flatMap((operation) => operation.properties.map((property) => placed(property, resource, operation.spec.value))),
			]),
		],
	};
}

describe('lean node descriptions', () => {
	it('finds the action nodes of the package and their operations', () => {
		expect(actionNodes.map(([name]) => name)).toEqual(
			expect.arrayContaining(['Outseta', 'Rebillia', 'RebilliaCatalog', 'RebilliaSettings', 'RebilliaStorefront', 'Xonvo']),
		);
		for (const [, description] of actionNodes) expect(resourcesOf(description).length).toBeGreaterThan(0);
	});

	it.each(actionNodes)('%s: every operation shows the fields of its own list, in its order, with the same content', (_name, description) => {
		const resources = resourcesOf(description);
		for (const { resource, operations } of resources) {
			for (const operation of operations) {
				const shown = shownFor(description, resource, operation.spec.value);
				const where = `${resource} › ${operation.spec.value}`;
				expect([where, shown.map((property) => property.name)]).toEqual([where, operation.properties.map((property) => property.name)]);
				// Strict: functions by reference, undefined keys count.
				expect([where, shown.map(content)]).toStrictEqual([where, operation.properties.map(content)]);
			}
		}
	});

	it.each(actionNodes)('%s: n8n computes the same parameters, visible fields and issues for every operation as with one copy per operation', (name, description) => {
		const before = oneCopyPerOperation(description);
		expect(before.properties.length).toBeGreaterThan(description.properties.length);
		const node = (parameters: INode['parameters']): INode => ({ id: '1', name, type: description.name, typeVersion: 1, position: [0, 0], parameters });
		const seen = (layout: INodeTypeDescription, resource: string, operation: string) => {
			const parameters = NodeHelpers.getNodeParameters(layout.properties, { resource, operation }, true, false, node({}), layout)!;
			return {
				parameters,
				shown: layout.properties.filter((property) => NodeHelpers.displayParameter(parameters, property, node(parameters), layout)).map(content),
				issues: NodeHelpers.getNodeParametersIssues(layout.properties, node(parameters), layout),
			};
		};
		for (const { resource, operations } of resourcesOf(description)) {
			for (const operation of operations) {
				const where = `${resource} › ${operation.spec.value}`;
				expect([where, seen(description, resource, operation.spec.value)]).toStrictEqual([where, seen(before, resource, operation.spec.value)]);
			}
		}
	});

	it.each(actionNodes)('%s: a field shows only for operations that have it (no resource × operation pair beyond them)', (_name, description) => {
		const operations = new Set(
			resourcesOf(description).flatMap(({ resource, operations: list }) => list.map((operation) => `${resource} › ${operation.spec.value}`)),
		);
		const stray: string[] = [];
		for (const property of description.properties) {
			const show = property.displayOptions?.show;
			if (!show?.resource) continue;
			if (!show.operation) {
				// Only the operation selectors are shown for a whole resource.
				if (property.name !== 'operation') stray.push(`${property.name} for all of ${valuesOf(show.resource)}`);
				continue;
			}
			for (const resource of valuesOf(show.resource)) {
				for (const operation of valuesOf(show.operation)) {
					if (!operations.has(`${resource} › ${operation}`)) stray.push(`${property.name} for ${resource} › ${operation}`);
				}
			}
		}
		expect(stray).toEqual([]);
	});

	it.each(actionNodes)('%s: no two identical copies of a field within one resource', (_name, description) => {
		const copies: string[] = [];
		for (const { resource } of resourcesOf(description)) {
			const fields = description.properties.filter(
				(property) => property.displayOptions?.show?.operation && valuesOf(property.displayOptions.show.resource).includes(resource),
			);
			fields.forEach((field, index) => {
				const twin = fields.slice(index + 1).find((other) => isDeepStrictEqual(content(other), content(field)));
				if (twin) copies.push(`${resource}: ${field.name} (${valuesOf(field.displayOptions?.show?.operation)} and ${valuesOf(twin.displayOptions?.show?.operation)})`);
			});
		}
		expect(copies).toEqual([]);
	});

	it('fields with one name and different content in one resource stay apart, each for its own operations', () => {
		let namesWithVariants = 0;
		for (const [, description] of actionNodes) {
			for (const { resource, operations } of resourcesOf(description)) {
				const variants = new Map<string, object[]>();
				for (const operation of operations) {
					for (const property of operation.properties) {
						const known = variants.get(property.name) ?? [];
						if (!known.some((variant) => isDeepStrictEqual(variant, content(property)))) variants.set(property.name, [...known, content(property)]);
					}
				}
				for (const [name, list] of variants) {
					if (list.length < 2) continue;
					namesWithVariants++;
					for (const operation of operations) {
						const own = operation.properties.filter((property) => property.name === name).map(content);
						const shown = shownFor(description, resource, operation.spec.value).filter((property) => property.name === name).map(content);
						expect([resource, operation.spec.value, shown]).toStrictEqual([resource, operation.spec.value, own]);
					}
				}
			}
		}
		// The package has such fields (e.g. an id sent in the path by one operation, in the body by another).
		expect(namesWithVariants).toBeGreaterThan(0);
	});
});

describe('what the editor says about an empty field', () => {
	const allNodes = packageNodeTypes().map(({ name, type }) => [name, type.description] as const);

	/** Each form of a node: its resource and operation, or its trigger event. */
	function forms(description: INodeTypeDescription): Array<Record<string, string>> {
		const hasResource = description.properties.some((property) => property.name === 'resource');
		if (hasResource) return resourcesOf(description).flatMap(({ resource, operations }) => operations.map((operation) => ({ resource, operation: operation.spec.value })));
		const event = description.properties.find((property) => property.name === 'event');
		return event ? (event.options as INodePropertyOptions[]).map((option) => ({ event: String(option.value) })) : [{}];
	}

	it.each(allNodes)('%s: an empty ID typed By ID is named once (n8n adds a pattern message to "required" otherwise)', (name, description) => {
		let locators = 0;
		const node = (parameters: INode['parameters']): INode => ({ id: '1', name, type: description.name, typeVersion: 1, position: [0, 0], parameters });
		for (const form of forms(description)) {
			const parameters = NodeHelpers.getNodeParameters(description.properties, form, true, false, node({}), description)!;
			for (const property of description.properties) {
				if (property.type !== 'resourceLocator' || !NodeHelpers.displayParameter(parameters, property, node(parameters), description)) continue;
				parameters[property.name] = { __rl: true, mode: 'id', value: '' };
				locators++;
			}
			const issues = NodeHelpers.getNodeParametersIssues(description.properties, node(parameters), description)?.parameters ?? {};
			const repeated = Object.entries(issues).filter(([, messages]) => messages.length > 1);
			expect([form, repeated]).toEqual([form, []]);
		}
		if (description.properties.some((property) => property.type === 'resourceLocator')) expect(locators).toBeGreaterThan(0);
	});
});

describe('layoutFields', () => {
	const field = (name: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({ displayName: name, name, type: 'string', default: '', ...extra });
	const visible = (slots: LayoutSlot[], resource: string, operation: string) =>
		slots.filter((slot) => slot.resources.includes(resource) && slot.operations.includes(operation)).map((slot) => slot.property.name);

	it('keeps a separate copy where one place would break an order (x before y in one operation, after it in another)', () => {
		const [x, y] = [field('x'), field('y')];
		const slots = layoutFields([
			{ resource: 'r', operation: 'a', properties: [x, y] },
			{ resource: 'r', operation: 'b', properties: [y, x] },
		]);
		expect(slots).toHaveLength(3);
		expect(visible(slots, 'r', 'a')).toEqual(['x', 'y']);
		expect(visible(slots, 'r', 'b')).toEqual(['y', 'x']);
	});

	it('merges every copy when an order exists, wherever the operations met them first', () => {
		const [key, returnAll, limit] = [field('key'), field('returnAll'), field('limit')];
		const slots = layoutFields([
			{ resource: 'r', operation: 'getAll', properties: [returnAll, limit] },
			{ resource: 'r', operation: 'getByKey', properties: [key] },
			{ resource: 'r', operation: 'getAllByKey', properties: [key, returnAll, limit] },
		]);
		expect(slots.map((slot) => [slot.property.name, slot.operations])).toEqual([
			['key', ['getByKey', 'getAllByKey']],
			['returnAll', ['getAll', 'getAllByKey']],
			['limit', ['getAll', 'getAllByKey']],
		]);
	});

	it('compares functions by reference: closures made per call stay apart', () => {
		const passThrough = () => async (requestOptions: IHttpRequestOptions) => requestOptions;
		const shared = passThrough();
		const withPreSend = (preSend: PreSendAction) => field('id', { routing: { send: { preSend: [preSend] } } });
		const slots = layoutFields([
			{ resource: 'r', operation: 'a', properties: [withPreSend(shared)] },
			{ resource: 'r', operation: 'b', properties: [withPreSend(shared)] },
			{ resource: 'r', operation: 'c', properties: [withPreSend(passThrough())] },
		]);
		expect(slots.map((slot) => slot.operations)).toEqual([['a', 'b'], ['c']]);
	});

	it('merges across resources only when asked, and never shows a field for a pair that does not have it', () => {
		const [simplify, limit] = [field('simplify', { type: 'boolean', default: true }), field('limit')];
		const operations = [
			{ resource: 'person', operation: 'get', properties: [simplify] },
			{ resource: 'person', operation: 'getAll', properties: [limit, simplify] },
			{ resource: 'deal', operation: 'get', properties: [simplify] },
			{ resource: 'deal', operation: 'getAll', properties: [limit] },
		];
		expect(layoutFields(operations).every((slot) => slot.resources.length === 1)).toBe(true);
		const slots = layoutFields(operations, { shareAcrossResources: true });
		expect(slots.map((slot) => [slot.property.name, slot.resources, slot.operations])).toEqual([
			['limit', ['person', 'deal'], ['getAll']],
			['simplify', ['person'], ['get', 'getAll']],
			['simplify', ['deal'], ['get']],
		]);
		for (const { resource, operation, properties } of operations) {
			expect(visible(slots, resource, operation)).toEqual(properties.map((property) => property.name));
		}
	});

	it('leaves a field whose own conditions name the operation where it is', () => {
		const placed = field('placed', { displayOptions: { show: { operation: ['a'] } } });
		const slots = layoutFields([
			{ resource: 'r', operation: 'a', properties: [placed] },
			{ resource: 'r', operation: 'b', properties: [placed] },
		]);
		expect(slots.map((slot) => slot.operations)).toEqual([['a'], ['b']]);
	});
});
