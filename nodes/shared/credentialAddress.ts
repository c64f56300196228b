import type { ICredentialDataDecryptedObject, ICredentialType, IHttpRequestOptions } from 'n8n-workflow';
import { UserError } from 'n8n-workflow';
import type { VendorApi } from './api';
import { resolveBaseUrl } from './baseUrl';

/**
 * A credential's Test shows one line: for a declarative test n8n 2.40 shows the error's message
 * when the failure carries no HTTP answer and no network code. So the address is checked before
 * anything is sent, in `authenticate` (and in `preAuthentication`, which n8n runs first), and the
 * Test says what a node run says instead of "ENOTFOUND". Every vendor's credential uses this.
 */
export function unusableAddressMessage(api: Pick<VendorApi, 'service' | 'baseUrl'>, credentials: ICredentialDataDecryptedObject): string | undefined {
	try {
		resolveBaseUrl(api.baseUrl, credentials);
		return undefined;
	} catch (error) {
		// resolveBaseUrl only throws BaseUrlError, whose message says what to fill in.
		return `The ${api.service} credential has no usable address. ${(error as Error).message}.`;
	}
}

/** Throws the Test's message when the credential has no usable address. */
export function assertUsableAddress(api: Pick<VendorApi, 'service' | 'baseUrl'>, credentials: ICredentialDataDecryptedObject): void {
	const message = unusableAddressMessage(api, credentials);
	if (message) throw new UserError(message);
}

/** What a credential adds to each request: headers, basic auth and/or query values (APIs that take their login in the query string). */
export type RequestSigning = (credentials: ICredentialDataDecryptedObject) => Pick<IHttpRequestOptions, 'headers' | 'auth' | 'qs'>;

/**
 * A credential's `authenticate`: refuses a credential without a usable address (see above),
 * then adds what `sign` returns to the request.
 */
export function authenticateAtUsableAddress(api: Pick<VendorApi, 'service' | 'baseUrl'>, sign: RequestSigning): ICredentialType['authenticate'] {
	return async (credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions) => {
		assertUsableAddress(api, credentials);
		const { headers, auth, qs } = sign(credentials);
		return {
			...requestOptions,
			...(headers ? { headers: { ...requestOptions.headers, ...headers } } : {}),
			...(auth ? { auth } : {}),
			...(qs ? { qs: { ...requestOptions.qs, ...qs } } : {}),
		};
	};
}

/** A credential field as text, as n8n's generic `{{$credentials.x}}` renders it. */
export function credentialText(credentials: ICredentialDataDecryptedObject, name: string): string {
	const value = credentials[name];
	return value === undefined || value === null ? '' : String(value);
}
