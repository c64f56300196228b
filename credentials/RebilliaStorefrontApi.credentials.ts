import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';
import { baseUrlExpression } from '../nodes/shared/baseUrl';
import { assertUsableAddress, authenticateAtUsableAddress, credentialText } from '../nodes/shared/credentialAddress';
import { rebilliaStorefront } from '../nodes/Rebillia/shared/storefront';
import { exchangeStoreJwt } from '../nodes/Rebillia/shared/storefrontLogin';

const withJwt = { show: { customerLogin: ['storeJwt'] } };

export class RebilliaStorefrontApi implements ICredentialType {
	name = 'rebilliaStorefrontApi';

	displayName = 'Rebillia Storefront API';

	icon = { light: 'file:../icons/rebillia.svg', dark: 'file:../icons/rebillia.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-connector-pack/n8n-nodes-connector-pack/blob/main/docs/rebillia/README.md#rebillia-storefront-api';

	properties: INodeProperties[] = [
		{
			displayName: 'Host',
			name: 'host',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://api.rebillia.com',
			description: 'The address of the Rebillia API; the storefront API is under /storefrontapi there',
		},
		{
			displayName: 'Public Key',
			name: 'publicKey',
			type: 'string',
			// Not a secret (storefront pages carry it), but masked like every key.
			typeOptions: { password: true },
			default: '',
			required: true,
			placeholder: 'e.g. AS2DSJ4IQJBX4952VLSHY7Q7QZEPOIKL',
			description: "The store's public key in Rebillia; the login, settings and cart requests carry it",
		},
		{
			displayName: 'Customer Token From',
			name: 'customerLogin',
			type: 'options',
			options: [
				{
					name: 'Store Customer JWT (Renewed Automatically)',
					value: 'storeJwt',
					description: "Exchange the store's customer JWT for a customer token, and again when the token expires",
				},
				{
					name: 'Customer Token',
					value: 'customerToken',
					description: 'Use a customer token from Login Customer as it is; it expires after 24 hours',
				},
			],
			default: 'storeJwt',
		},
		{
			displayName: 'Customer Email',
			name: 'customerEmail',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. name@email.com',
			description: 'The email of the shopper this credential acts for',
			displayOptions: withJwt,
		},
		{
			displayName: 'Store Customer JWT',
			name: 'storeJwt',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				"The shopper's BigCommerce current_customer JWT. BigCommerce issues these for a short time; when Rebillia no longer accepts it, renewing the customer token fails with a message saying so.",
			displayOptions: withJwt,
		},
		{
			displayName: 'Customer Token',
			name: 'customerToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'A customer token from Login Customer (valid 24 hours)',
			displayOptions: { show: { customerLogin: ['customerToken'] } },
		},
		{
			displayName: 'Requests per Second',
			name: 'requestsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0.1 },
			default: 10,
			description: 'Upper bound on requests sent with this credential; Rebillia documents no limit',
		},
		{
			// Filled by preAuthentication with the exchanged customer token; n8n renews it after a 401.
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	/**
	 * Runs when the session token is empty, on the Test button, and after a 401: with a store JWT it
	 * logs the customer in for a new token; a token given directly needs no exchange.
	 */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		assertUsableAddress(rebilliaStorefront, credentials);
		if (credentials.customerLogin === 'customerToken') return {};
		return { sessionToken: await exchangeStoreJwt(this, credentials) };
	}

	authenticate = authenticateAtUsableAddress(rebilliaStorefront, (credentials) => ({
		headers: {
			Authorization: `Bearer ${credentialText(credentials, credentials.customerLogin === 'customerToken' ? 'customerToken' : 'sessionToken').trim()}`,
		},
	}));

	/** The store's settings: the public key and the customer token must both be right. */
	test: ICredentialTestRequest = {
		request: {
			baseURL: baseUrlExpression(rebilliaStorefront.baseUrl),
			url: '={{ "/" + encodeURIComponent(String($credentials.publicKey ?? "").trim()) + "/settings" }}',
			ignoreHttpStatusErrors: false,
		},
		rules: [
			{ type: 'responseCode', properties: { value: 401, message: 'Rebillia Storefront rejected the customer token' } },
			{
				type: 'responseCode',
				properties: { value: 404, message: 'No Rebillia store with this Public Key answers at this Host: check both' },
			},
		],
	};
}
