import type { ICredentialDataDecryptedObject, IDataObject, INode } from 'n8n-workflow';
import type { BaseUrlRule } from './baseUrl';

/**
 * How one vendor pages its list endpoints. `pageIndex` sends a page number counted from
 * `firstPage`; `recordOffset` sends the number of records to skip.
 */
export interface PagingPreset {
	style: 'pageIndex' | 'recordOffset';
	pageParam: string;
	sizeParam: string;
	firstPage?: number;
	/** Largest page the vendor serves for this query string. */
	maxPageSize: (qs: IDataObject) => number;
	/** The records of one page body. */
	records: (body: unknown) => IDataObject[];
	/** Total matching records, when the vendor reports it; lets paging stop without an empty page. */
	total?: (body: unknown) => number | undefined;
	/** Page size the vendor actually applied, when it reports it. */
	appliedPageSize?: (body: unknown) => number | undefined;
}

export interface VendorApi {
	/** Shown in error messages, e.g. "Outseta". */
	service: string;
	credentialType: string;
	baseUrl: BaseUrlRule;
	paging: PagingPreset;
	defaultRequestsPerSecond: number;
}

/** The subset of n8n contexts the shared request code needs (action, poll and load-options). */
export interface CredentialedContext {
	getNode(): INode;
	getCredentials<T extends object = ICredentialDataDecryptedObject>(type: string, itemIndex?: number): Promise<T>;
}

export function defineVendor(api: VendorApi): VendorApi {
	return api;
}
