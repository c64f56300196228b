import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';
import { baseUrlExpression } from '../nodes/shared/baseUrl';
import { outseta } from '../nodes/Outseta/shared/api';

export class OutsetaApi implements ICredentialType {
	name = 'outsetaApi';

	displayName = 'Outseta API';

	icon = { light: 'file:../icons/outseta.svg', dark: 'file:../icons/outseta.dark.svg' } as const;

	documentationUrl = 'https://documenter.getpostman.com/view/3613332/outseta-rest-api-v1/7TNfr6k';

	properties: INodeProperties[] = [
		{
			displayName: 'Subdomain',
			name: 'subdomain',
			type: 'string',
			default: '',
			placeholder: 'e.g. acme',
			description: 'The part before .outseta.com in your Outseta address',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://accounts.example.com/api/v1',
			description:
				'Optional. The API root including /api/v1, for a custom domain or a proxy. When set it is used instead of the subdomain.',
		},
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
		{
			displayName: 'Requests per Second',
			name: 'requestsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0.1 },
			default: 4,
			description:
				'Upper bound on requests sent with this credential; Outseta allows 4 per second per API key',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Outseta {{$credentials.apiKey}}:{{$credentials.secretKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: baseUrlExpression(outseta.baseUrl),
			url: '/crm/people',
			qs: { limit: 1, fields: 'Uid' },
			ignoreHttpStatusErrors: false,
		},
		rules: [
			{ type: 'responseCode', properties: { value: 401, message: 'Outseta rejected the API key or the secret key' } },
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'Nothing answers at this address: check the subdomain, or that the Base URL ends with the API path (/api/v1)',
				},
			},
		],
	};
}
