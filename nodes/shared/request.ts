import type {
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';
import type { VendorApi } from './api';
import { resolveBaseUrl } from './baseUrl';
import { apiErrorFromResponse } from './errors';
import { sendPaced } from './throttle';

export interface VendorRequest {
	method: IHttpRequestMethods;
	/** Path below the API root, already encoded (see `pathSegment`). */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
}

/**
 * A request from programmatic code (triggers, list searches) with the same pacing, 429 retries
 * and error messages as the declarative operations.
 */
export async function vendorRequest(
	this: IPollFunctions | ILoadOptionsFunctions,
	api: VendorApi,
	request: VendorRequest,
): Promise<unknown> {
	const credentials = await this.getCredentials(api.credentialType);
	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${resolveBaseUrl(api.baseUrl, credentials)}${request.path}`,
		qs: request.qs,
		body: request.body,
		json: true,
		headers: { Accept: 'application/json' },
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	return await sendPaced(this, api, async () => {
		const response = (await this.helpers.httpRequestWithAuthentication.call(
			this,
			api.credentialType,
			options,
		)) as IN8nHttpFullResponse;
		if (response.statusCode >= 400) {
			throw apiErrorFromResponse(this.getNode(), api.service, {
				statusCode: response.statusCode,
				body: response.body,
				headers: response.headers,
				method: request.method,
				path: request.path,
			});
		}
		return response.body;
	});
}
