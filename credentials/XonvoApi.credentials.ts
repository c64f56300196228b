import type { ICredentialDataDecryptedObject, ICredentialTestRequest, ICredentialType, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { UserError } from 'n8n-workflow';
import { baseUrlExpression } from '../nodes/shared/baseUrl';
import { assertUsableAddress, authenticateAtUsableAddress, credentialText } from '../nodes/shared/credentialAddress';
import { xonvo } from '../nodes/Xonvo/shared/api';

const REJECTED = 'XONVO rejected the username or password';

/** Where the Test goes without a Test Account ID; authenticate refuses it before anything is sent. */
const NO_TEST_ACCOUNT = '/accounts/(no-test-account-id)/statistics';

const signed = authenticateAtUsableAddress(xonvo, (credentials) => ({
	auth: { username: credentialText(credentials, 'username'), password: credentialText(credentials, 'password') },
})) as (credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

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
			required: true,
			placeholder: 'e.g. 18',
			description:
				"An account of yours in XONVO. XONVO has no request that needs no account, so the Test reads this account's statistics: only that proves both the Base URL and the login. The XONVO Trigger uses it when its Account is left empty.",
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

	/** Also refuses the Test without a Test Account ID (see NO_TEST_ACCOUNT), saying why. */
	authenticate = async (credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions) => {
		assertUsableAddress(xonvo, credentials);
		if (requestOptions.url === NO_TEST_ACCOUNT) {
			throw new UserError(
				'Enter a Test Account ID: XONVO has no request without an account, so only reading an account proves the Base URL and the login',
			);
		}
		return await signed(credentials, requestOptions);
	};

	/**
	 * XONVO has no request that needs no account, and answers a wrong path like an unknown
	 * account (404). So the Test reads the Test Account ID's statistics and expects their shape:
	 * an answer without `leadCount` came from something that is not XONVO's API.
	 */
	test: ICredentialTestRequest = {
		request: {
			baseURL: baseUrlExpression(xonvo.baseUrl),
			url: `={{ String($credentials.accountId ?? "").trim() ? "/accounts/" + encodeURIComponent(String($credentials.accountId).trim()) + "/statistics" : ${JSON.stringify(NO_TEST_ACCOUNT)} }}`,
			ignoreHttpStatusErrors: false,
		},
		rules: [
			{ type: 'responseCode', properties: { value: 401, message: REJECTED } },
			{ type: 'responseCode', properties: { value: 403, message: 'XONVO refused this user access to the account' } },
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'No XONVO account with this Test Account ID answers at this Base URL: check both (the Base URL has no path, e.g. https://admin.xonvo.com)',
				},
			},
			{ type: 'responseSuccessBody', properties: { key: 'status', value: 401, message: REJECTED } },
			{ type: 'responseSuccessBody', properties: { key: 'error', value: 'Unauthorized', message: REJECTED } },
			{
				// lodash get of a missing key is undefined: a 200 without account statistics.
				type: 'responseSuccessBody',
				properties: {
					key: 'leadCount',
					value: undefined,
					message: "Something answered at this Base URL, but not with XONVO's account statistics: check the Base URL",
				},
			},
			// n8n reads both kinds of rule from one list; its type only allows one kind per list.
		] as unknown as ICredentialTestRequest['rules'],
	};
}
