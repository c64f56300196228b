/**
 * Engine environments for the Rebillia storefront node and the trigger: the storefront credential
 * (a store JWT exchanged by the credential's real preAuthentication, or a customer token given
 * directly) next to the core one.
 */
import type { ICredentialDataDecryptedObject, IDataObject, INodeType } from 'n8n-workflow';
import { RebilliaStorefrontApi } from '../../credentials/RebilliaStorefrontApi.credentials';
import { RebilliaStorefront } from '../../nodes/Rebillia/RebilliaStorefront.node';
import type { TestEnvironment } from './engine';
import { testNode } from './engine';
import { rebilliaEnvironment } from './rebillia';
import { STOREFRONT_PUBLIC_KEY, TEST_SHOPPERS, type RebilliaShopper, type RebilliaSim } from './rebillia-sim';

export const STOREFRONT_CREDENTIAL = { rebilliaStorefrontApi: { id: 'rebillia-storefront-cred-1', name: 'Rebillia storefront test credential' } };

/** A storefront credential that logs `shopper` in with the store JWT (no customer token yet). */
export function storefrontCredentials(
	sim: RebilliaSim,
	overrides: IDataObject = {},
	shopper: RebilliaShopper = TEST_SHOPPERS[0],
): ICredentialDataDecryptedObject {
	return {
		host: sim.url,
		publicKey: STOREFRONT_PUBLIC_KEY,
		customerLogin: 'storeJwt',
		customerEmail: shopper.email,
		storeJwt: shopper.storeJwt,
		customerToken: '',
		sessionToken: '',
		requestsPerSecond: 50,
		...overrides,
	};
}

export function storefrontEnvironment(
	sim: RebilliaSim,
	overrides: IDataObject = {},
	nodeTypes: Record<string, INodeType> = { rebilliaStorefront: new RebilliaStorefront() },
): TestEnvironment {
	return rebilliaEnvironment(sim, nodeTypes, {}, {
		credentialTypes: { rebilliaStorefrontApi: new RebilliaStorefrontApi() },
		credentials: { rebilliaStorefrontApi: storefrontCredentials(sim, overrides) },
	});
}

export function storefrontNode(parameters: IDataObject) {
	return testNode('rebilliaStorefront', parameters, { name: 'Rebillia Storefront', credentials: STOREFRONT_CREDENTIAL as never });
}

/** How often the credential's preAuthentication exchanged the store JWT in this environment. */
export const loginsOf = (env: TestEnvironment) => env.preAuthentications?.rebilliaStorefrontApi ?? 0;
