import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { pathSegment } from '../../shared/paths';
import { vendorRequest } from '../../shared/request';
import { outseta } from '../shared/api';
import { searchRecords, SEARCHES } from './search';

type Search = (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>;

const searchOf = (spec: (typeof SEARCHES)[keyof typeof SEARCHES]): Search =>
	async function (filter, paginationToken) {
		return await searchRecords(this, spec, filter, paginationToken);
	};

export const searchPeople = searchOf(SEARCHES.people);
export const searchAccounts = searchOf(SEARCHES.accounts);
export const searchDeals = searchOf(SEARCHES.deals);
export const searchCases = searchOf(SEARCHES.cases);
export const searchPlans = searchOf(SEARCHES.plans);
export const searchArticles = searchOf(SEARCHES.articles);
export const searchSubscriptions = searchOf(SEARCHES.subscriptions);

/** The people on the account picked above, by name and email, with their membership Uid. */
export async function searchMemberships(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const accountUid = this.getCurrentNodeParameter('accountId', { extractValue: true });
	if (!String(accountUid ?? '').trim()) {
		throw new NodeOperationError(this.getNode(), 'Pick the account first', { description: 'The list shows the people on that account.' });
	}
	const account = (await vendorRequest.call(this, outseta, {
		method: 'GET',
		path: `/crm/accounts/${pathSegment(this.getNode(), 'Account', accountUid)}`,
		qs: { fields: 'PersonAccount.Uid,PersonAccount.IsPrimary,PersonAccount.Person.Email,PersonAccount.Person.FullName' },
	})) as IDataObject;
	const needle = filter?.trim().toLowerCase() ?? '';
	const results = ((account.PersonAccount ?? []) as IDataObject[])
		.map((membership) => {
			const person = (membership.Person ?? {}) as IDataObject;
			const who = person.FullName && person.FullName !== person.Email ? `${person.FullName} (${person.Email})` : String(person.Email ?? 'unknown person');
			return { name: `${who}${membership.IsPrimary ? ' — primary contact' : ''}`, value: String(membership.Uid) };
		})
		.filter((entry) => !needle || entry.name.toLowerCase().includes(needle));
	return { results };
}
