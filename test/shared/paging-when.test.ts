/**
 * The shared paginator with a preset whose paging depends on the request (`pagesWhen`): one
 * filter turns a bare-array list into a paged envelope. Driven directly, with a fake server that
 * answers each shape and records what it was asked.
 */
import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
} from 'n8n-workflow';
import type { PagingPreset, VendorApi } from '../../nodes/shared/api';
import { outputAction } from '../../nodes/shared/output';
import { paginate } from '../../nodes/shared/paging';

const RECORDS = Array.from({ length: 23 }, (_, index) => ({ id: index + 1 }));

const records = (body: unknown): IDataObject[] =>
	Array.isArray(body) ? (body as IDataObject[]) : (((body as IDataObject)?.data ?? []) as IDataObject[]);

const preset: PagingPreset = {
	style: 'pageIndex',
	pageParam: 'page',
	sizeParam: 'size',
	firstPage: 1,
	maxPageSize: () => 10,
	records,
	totalPages: (body) => (Array.isArray(body) ? undefined : ((body as IDataObject).totalPages as number)),
	pagesWhen: (qs) => qs.status !== undefined,
};

const api: VendorApi = {
	service: 'Acme',
	credentialType: 'acmeApi',
	baseUrl: { urlField: 'baseUrl', missing: 'the Base URL' },
	defaultRequestsPerSecond: 1000,
	paging: preset,
};

const node: INode = { id: 'n', name: 'Node', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} };

/** Answers a bare array without `status`, a 10-record page of the envelope with it. */
function serve(qs: IDataObject): unknown {
	if (qs.status === undefined) return RECORDS;
	const page = Number(qs.page);
	const size = Number(qs.size);
	return { totalPages: Math.ceil(RECORDS.length / size), data: RECORDS.slice((page - 1) * size, page * size) };
}

async function run(qs: IDataObject, parameters: IDataObject) {
	const asked: IDataObject[] = [];
	const shape = outputAction({ kind: 'list', paging: preset }) as (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	) => Promise<INodeExecutionData[]>;
	const context = {
		getNode: () => node,
		getItemIndex: () => 0,
		getCredentials: async () => ({ requestsPerSecond: 1000 }),
		getNodeParameter: (name: string, fallback: unknown) => (name in parameters ? parameters[name] : fallback),
		makeRoutingRequest: async (requestData: DeclarativeRestApiSettings.ResultOptions) => {
			const sent = { ...(requestData.options.qs as IDataObject) };
			asked.push(sent);
			return await shape.call(context as never, [], { body: serve(sent), headers: {}, statusCode: 200 } as never);
		},
	};
	const requestData = { options: { method: 'GET', url: '/things', qs: { ...qs } } } as unknown as DeclarativeRestApiSettings.ResultOptions;
	const items = await paginate(api, preset).call(context as unknown as IExecutePaginationFunctions, requestData);
	return { ids: items.map((item) => item.json.id), asked };
}

describe('paginate with pagesWhen', () => {
	it('sends one request without page parameters when the query does not page, and applies the Limit locally', async () => {
		const all = await run({}, { returnAll: true });
		expect(all.asked).toEqual([{}]);
		expect(all.ids).toHaveLength(23);

		const limited = await run({ orderBy: 'id' }, { returnAll: false, limit: 5 });
		expect(limited.asked).toEqual([{ orderBy: 'id' }]);
		expect(limited.ids).toEqual([1, 2, 3, 4, 5]);
	});

	it('walks the pages when the query pages', async () => {
		const all = await run({ status: 'paid' }, { returnAll: true });
		expect(all.asked).toEqual([
			{ status: 'paid', page: 1, size: 10 },
			{ status: 'paid', page: 2, size: 10 },
			{ status: 'paid', page: 3, size: 10 },
		]);
		expect(all.ids).toEqual(RECORDS.map((record) => record.id));

		const limited = await run({ status: 'paid' }, { returnAll: false, limit: 4 });
		expect(limited.asked).toEqual([{ status: 'paid', page: 1, size: 4 }]);
		expect(limited.ids).toEqual([1, 2, 3, 4]);
	});

	it('treats a blank filter as no filter (the runner prunes it first)', async () => {
		const result = await run({ status: '' }, { returnAll: true });
		expect(result.asked).toEqual([{}]);
		expect(result.ids).toHaveLength(23);
	});
});
