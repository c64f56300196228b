import type { IAuthenticateRuleResponseCode, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';
import { UserError } from 'n8n-workflow';
import { baseUrlExpression } from '../nodes/shared/baseUrl';
import { authenticateAtUsableAddress, credentialText } from '../nodes/shared/credentialAddress';
import { AGENT_PATH, x5CredentialProblem, ytelX5 } from '../nodes/Ytel/contactCenter/api';

/** What the Test says when the x5 API refuses the login itself (an answer starting `ERROR: Invalid …`). */
const LOGIN_REFUSED = 'Ytel refused the API User or API Password';

/**
 * Ytel's contact centre x5 API: an API user (made by Ytel support) whose user name, password and
 * a caller label travel in the query string of every request, as the API requires.
 */
export class YtelContactCenterApi implements ICredentialType {
	name = 'ytelContactCenterApi';

	displayName = 'Ytel Contact Center API';

	icon = { light: 'file:../icons/ytel.svg', dark: 'file:../icons/ytel.dark.svg' } as const;

	documentationUrl =
		'https://github.com/n8n-nodes-connector-pack/n8n-nodes-connector-pack/blob/main/docs/ytel/README.md#contact-center-x5-agent-api';

	properties: INodeProperties[] = [
		{
			displayName:
				'Ytel\'s contact centre API takes the API user and password in the address of every request (its design). This node hides them in every error it shows, but they may appear in your server and proxy logs: use an API user made for n8n, with only the rights your workflows need.',
			name: 'queryStringNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Subdomain',
			name: 'subdomain',
			type: 'string',
			default: '',
			placeholder: 'e.g. acme',
			description: 'Your contact centre address is https://<subdomain>.ytel.com. Leave empty when you fill Base URL.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://acme.ytel.com',
			description: 'The full address of your contact centre, without /x5; wins over Subdomain when set',
		},
		{
			displayName: 'API User',
			name: 'apiUser',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 6666',
			description: 'The API user Ytel support made for you',
		},
		{
			displayName: 'API Password',
			name: 'apiPassword',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Source',
			name: 'source',
			type: 'string',
			default: 'n8n',
			required: true,
			description: 'A label of at most 20 characters that Ytel records as the caller of each request',
		},
		{
			displayName: 'Ytel Token',
			name: 'ytelToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Only for Agent List: the token Ytel support gives you',
		},
		{
			displayName: 'Account SID',
			name: 'accountSid',
			type: 'string',
			default: '',
			description: 'Only for Agent List: your Ytel account SID',
		},
		{
			displayName: 'Requests per Second',
			name: 'requestsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0.1 },
			default: 5,
			description: 'Upper bound on requests sent with this credential; with several n8n workers, divide it between them',
		},
	];

	/** The login in the query string; a credential without a usable address or login is refused before sending. */
	authenticate = authenticateAtUsableAddress(ytelX5, (credentials) => {
		const problem = x5CredentialProblem(credentials);
		if (problem) throw new UserError(problem);
		return {
			qs: {
				user: credentialText(credentials, 'apiUser').trim(),
				pass: credentialText(credentials, 'apiPassword'),
				source: credentialText(credentials, 'source').trim(),
			},
		};
	});

	/**
	 * `webserver` reads server facts and changes nothing. An API user without the right to it gets
	 * `ERROR: auth USER DOES NOT HAVE PERMISSION …`, which still proves the login; a refused login
	 * answers `ERROR: Invalid …` (user name or password, or missing values). The answer is text
	 * with HTTP 200 either way, and n8n's rules compare exact values: the rule reads the answer's
	 * 8th character, the `I` of `ERROR: Invalid`.
	 */
	test: ICredentialTestRequest = {
		request: { baseURL: baseUrlExpression(ytelX5.baseUrl), url: AGENT_PATH, qs: { function: 'webserver' }, json: false },
		rules: [
			{ type: 'responseCode', properties: { value: 404, message: 'Nothing answers at this address: check the Subdomain or Base URL' } },
			{ type: 'responseSuccessBody', properties: { key: '7', value: 'I', message: LOGIN_REFUSED } },
		] as unknown as IAuthenticateRuleResponseCode[],
	};
}
