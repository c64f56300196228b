import type { ICredentialDataDecryptedObject, IDataObject, INode } from 'n8n-workflow';
import type { BaseUrlRule } from './baseUrl';

/**
 * How one list endpoint pages. `none`: one request returns everything (the Limit is applied
 * locally); `pageIndex`: a page number counted from `firstPage`; `recordOffset`: the number of
 * records to skip; `token`: an opaque cursor taken from each page (`nextToken`).
 */
export interface PagingPreset {
	style: 'none' | 'pageIndex' | 'recordOffset' | 'token';
	pageParam?: string;
	sizeParam?: string;
	firstPage?: number;
	/** Largest page the vendor serves for this query string. */
	maxPageSize?: (qs: IDataObject) => number;
	/** The records of one page body. */
	records: (body: unknown) => IDataObject[];
	/** Total matching records, when the vendor reports it. */
	total?: (body: unknown) => number | undefined;
	/** Total pages, when the vendor reports it. */
	totalPages?: (body: unknown) => number | undefined;
	/** Page size the vendor actually applied, when it reports it. */
	appliedPageSize?: (body: unknown) => number | undefined;
	/** `token` style: the cursor for the next page, undefined at the end. */
	nextToken?: (body: unknown) => string | undefined;
	/**
	 * Whether the request at hand pages at all, from its finished query string; unset: always. For a
	 * list whose paging depends on a filter (one status filter turns a bare array into a paged
	 * envelope): a request that does not page is sent once and its Limit applied locally, and
	 * `records` must read both answers.
	 */
	pagesWhen?: (qs: IDataObject) => boolean;
}

/** What a vendor's error bodies look like, beyond the shapes the shared reader knows. */
export interface ErrorReading {
	/** The vendor's message (and machine code) from an error body; undefined falls back to the shared reader. */
	read?: (body: unknown) => { message?: string; code?: string } | undefined;
	/**
	 * What a 401 rejected, in the user's words, e.g. "the username or password"; for a node with a
	 * choice of credentials, by credential type (see `VendorApi.authentication`).
	 */
	rejected?: string | Record<string, string>;
	/** A 2xx answer that is really a failure (e.g. `{status: false, error: [...]}`); returns the status to report. */
	failureIn2xx?: (body: unknown) => number | undefined;
}

/**
 * How a vendor that exchanges a login for a token rejects an expired one, so the shared request
 * path renews it once and retries once (see `vendorRequest`).
 */
export interface TokenRenewal {
	/** The credential's expirable field holding the exchanged token (empty when the credential uses a fixed token). */
	tokenField: string;
	/** A 2xx answer that rejects the token (Ytel: `{status: false, error: [{code: "401"}]}`). */
	rejectedIn2xx?: (body: unknown) => boolean;
}

export interface VendorApi {
	/** Shown in error messages, e.g. "Outseta". */
	service: string;
	/** The credential type, or the default one when `authentication` chooses between several. */
	credentialType: string;
	/** Value of the node's `authentication` parameter → credential type, for nodes with a choice. */
	authentication?: Record<string, string>;
	baseUrl: BaseUrlRule;
	/** How the vendor's list endpoints page, unless an operation says otherwise. */
	paging?: PagingPreset;
	defaultRequestsPerSecond: number;
	errors?: ErrorReading;
	/**
	 * What a 2xx answers where the collection saved no example and the vendor documents it:
	 * `empty` for APIs whose actions answer with no body (read by the output-schema generator).
	 */
	answersWithoutExample?: 'empty';
	/**
	 * Path placeholders filled from the credential instead of a node parameter: placeholder (and
	 * credential field) name → its label in messages, e.g. `{publicKey: 'Public Key (in the
	 * credential)'}` for a store key that every path of a storefront API carries.
	 */
	pathFromCredential?: Record<string, string>;
	/**
	 * The part of this API's root that the vendor's collection writes into its request paths
	 * (e.g. `/storefrontapi`), so tools can match operations to the collection's requests.
	 */
	collectionPathPrefix?: string;
	/** Renewal of an exchanged token on 401, 403 and the vendor's 2xx rejection; unset: n8n's own renewal on 401 only. */
	tokenRenewal?: TokenRenewal;
}

/** The subset of n8n contexts the shared request code needs (action, poll and load-options). */
export interface CredentialedContext {
	getNode(): INode;
	getCredentials<T extends object = ICredentialDataDecryptedObject>(type: string, itemIndex?: number): Promise<T>;
}

export function defineVendor(api: VendorApi): VendorApi {
	return api;
}

/** The credential type this node uses: its `authentication` choice, else the vendor's one type. */
export function credentialTypeOf(context: { getNode(): INode }, api: VendorApi): string {
	if (!api.authentication) return api.credentialType;
	const chosen = context.getNode().parameters.authentication;
	return (typeof chosen === 'string' && api.authentication[chosen]) || api.credentialType;
}
