import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { vendorRequest } from '../../shared/request';
import { outseta } from '../shared/api';

/** Every record of a short list (plans, plan families), a page at a time, by name. */
async function allByName(context: ILoadOptionsFunctions, path: string): Promise<INodePropertyOptions[]> {
	const options: INodePropertyOptions[] = [];
	for (let offset = 0; offset < 50; offset++) {
		const body = await vendorRequest.call(context, outseta, { method: 'GET', path, qs: { limit: 100, offset, fields: 'Uid,Name' } });
		const records = outseta.paging!.records(body);
		options.push(...records.map((record: IDataObject) => ({ name: String(record.Name || record.Uid), value: String(record.Uid) })));
		const total = outseta.paging!.total?.(body);
		if (records.length < 100 || (total !== undefined && options.length >= total)) break;
	}
	return options.sort((a, b) => a.name.localeCompare(b.name));
}

export async function getPlans(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allByName(this, '/billing/plans');
}

export async function getPlanFamilies(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allByName(this, '/billing/planfamilies');
}
