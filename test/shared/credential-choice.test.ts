/**
 * Nodes with several credential types. n8n's editor lists every type in one Credential dropdown and
 * pre-selects the newest credential of any type when the credentials are placed by `show` on an
 * option; n8n's declarative routing finds a node's credential only that way. So a programmatic
 * node (the trigger) places them by `hide`, and a declarative one says when the pick is not the default.
 */
import type { INode, INodeProperties, INodeTypeDescription } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';
import { packageNodeTypes } from '../../scripts/description-sizes';

const allWithChoice = packageNodeTypes()
	.map(({ name, type }) => [name, type.description] as const)
	.filter(([, description]) => (description.credentials ?? []).length > 1);
/** Outseta's nodes: a choice between two ways to sign in (the Ytel Contact Center's second credential is checked below). */
const withChoice = allWithChoice.filter(([name]) => name.startsWith('Outseta'));
const declarative = (description: INodeTypeDescription) => description.requestDefaults !== undefined;

function nodeWith(description: INodeTypeDescription, parameters: Record<string, string>) {
	const values = NodeHelpers.getNodeParameters(description.properties, parameters, true, false, null, description)!;
	const node: INode = { id: '1', name: 'n', type: description.name, typeVersion: 1, position: [0, 0], parameters: values };
	return { values, node };
}

/** The credential types n8n offers for these parameters, as its runtime and editor both decide. */
function offered(description: INodeTypeDescription, parameters: Record<string, string>): string[] {
	const { values, node } = nodeWith(description, parameters);
	return (description.credentials ?? [])
		.filter((credential) => !credential.displayOptions || NodeHelpers.displayParameter(values, credential, node, description))
		.map((credential) => credential.name);
}

/** The notices n8n shows for these parameters. */
function notices(description: INodeTypeDescription, parameters: Record<string, string>): string[] {
	const { values, node } = nodeWith(description, parameters);
	return description.properties
		.filter((property: INodeProperties) => property.type === 'notice' && NodeHelpers.displayParameter(values, property, node, description))
		.map((property) => property.displayName);
}

describe('nodes with a choice of credentials', () => {
	it('are the Outseta action (declarative) and trigger (programmatic), and the Ytel Contact Center (declarative)', () => {
		expect(allWithChoice.map(([name, description]) => [name, declarative(description)])).toEqual([
			['Outseta', true],
			['OutsetaTrigger', false],
			['YtelContactCenter', true],
		]);
	});

	it('Ytel Contact Center: the contact centre credential on every operation, the Ytel API one added on Count Available only (its bearer token)', () => {
		const [, description] = allWithChoice.find(([name]) => name === 'YtelContactCenter')!;
		for (const credential of description.credentials ?? []) expect(Object.keys(credential.displayOptions?.show ?? {})).toEqual(['authentication']);
		expect(offered(description, {})).toEqual(['ytelContactCenterApi']);
		expect(offered(description, { resource: 'lead', operation: 'create' })).toEqual(['ytelContactCenterApi']);
		expect(offered(description, { resource: 'agent', operation: 'countAvailable' })).toEqual(['ytelApi', 'ytelContactCenterApi']);
		// n8n's declarative routing signs with the first credential that names the node's `authentication`.
		const signer = (parameters: Record<string, string>) =>
			(description.credentials ?? []).find((credential) => (credential.displayOptions?.show?.authentication as string[]).includes(String(nodeWith(description, parameters).values.authentication)))?.name;
		expect(signer({ resource: 'agent', operation: 'countAvailable' })).toBe('ytelApi');
		expect(signer({ resource: 'agent', operation: 'getAll' })).toBe('ytelContactCenterApi');
	});

	it.each(withChoice)('%s: a new node offers the API key credential only; User Token offers the user-token one only', (_name, description) => {
		expect(offered(description, {})).toEqual(['outsetaApi']);
		expect(offered(description, { authentication: 'userToken' })).toEqual(['outsetaUserTokenApi']);
	});

	it('the trigger places its credentials by `hide`, so the editor shows Authentication and starts on an API key', () => {
		const [, trigger] = withChoice.find(([, description]) => !declarative(description))!;
		for (const credential of trigger.credentials ?? []) expect([credential.name, credential.displayOptions?.show]).toEqual([credential.name, undefined]);
	});

	it('the action node places them by `show.authentication` (declarative routing needs it) and says when a user token sees one person only', () => {
		const [, action] = withChoice.find(([, description]) => declarative(description))!;
		for (const credential of action.credentials ?? []) expect(Object.keys(credential.displayOptions?.show ?? {})).toEqual(['authentication']);
		expect(notices(action, { resource: 'person', operation: 'getAll' })).toEqual([]);
		expect(notices(action, { authentication: 'userToken', resource: 'person', operation: 'getAll' })).toEqual([
			expect.stringMatching(/that person's data only.*pick an Outseta API key credential/),
		]);
		// Profile is what a user token is for: no warning there.
		expect(notices(action, { authentication: 'userToken', resource: 'profile', operation: 'get' })).toEqual([]);
	});
});
