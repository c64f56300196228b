/**
 * Outseta has two credential types in one node: API Key must be the default and the first
 * choice, and the user-token choice must say that it sees one person's data only.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { Outseta } from '../../nodes/Outseta/Outseta.node';
import { OutsetaTrigger } from '../../nodes/Outseta/OutsetaTrigger.node';

describe.each([
	['Outseta', new Outseta().description.properties],
	['Outseta Trigger', new OutsetaTrigger().description.properties],
])('%s authentication', (_node, properties: INodeProperties[]) => {
	const authentication = properties.find((property) => property.name === 'authentication')!;
	const options = authentication.options as INodePropertyOptions[];

	it('defaults to API Key, listed first', () => {
		expect(authentication.default).toBe('apiKey');
		expect(options.map((option) => option.value)).toEqual(['apiKey', 'userToken']);
		expect(properties[0]).toBe(authentication);
	});

	it('says that a user token sees only one person’s data, and points to API Key', () => {
		const userToken = options.find((option) => option.value === 'userToken')!;
		expect(userToken.description).toMatch(/only that person's data/);
		expect(userToken.description).toMatch(/use API Key/i);
	});
});
