import type { ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';
import { baseUrlExpression } from '../nodes/shared/baseUrl';
import { authenticateAtUsableAddress, credentialText } from '../nodes/shared/credentialAddress';
import { xonvo } from '../nodes/Xonvo/shared/api';

const REJECTED = 'XONVO rejected the username or password';

export class XonvoApi implements ICredentialType {
	name = 'xonvoApi';

	displayName = 'XONVO API';

	icon = { light: 'file:../icons/xonvo.svg', dark: 'file:../icons/xonvo.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-connector-pack/n8n-nodes-connector-pack/blob/main/docs/xonvo/README.md#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://admin.xonvo.com',
			description: 'The address of the XONVO API your account uses (http or https)',
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description: 'The API user XONVO gave you',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Test Account ID',
			name: 'accountId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 18',
			description:
				'Optional; only the Test button uses it. With it, the Test also checks the account exists; without it, the Test only checks that XONVO accepts the username and password.',
		},
		{
			displayName: 'Requests per Second',
			name: 'requestsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0.1 },
			default: 10,
			description: 'Upper bound on requests sent with this credential; XONVO documents no limit',
		},
	];

	authenticate = authenticateAtUsableAddress(xonvo, (credentials) => ({
		auth: { username: credentialText(credentials, 'username'), password: credentialText(credentials, 'password') },
	}));

	/**
	 * XONVO has no endpoint that needs no account. With an Account ID the Test reads that account's
	 * statistics (a 404 says the account is unknown); without one it reads account 0, where any
	 * answer but 401 proves the username and password were accepted.
	 */
	test: ICredentialTestRequest = {
		request: {
			baseURL: baseUrlExpression(xonvo.baseUrl),
			url: '={{ "/accounts/" + encodeURIComponent(String($credentials.accountId ?? "").trim() || "0") + "/statistics" }}',
			ignoreHttpStatusErrors: '={{ !String($credentials.accountId ?? "").trim() }}' as unknown as boolean,
		},
		rules: [
			{ type: 'responseCode', properties: { value: 401, message: REJECTED } },
			{ type: 'responseCode', properties: { value: 403, message: 'XONVO refused this user access to the account' } },
			{
				type: 'responseCode',
				properties: { value: 404, message: 'XONVO accepted the username and password but knows no account with this Account ID' },
			},
			{ type: 'responseSuccessBody', properties: { key: 'status', value: 401, message: REJECTED } },
			{ type: 'responseSuccessBody', properties: { key: 'error', value: 'Unauthorized', message: REJECTED } },
			// n8n reads both kinds of rule from one list; its type only allows one kind per list.
		] as unknown as ICredentialTestRequest['rules'],
	};
}
