import { defineVendor } from '../../shared/api';
import { bareList } from './api';

/** The credential field the store's public key is read from, and its label in messages. */
export const PUBLIC_KEY_LABEL = 'Public Key (in the credential)';

/**
 * Rebillia's storefront API: `{host}/storefrontapi` (no version segment), acting for one shopper
 * with `Authorization: Bearer <customer token>`; the token comes from Login Customer and lasts
 * 24 hours. Paths that need the store's public key take it from the credential. Errors and list
 * shapes are the core API's.
 */
export const rebilliaStorefront = defineVendor({
	service: 'Rebillia Storefront',
	credentialType: 'rebilliaStorefrontApi',
	baseUrl: {
		template: '{host}/storefrontapi',
		fields: { host: 'origin' },
		missing: 'the Rebillia Host (e.g. https://api.rebillia.com)',
	},
	defaultRequestsPerSecond: 10,
	paging: bareList,
	errors: { rejected: 'the customer token' },
	pathFromCredential: { publicKey: PUBLIC_KEY_LABEL },
	collectionPathPrefix: '/storefrontapi',
});
