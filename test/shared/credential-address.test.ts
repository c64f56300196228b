/**
 * Every credential's Test button, with no usable address: it must say what a node run says (the
 * credential has no usable address, and what to enter), not n8n's bare "ENOTFOUND". A new
 * vendor's credential is not covered until it has a row here.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ICredentialDataDecryptedObject, ICredentialType, INodeType } from 'n8n-workflow';
import { OutsetaApi } from '../../credentials/OutsetaApi.credentials';
import { OutsetaUserTokenApi } from '../../credentials/OutsetaUserTokenApi.credentials';
import { RebilliaApi } from '../../credentials/RebilliaApi.credentials';
import { RebilliaStorefrontApi } from '../../credentials/RebilliaStorefrontApi.credentials';
import { XonvoApi } from '../../credentials/XonvoApi.credentials';
import { YtelApi } from '../../credentials/YtelApi.credentials';
import { YtelContactCenterApi } from '../../credentials/YtelContactCenterApi.credentials';
import { Outseta } from '../../nodes/Outseta/Outseta.node';
import { Rebillia } from '../../nodes/Rebillia/Rebillia.node';
import { RebilliaStorefront } from '../../nodes/Rebillia/RebilliaStorefront.node';
import { Xonvo } from '../../nodes/Xonvo/Xonvo.node';
import { YtelContactCenter } from '../../nodes/Ytel/YtelContactCenter.node';
import { ytelCredentialTestNode } from '../ytel/token-stub';
import { runCredentialTest } from '../helpers/credential-test';

const OUTSETA = 'The Outseta credential has no usable address. Enter your Outseta subdomain (e.g. acme) or a Base URL in the credential.';
const NO_SCHEME = 'must be an http:// or https:// address without a user name or password, e.g. https://example.com.';

const cases: Array<{ type: ICredentialType; node: INodeType; data: ICredentialDataDecryptedObject; says: string }> = [
	{ type: new OutsetaApi(), node: new Outseta(), data: { subdomain: '', baseUrl: '', apiKey: 'k', secretKey: 's' }, says: OUTSETA },
	{ type: new OutsetaApi(), node: new Outseta(), data: { subdomain: 'not a name', baseUrl: '', apiKey: 'k', secretKey: 's' }, says: 'The Outseta credential has no usable address. Enter your Outseta subdomain (e.g. acme) or a Base URL in the credential ("not a name" is not usable).' },
	{ type: new OutsetaUserTokenApi(), node: new Outseta(), data: { subdomain: '', baseUrl: '', username: 'u@example.com', password: 'p', tokenUrl: '' }, says: OUTSETA },
	{
		type: new RebilliaApi(),
		node: new Rebillia(),
		data: { host: '', apiKey: 'k', version: 'v1' },
		says: 'The Rebillia credential has no usable address. Enter the Rebillia Host (e.g. https://api.rebillia.com) and the API Version (v1) in the credential.',
	},
	{ type: new RebilliaApi(), node: new Rebillia(), data: { host: 'api.rebillia.com', apiKey: 'k', version: 'v1' }, says: `The Rebillia credential has no usable address. The Host ${NO_SCHEME}` },
	{
		type: new RebilliaStorefrontApi(),
		node: new RebilliaStorefront(),
		data: { host: '', publicKey: 'P', customerLogin: 'customerToken', customerToken: 't' },
		says: 'The Rebillia Storefront credential has no usable address. Enter the Rebillia Host (e.g. https://api.rebillia.com) in the credential.',
	},
	{
		type: new RebilliaStorefrontApi(),
		node: new RebilliaStorefront(),
		data: { host: 'api.rebillia.com', publicKey: 'P', customerLogin: 'storeJwt', customerEmail: 'a@example.com', storeJwt: 'j' },
		says: `The Rebillia Storefront credential has no usable address. The Host ${NO_SCHEME}`,
	},
	{
		type: new XonvoApi(),
		node: new Xonvo(),
		data: { baseUrl: '', username: 'u', password: 'p', accountId: '' },
		says: 'The XONVO credential has no usable address. Enter the XONVO Base URL (e.g. https://admin.xonvo.com) in the credential.',
	},
	{ type: new XonvoApi(), node: new Xonvo(), data: { baseUrl: 'admin.xonvo.com', username: 'u', password: 'p', accountId: '18' }, says: `The XONVO credential has no usable address. The Base URL ${NO_SCHEME}` },
	// No Ytel node yet: the credential's Test runs on a bare node type.
	...(['emailPassword', 'apiToken'] as const).flatMap((authMode) => [
		{
			type: new YtelApi(),
			node: ytelCredentialTestNode,
			data: { authMode, baseUrl: '', email: 'a@example.com', password: 'p', apiToken: 't' },
			says: 'The Ytel credential has no usable address. Enter the Ytel Base URL (e.g. https://api.ytel.com) in the credential.',
		},
		{
			type: new YtelApi(),
			node: ytelCredentialTestNode,
			data: { authMode, baseUrl: 'api.ytel.com', email: 'a@example.com', password: 'p', apiToken: 't' },
			says: `The Ytel credential has no usable address. The Base URL ${NO_SCHEME}`,
		},
	]),
	...[
		{ subdomain: '', baseUrl: '', says: 'The Ytel contact center credential has no usable address. Enter the contact centre subdomain (e.g. acme for acme.ytel.com) or a Base URL in the credential.' },
		{ subdomain: 'not a name', baseUrl: '', says: 'The Ytel contact center credential has no usable address. Enter the contact centre subdomain (e.g. acme for acme.ytel.com) or a Base URL in the credential ("not a name" is not usable).' },
		{ subdomain: '', baseUrl: 'acme.ytel.com', says: `The Ytel contact center credential has no usable address. The Base URL ${NO_SCHEME}` },
	].map(({ subdomain, baseUrl, says }) => ({
		type: new YtelContactCenterApi(),
		node: new YtelContactCenter(),
		data: { subdomain, baseUrl, apiUser: 'u', apiPassword: 'p', source: 'n8n', requestsPerSecond: 5 },
		says,
	})),
	// The Source is checked there too: Ytel takes at most 20 characters.
	{
		type: new YtelContactCenterApi(),
		node: new YtelContactCenter(),
		data: { subdomain: 'acme', baseUrl: '', apiUser: 'u', apiPassword: 'p', source: 'twenty-one-characters', requestsPerSecond: 5 },
		says: 'The Source in the Ytel Contact Center API credential has 21 characters; Ytel accepts at most 20.',
	},
];

describe('a credential without a usable address: its Test says so', () => {
	it.each(cases.map((entry) => [entry.type.name, JSON.stringify(entry.data), entry] as const))('%s %s', async (_name, _data, { type, node, data, says }) => {
		const env = { nodeTypes: {}, credentialTypes: { [type.name]: type }, credentials: {} };
		expect(await runCredentialTest(env, type.name, node, data)).toEqual({ status: 'Error', message: says });
	});

	it('covers every credential of the package', () => {
		const files = readdirSync(join(__dirname, '../../credentials')).filter((file) => file.endsWith('.credentials.ts'));
		const covered = new Set(cases.map((entry) => `${entry.type.constructor.name}.credentials.ts`));
		expect(files.filter((file) => !covered.has(file))).toEqual([]);
	});
});
