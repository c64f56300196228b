import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { VendorApi } from './api';
import { credentialTypeOf, rateBucketOf } from './api';
import { resolveBaseUrl } from './baseUrl';
import { apiErrorFromResponse } from './errors';
import { observeRateLimit, sendPaced } from './throttle';

export interface VendorRequest {
	method: IHttpRequestMethods;
	/** Path below the API root, already encoded (see `pathSegment`). */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
}

/** The API root of the credential this node uses, or a NodeOperationError saying what is missing. */
export async function apiRoot(
	context: IPollFunctions | ILoadOptionsFunctions | IExecuteFunctions,
	api: VendorApi,
): Promise<string> {
	const credentials = await context.getCredentials(credentialTypeOf(context, api));
	try {
		// resolveBaseUrl only throws BaseUrlError, whose message tells the user what to fill in.
		return resolveBaseUrl(api.baseUrl, credentials);
	} catch (error) {
		throw new NodeOperationError(context.getNode(), `The ${api.service} credential has no usable address`, {
			description: (error as Error).message,
		});
	}
}

/**
 * A request from programmatic code (triggers, list searches) with the same pacing, 429 retries,
 * token renewal on 401 (n8n's, for credentials with an expiring token) and error messages as the
 * declarative operations. Blank query values are not sent.
 */
export async function vendorRequest(
	this: IPollFunctions | ILoadOptionsFunctions | IExecuteFunctions,
	api: VendorApi,
	request: VendorRequest,
): Promise<unknown> {
	const qs = Object.fromEntries(
		Object.entries(request.qs ?? {}).filter(([, value]) => value !== undefined && value !== null && value !== ''),
	);
	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${await apiRoot(this, api)}${request.path}`,
		qs,
		body: request.body,
		json: true,
		headers: { Accept: 'application/json' },
		returnFullResponse: true,
	};
	const credentialType = credentialTypeOf(this, api);
	const bucket = rateBucketOf(api, request.method, request.path);
	return await sendPaced(
		this,
		api,
		async () => {
			const response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				credentialType,
				options,
			)) as IN8nHttpFullResponse;
			observeRateLimit(this, api, response.headers, bucket);
			const failed = api.errors?.failureIn2xx?.(response.body, response.statusCode ?? 200);
			if (failed !== undefined) {
				throw apiErrorFromResponse(this.getNode(), api, {
					statusCode: failed,
					body: response.body,
					method: request.method,
					path: request.path,
				});
			}
			return response.body;
		},
		{ method: request.method, path: request.path, bucket },
	);
}
