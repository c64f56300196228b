import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';

const text = (value: unknown) => String(value ?? '').trim();

/** Email and store JWT from the fields, else from the credential (its JWT only when it logs in with one). */
async function loginQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const credentials = await this.getCredentials(rebilliaStorefront.credentialType);
	const fromCredential = credentials.customerLogin === 'customerToken' ? '' : text(credentials.storeJwt);
	const email = text(this.getNodeParameter('email', '')) || text(credentials.customerEmail);
	const token = text(this.getNodeParameter('storeJwt', '')) || fromCredential;
	const missing = !email ? 'Customer Email' : !token ? 'Store Customer JWT' : undefined;
	if (missing) {
		throw new NodeOperationError(this.getNode(), `"${missing}" is required`, {
			itemIndex: this.getItemIndex(),
			description: `Enter it in this node, or in the Rebillia Storefront credential.`,
		});
	}
	requestOptions.qs = { ...requestOptions.qs, email, token };
	return requestOptions;
}

export const login = defineOperation(rebilliaStorefront, {
	value: 'login',
	name: 'Log In',
	action: 'Log a customer in',
	description: 'Exchange a shopper’s store JWT for a Rebillia customer token (valid 24 hours); the output is a secret',
	method: 'GET',
	path: '/{publicKey}/login',
	scalarKey: 'token',
	properties: [
		{
			displayName:
				'The output holds the customer token: anyone with it can act for this shopper for 24 hours. Treat it as a password and do not log or share it.',
			name: 'secretNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Customer Email',
			name: 'email',
			type: 'string',
			default: '',
			placeholder: 'e.g. name@email.com',
			description: 'The shopper’s email; empty uses the Customer Email of the credential',
			routing: { send: { preSend: [loginQuery] } },
		},
		{
			displayName: 'Store Customer JWT',
			name: 'storeJwt',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The shopper’s BigCommerce current_customer JWT; empty uses the one in the credential',
		},
	],
});
