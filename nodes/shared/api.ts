import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestMethods, INode } from 'n8n-workflow';
import type { BaseUrlRule } from './baseUrl';

/**
 * How one list endpoint pages. `none`: one request returns everything (the Limit is applied
 * locally; with a `sizeParam`, the request asks for the Limit, capped by `maxPageSize`);
 * `pageIndex`: a page number counted from `firstPage`; `recordOffset`: the number of records to
 * skip; `token`: an opaque cursor taken from each page (`nextToken`); `keyset`: a cursor taken
 * from the last record of each page (`cursor`), e.g. "the records after this id".
 */
export interface PagingPreset {
	style: 'none' | 'pageIndex' | 'recordOffset' | 'token' | 'keyset';
	pageParam?: string;
	sizeParam?: string;
	/** Where the paging parameters go: the query string (default) or the JSON body. */
	paramsIn?: 'query' | 'body';
	/**
	 * The vendor always serves the size asked while records remain: a page shorter than asked is
	 * the last one (else a short first page may be a silent cap and the walk goes on).
	 */
	shortPageEnds?: boolean;
	/**
	 * `keyset`: the parameter (`pageParam`) takes this value of the last record of a page, e.g.
	 * `{field: 'phoneNumber', encode: base64}`. The walk ends on a short page, on a last record
	 * without the field, and on a cursor that does not move.
	 */
	cursor?: { field: string; encode?: (value: string) => string };
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
	/**
	 * A 2xx answer that is really a failure (e.g. `{status: false, error: [...]}`): the HTTP status
	 * to report (`status`, the answer's own, to report it as it came).
	 */
	failureIn2xx?: (body: unknown, status: number) => number | undefined;
	/**
	 * Where the vendor lists its error objects in a body and their fields, e.g. `{list: 'error',
	 * code: 'code', message: 'message', detail: 'moreInfo'}`: read as "message (detail)" with the
	 * code. In an answer that is not a failure, the list holds the rows a bulk request refused
	 * (see `partialFailures` in errors.ts).
	 */
	errorList?: { list: string; code?: string; message: string; detail?: string };
	/**
	 * The vendor answers HTTP 200 whether it worked or not (text RPC APIs): the message reads
	 * "<service> error: <reason>" without an HTTP status that would mislead.
	 */
	noHttpStatus?: boolean;
}

/**
 * A rate limit of its own for some requests of a credential (e.g. an export allowed a few times
 * an hour): its pauses and refusals hold only these requests, not the credential's others.
 */
export interface RateBucket {
	name: string;
	method?: string;
	/** Matched against the operation's path template and a programmatic request's path. */
	path: RegExp;
}

/** A vendor's answer envelope: the records it wraps, undefined for a body that is not one. */
export interface Envelope {
	records: (body: unknown) => IDataObject[] | undefined;
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
	/**
	 * A cheap read that carries the renewal for declarative operations: n8n runs preAuthentication
	 * (and stores the new token) only inside a request, and an operation's own request must not go
	 * out twice to be accepted once.
	 */
	probe?: (credentials: ICredentialDataDecryptedObject) => { method: IHttpRequestMethods; url: string };
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
	/** Requests limited apart from the credential's pacing (see `RateBucket`). */
	rateBuckets?: RateBucket[];
	/** Answers wrapped in an envelope: a record operation outputs its records, one item each. */
	envelope?: Envelope;
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
	/**
	 * A credential this API cannot take, known before sending (e.g. a sign-in mode it refuses):
	 * the refusal in the user's words, or undefined to go on. Checked by every operation and every
	 * programmatic request (list searches, load options), so such a node sends nothing.
	 */
	refusesCredential?: (credentials: ICredentialDataDecryptedObject) => CredentialRefusal | undefined;
	/**
	 * The credential's secrets this API receives in the query string (its design, e.g. `?user=…&pass=…`):
	 * masked in every error before it leaves the shared request path (see redaction.ts).
	 */
	querySecrets?: (credentials: ICredentialDataDecryptedObject) => Array<string | undefined>;
}

/** Why a credential cannot be used here (`message`) and what to change (`description`). */
export interface CredentialRefusal {
	message: string;
	description: string;
}

/** The subset of n8n contexts the shared request code needs (action, poll and load-options). */
export interface CredentialedContext {
	getNode(): INode;
	getCredentials<T extends object = ICredentialDataDecryptedObject>(type: string, itemIndex?: number): Promise<T>;
}

export function defineVendor(api: VendorApi): VendorApi {
	return api;
}

/** The rate bucket a request falls in, by its method and path (template or filled). */
export function rateBucketOf(api: VendorApi, method: string | undefined, path: string | undefined): string | undefined {
	if (!path) return undefined;
	return api.rateBuckets?.find((bucket) => (!bucket.method || bucket.method === method) && bucket.path.test(path))?.name;
}

/** The credential type this node uses: its `authentication` choice, else the vendor's one type. */
export function credentialTypeOf(context: { getNode(): INode }, api: VendorApi): string {
	if (!api.authentication) return api.credentialType;
	const chosen = context.getNode().parameters.authentication;
	return (typeof chosen === 'string' && api.authentication[chosen]) || api.credentialType;
}
