import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { vendorRequest } from '../../shared/request';
import { outseta } from '../shared/api';

const PAGE_SIZE = 100;
/** Pages one search reads at most before handing n8n a token for the rest. */
const PAGES_PER_SEARCH = 5;
/** Enough matches to fill the picker; the rest comes as the user scrolls. */
const ENOUGH_MATCHES = 25;

export interface SearchSpec {
	path: string;
	/** Properties asked for (`fields=`) and matched against the search text. */
	fields: string[];
	label: (record: IDataObject) => string;
	/** A server-side filter for search text it can match exactly (e.g. an email), tried first. */
	exact?: (text: string) => IDataObject | undefined;
	/** Records per page when it differs: Outseta reads 25 at a time when `fields` has a dotted path. */
	pageSize?: number;
}

async function page(context: ILoadOptionsFunctions, spec: SearchSpec, offset: number, qs: IDataObject = {}) {
	const body = await vendorRequest.call(context, outseta, {
		method: 'GET',
		path: spec.path,
		qs: { limit: spec.pageSize ?? PAGE_SIZE, offset, fields: spec.fields.join(','), orderBy: 'Created DESC', ...qs },
	});
	const records = outseta.paging!.records(body);
	const total = outseta.paging!.total?.(body);
	const pageSize = spec.pageSize ?? PAGE_SIZE;
	const more = records.length === pageSize && (total === undefined || (offset + 1) * pageSize < total);
	return { records, more };
}

const resultsOf = (spec: SearchSpec, records: IDataObject[]) => records.map((record) => ({ name: spec.label(record), value: String(record.Uid) }));

/**
 * A resource locator's list: the newest records first, a page at a time as the user scrolls (the
 * token is the next page index). Outseta has no "contains" filter, so search text is matched
 * here against the fields shown, reading on (a few pages per call) until enough records match;
 * text the server can match exactly (an email) is asked of the server first, so a match among
 * thousands of records is found with one request.
 */
export async function searchRecords(
	context: ILoadOptionsFunctions,
	spec: SearchSpec,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const needle = filter?.trim().toLowerCase() ?? '';
	let offset = Number(paginationToken ?? 0) || 0;
	const exact = needle && paginationToken === undefined ? spec.exact?.(filter!.trim()) : undefined;
	if (exact) {
		const { records } = await page(context, spec, 0, exact);
		if (records.length) return { results: resultsOf(spec, records) };
	}
	if (!needle) {
		const { records, more } = await page(context, spec, offset);
		return { results: resultsOf(spec, records), paginationToken: more ? String(offset + 1) : undefined };
	}
	const matches: IDataObject[] = [];
	for (let read = 0; read < PAGES_PER_SEARCH; read++) {
		const { records, more } = await page(context, spec, offset);
		// The label holds what the user sees, dotted fields (a linked record's name) among it.
		matches.push(
			...records.filter(
				(record) =>
					spec.fields.some((field) => String(record[field] ?? '').toLowerCase().includes(needle)) || spec.label(record).toLowerCase().includes(needle),
			),
		);
		offset++;
		if (!more) return { results: resultsOf(spec, matches) };
		if (matches.length >= ENOUGH_MATCHES) break;
	}
	return { results: resultsOf(spec, matches), paginationToken: String(offset) };
}

const looksLikeEmail = (text: string) => /^[^@\s]+@[^@\s]+$/.test(text);

export const SEARCHES = {
	people: {
		path: '/crm/people',
		fields: ['Uid', 'Email', 'FullName'],
		label: (person) => (person.FullName && person.FullName !== person.Email ? `${person.FullName} (${person.Email})` : String(person.Email ?? person.Uid)),
		exact: (text) => (looksLikeEmail(text) ? { Email: text } : undefined),
	},
	accounts: { path: '/crm/accounts', fields: ['Uid', 'Name'], label: (account) => String(account.Name || account.Uid) },
	deals: { path: '/crm/deals', fields: ['Uid', 'Name'], label: (deal) => String(deal.Name || deal.Uid) },
	cases: {
		path: '/support/cases',
		fields: ['Uid', 'Subject'],
		label: (supportCase) => String(supportCase.Subject || supportCase.Uid),
		exact: (text) => (looksLikeEmail(text) ? { 'FromPerson.Email': text } : undefined),
	},
	plans: { path: '/billing/plans', fields: ['Uid', 'Name'], label: (plan) => String(plan.Name || plan.Uid) },
	articles: { path: '/support/articles', fields: ['Uid', 'Title'], label: (article) => String(article.Title || article.Uid) },
	subscriptions: {
		path: '/billing/subscriptions',
		fields: ['Uid', 'Account.Name', 'Plan.Name'],
		pageSize: 25,
		label: (subscription) => {
			const name = (linked: unknown) => String(((linked ?? {}) as IDataObject).Name ?? '').trim();
			const what = [name(subscription.Account), name(subscription.Plan)].filter(Boolean).join(' · ');
			return `${what || 'Subscription'} (#${String(subscription.Uid)})`;
		},
	},
} satisfies Record<string, SearchSpec>;
