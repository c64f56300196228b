import type {
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';
import { baseUrlExpression } from '../nodes/shared/baseUrl';
import { authenticateAtUsableAddress, credentialText } from '../nodes/shared/credentialAddress';
import { outseta } from '../nodes/Outseta/shared/api';
import { outsetaAddressFields, outsetaTestRules } from '../nodes/Outseta/shared/credentialFields';

export class OutsetaApi implements ICredentialType {
	name = 'outsetaApi';

	displayName = 'Outseta API';

	icon = { light: 'file:../icons/outseta.svg', dark: 'file:../icons/outseta.dark.svg' } as const;

	documentationUrl = 'https://go.outseta.com/support/kb/articles/d1QpxQE7/how-to-integrate-with-outseta-s-rest-api';

	properties: INodeProperties[] = [
		outsetaAddressFields.subdomain,
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'From Settings » Integrations » API Keys in Outseta',
		},
		{
			displayName: 'Secret Key',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Shown once, when the API key is created',
		},
		outsetaAddressFields.baseUrl,
		{
			displayName: 'Requests per Second',
			name: 'requestsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0.1 },
			default: 4,
			description: 'Upper bound on requests sent with this credential; Outseta allows 4 per second per API key',
		},
	];

	authenticate = authenticateAtUsableAddress(outseta, (credentials) => ({
		headers: { Authorization: `Outseta ${credentialText(credentials, 'apiKey')}:${credentialText(credentials, 'secretKey')}` },
	}));

	/** One person: fails on a wrong key, a wrong secret or an address where no Outseta API answers. */
	test: ICredentialTestRequest = {
		request: {
			baseURL: baseUrlExpression(outseta.baseUrl),
			url: '/crm/people',
			qs: { limit: 1, fields: 'Uid' },
			ignoreHttpStatusErrors: false,
		},
		rules: outsetaTestRules('Outseta rejected the API key or the secret key'),
	};
}
