import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchPage } from './search';

export async function searchPeople(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPage(
		this,
		'/crm/people',
		['Uid', 'Email', 'FullName'],
		(person) => (person.FullName && person.FullName !== person.Email ? `${person.FullName} (${person.Email})` : String(person.Email ?? person.Uid)),
		filter,
		paginationToken,
	);
}
