/**
 * n8n finds an operation's output schema by the node's folder, version, resource and operation
 * (`nodes/<Vendor>/__schema__/v<version>/<resource>/<operation>.json`), not by the node: two nodes
 * of one vendor folder with the same resource and operation value would be shown each other's
 * schema. So every resource/operation pair is unique within a folder.
 */
import type { INodeProperties } from 'n8n-workflow';
import { discoverNodes, padVersion } from '../../scripts/schemas/collect';

function pairsOf(properties: INodeProperties[]): string[] {
	return properties
		.filter((property) => property.name === 'operation' && property.type === 'options')
		.flatMap((property) => {
			const resources = (property.displayOptions?.show?.resource as string[] | undefined) ?? [''];
			return resources.flatMap((resource) => (property.options ?? []).map((option) => `${resource}/${String((option as { value: unknown }).value)}`));
		});
}

describe('output schema paths', () => {
	it('no two nodes of one vendor folder share a resource and operation (n8n would serve one schema for both)', () => {
		const owners = new Map<string, string>();
		const shared: string[] = [];
		for (const { vendor, type } of discoverNodes()) {
			const { description } = type;
			const versions = Array.isArray(description.version) ? description.version : [description.version];
			for (const version of versions) {
				for (const pair of new Set(pairsOf(description.properties))) {
					const key = `${vendor}/v${padVersion(version)}/${pair}`;
					const owner = owners.get(key);
					if (owner && owner !== description.name) shared.push(`${key}: ${owner} and ${description.name}`);
					else owners.set(key, description.name);
				}
			}
		}
		expect(owners.size).toBeGreaterThan(400);
		expect(shared).toEqual([]);
	});
});
