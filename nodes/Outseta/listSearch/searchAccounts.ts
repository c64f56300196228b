import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchPage } from './search';

export async function searchAccounts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPage(
		this,
		'/crm/accounts',
		['Uid', 'Name'],
		(account) => String(account.Name || account.Uid),
		filter,
		paginationToken,
	);
}
