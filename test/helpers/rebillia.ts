import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject, INodeType } from 'n8n-workflow';
import { RebilliaApi } from '../../credentials/RebilliaApi.credentials';
import type { TestEnvironment } from './engine';
import { testNode } from './engine';
import { REBILLIA_KEYS, type RebilliaSim } from './rebillia-sim';

export * from './rebillia-sim';

export const REBILLIA_CREDENTIAL = { rebilliaApi: { id: 'rebillia-cred-1', name: 'Rebillia test credential' } };

export function rebilliaCredentials(sim: RebilliaSim, overrides: IDataObject = {}): ICredentialDataDecryptedObject {
	return { host: `${sim.url}/`, version: 'v1', apiKey: REBILLIA_KEYS.apiKey, requestsPerSecond: 50, ...overrides };
}

/**
 * An engine environment with the given Rebillia node types, the core credential (and any more
 * credential types and data a node needs, e.g. the storefront's).
 */
export function rebilliaEnvironment(
	sim: RebilliaSim,
	nodeTypes: Record<string, INodeType>,
	overrides: IDataObject = {},
	more: { credentialTypes?: Record<string, ICredentialType>; credentials?: Record<string, ICredentialDataDecryptedObject> } = {},
): TestEnvironment {
	return {
		nodeTypes,
		credentialTypes: { rebilliaApi: new RebilliaApi(), ...more.credentialTypes },
		credentials: { rebilliaApi: rebilliaCredentials(sim, overrides), ...more.credentials },
	};
}

export function rebilliaNode(type: string, parameters: IDataObject, credentials: IDataObject = REBILLIA_CREDENTIAL) {
	return testNode(type, parameters, { credentials: credentials as never });
}

export const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });
