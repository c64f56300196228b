import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';
import { vendorRequest } from '../../shared/request';
import { rebillia, rebilliaRecords } from '../shared/api';
import { pageOfMatches } from './search';

/**
 * Pickers for product rate plans and their charges.
 *
 * Rebillia lists rate plans per product (`/products/{id}/product-rateplans`) and has no list of
 * all rate plans. The picker searches across products rather than reading a product from the
 * node's parameters: most operations that take a rate plan (Get, Update, Sync, its charges,
 * external links) have no product field, and a user looking for "Gold monthly" should not have
 * to pick its product first. One `GET /products?include=productRateplanCharge` answers every
 * product with its rate plans and their charges embedded (as the collection's examples show);
 * a product whose answer holds no embedded list (a link instead) is read with its own list
 * request, up to a bound, so a picker never fans out over a large catalog.
 */

/** Most extra list requests one search makes for products or rate plans answered without their children. */
const MAX_FOLLOW_UPS = 20;

interface CatalogEntry {
	product: IDataObject;
	plan: IDataObject;
	charge?: IDataObject;
}

const label = (record: IDataObject, noun: string) => String(record.name ?? `${noun} ${record.id}`);

async function list(context: ILoadOptionsFunctions, path: string, qs: IDataObject = {}): Promise<IDataObject[]> {
	return rebilliaRecords(await vendorRequest.call(context, rebillia, { method: 'GET', path, qs }));
}

/** Every product's rate plans (and, with `charges`, every plan's charges), newest products first. */
async function catalog(context: ILoadOptionsFunctions, charges: boolean): Promise<CatalogEntry[]> {
	const products = await list(context, '/products', { orderBy: 'id', sortBy: 'desc', include: 'productRateplanCharge' });
	let followUps = 0;
	const entries: CatalogEntry[] = [];
	for (const product of products) {
		let plans = product.productRateplan;
		if (!Array.isArray(plans)) {
			if (followUps++ >= MAX_FOLLOW_UPS) continue;
			plans = await list(context, `/products/${encodeURIComponent(String(product.id))}/product-rateplans`, { include: 'productRateplanCharge' });
		}
		for (const plan of plans as IDataObject[]) {
			if (!charges) {
				entries.push({ product, plan });
				continue;
			}
			let planCharges = plan.productRateplanCharge;
			if (!Array.isArray(planCharges)) {
				if (followUps++ >= MAX_FOLLOW_UPS) continue;
				planCharges = await list(context, `/product-rateplans/${encodeURIComponent(String(plan.id))}/product-rateplan-charges`);
			}
			for (const charge of planCharges as IDataObject[]) entries.push({ product, plan, charge });
		}
	}
	return entries;
}

function page(
	entries: CatalogEntry[],
	name: (entry: CatalogEntry) => string,
	value: (entry: CatalogEntry) => unknown,
	filter?: string,
	paginationToken?: string,
): INodeListSearchResult {
	return pageOfMatches(entries, (entry) => ({ name: name(entry), value: String(value(entry)) }), (entry) => [entry.product.sku, value(entry)], filter, paginationToken);
}

const ratePlanName = ({ product, plan }: CatalogEntry) =>
	`${label(product, 'Product')} › ${label(plan, 'Rate plan')} (#${plan.id}${plan.status ? `, ${plan.status}` : ''})`;

/** Rate plans across the catalog, e.g. "Coffee Club › Monthly (#7, published)". */
export async function searchRatePlans(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return page(await catalog(this, false), ratePlanName, ({ plan }) => plan.id, filter, paginationToken);
}

/** The same rate plans as a dropdown, for the fields inside a list of rate plans (which take no picker). */
export async function getRatePlans(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await catalog(this, false)).map((entry) => ({ name: ratePlanName(entry), value: Number(entry.plan.id) }));
}

/** Rate plan charges across the catalog, e.g. "Coffee Club › Monthly › Beans (#79, flatFeePricing)". */
export async function searchRatePlanCharges(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return page(
		await catalog(this, true),
		({ product, plan, charge }) =>
			`${label(product, 'Product')} › ${label(plan, 'Rate plan')} › ${label(charge!, 'Charge')} (#${charge!.id}${charge!.chargeModel ? `, ${charge!.chargeModel}` : ''})`,
		({ charge }) => charge!.id,
		filter,
		paginationToken,
	);
}

const chargeName = ({ product, plan, charge }: CatalogEntry) =>
	`${label(product, 'Product')} › ${label(plan, 'Rate plan')} › ${label(charge!, 'Charge')} (#${charge!.id})`;

/** Product rate plan ids picked in the node: the operation's own, or those of its list of rate plans (Create, Update). */
function pickedRatePlans(context: ILoadOptionsFunctions): string[] {
	const parameters = (context.getCurrentNodeParameters() ?? {}) as IDataObject;
	const ids = new Set<string>();
	const add = (value: unknown) => {
		const id = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : '';
		if (/^\d+$/.test(id)) ids.add(id);
	};
	add(parameters.productRateplanId);
	for (const list of [parameters.ratePlan, (parameters.updateFields as IDataObject | undefined)?.rateplan]) {
		const entries = (list as IDataObject | undefined)?.ratePlan;
		for (const entry of Array.isArray(entries) ? (entries as IDataObject[]) : []) add(entry.productRatePlanId);
	}
	return [...ids];
}

/**
 * The charges of the product rate plans picked in the node, e.g. "Coffee Club › Monthly › Beans
 * (#79)"; every charge of the catalog while none is picked. A list field cannot tell which of its
 * entries asks, so a subscription with two rate plans offers the charges of both.
 */
export async function getPickedRatePlanCharges(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const picked = pickedRatePlans(this);
	const entries = await catalog(this, true);
	const chosen = picked.length ? entries.filter((entry) => picked.includes(String(entry.plan.id))) : entries;
	const options = chosen.map((entry) => ({ name: chargeName(entry), value: Number(entry.charge!.id) }));
	// A picked rate plan the catalog read did not reach: its own list of charges.
	for (const planId of picked.filter((id) => !entries.some((entry) => String(entry.plan.id) === id))) {
		for (const charge of await list(this, `/product-rateplans/${planId}/product-rateplan-charges`)) {
			options.push({ name: `Rate plan #${planId} › ${label(charge, 'Charge')} (#${charge.id})`, value: Number(charge.id) });
		}
	}
	return options;
}
