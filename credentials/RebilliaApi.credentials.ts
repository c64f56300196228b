import type { ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';
import { baseUrlExpression } from '../nodes/shared/baseUrl';
import { authenticateAtUsableAddress, credentialText } from '../nodes/shared/credentialAddress';
import { rebillia } from '../nodes/Rebillia/shared/api';

export class RebilliaApi implements ICredentialType {
	name = 'rebilliaApi';

	displayName = 'Rebillia API';

	icon = { light: 'file:../icons/rebillia.svg', dark: 'file:../icons/rebillia.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-connector-pack/n8n-nodes-connector-pack/blob/main/docs/rebillia/README.md#rebillia-api';

	properties: INodeProperties[] = [
		{
			displayName: 'Host',
			name: 'host',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://api.rebillia.com',
			description: 'The address of the Rebillia API, without the version',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'A company API key from Rebillia; it is sent as the X-AUTH-TOKEN header',
		},
		{
			displayName: 'API Version',
			name: 'version',
			type: 'string',
			default: 'v1',
			description: 'The version part of the API path',
		},
		{
			displayName: 'Requests per Second',
			name: 'requestsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0.1 },
			default: 10,
			description: 'Upper bound on requests sent with this credential; Rebillia documents no limit',
		},
	];

	authenticate = authenticateAtUsableAddress(rebillia, (credentials) => ({
		headers: { 'X-AUTH-TOKEN': credentialText(credentials, 'apiKey') },
	}));

	test: ICredentialTestRequest = {
		request: { baseURL: baseUrlExpression(rebillia.baseUrl), url: '/currencies', ignoreHttpStatusErrors: false },
		rules: [
			{ type: 'responseCode', properties: { value: 401, message: 'Rebillia rejected the API key' } },
			{
				type: 'responseCode',
				properties: { value: 404, message: 'No Rebillia API answers at this address: check the Host and the API Version (v1)' },
			},
		],
	};
}
