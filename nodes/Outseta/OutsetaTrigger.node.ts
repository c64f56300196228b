import {
	NodeConnectionTypes,
	type IDataObject,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';
import { pollNewByTimestamp, type TimestampFeed } from '../shared/poll';
import { vendorRequest } from '../shared/request';
import { eventOption } from '../shared/triggerOutput';
import { outseta, outsetaTime } from './shared/api';
import { accountStageOptions } from './shared/descriptions';

const PAGE_SIZE = 100;

const EVENTS: Record<string, string> = {
	newPerson: '/crm/people',
	newAccount: '/crm/accounts',
};

/** Newest and since-cursor reads of one Outseta list, ordered by `Created`. */
function createdFeed(context: IPollFunctions, path: string, filters: IDataObject): TimestampFeed {
	const list = async (qs: IDataObject) => {
		const body = await vendorRequest.call(context, outseta, { method: 'GET', path, qs: { ...filters, ...qs } });
		return { records: outseta.paging!.records(body), total: outseta.paging!.total?.(body) };
	};
	return {
		newest: async (limit) =>
			(await list({ orderBy: 'Created DESC', limit, offset: 0 })).records,
		since: async (since, page) => {
			const { records, total } = await list({
				Created__gte: since,
				orderBy: 'Created ASC',
				limit: PAGE_SIZE,
				offset: page,
			});
			const more =
				records.length === PAGE_SIZE && (total === undefined || (page + 1) * PAGE_SIZE < total);
			return { records, more };
		},
		id: (record) => String(record.Uid),
		time: (record) => record.Created,
	};
}

/** An event that emits the new records of its list as they are. */
const newRecordEvent = (option: { name: string; value: string; description: string }) =>
	eventOption(option, { method: 'GET', path: EVENTS[option.value], items: (body) => outseta.paging!.records(body) });

export class OutsetaTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Outseta Trigger',
		name: 'outsetaTrigger',
		icon: { light: 'file:../../icons/outseta.svg', dark: 'file:../../icons/outseta.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow when people or accounts are added in Outseta',
		defaults: { name: 'Outseta Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'outsetaApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					newRecordEvent({ name: 'New Account', value: 'newAccount', description: 'An account was created' }),
					newRecordEvent({ name: 'New Person', value: 'newPerson', description: 'A person was created' }),
				],
				default: 'newPerson',
			},
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				displayOptions: { show: { event: ['newAccount'] } },
				options: [
					{
						displayName: 'Account Stage',
						name: 'AccountStage',
						type: 'options',
						options: accountStageOptions,
						default: 2,
						description: 'Only accounts created in this stage',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		const filters =
			event === 'newAccount' ? (this.getNodeParameter('filters', {}) as IDataObject) : {};
		const path = EVENTS[event];
		return await pollNewByTimestamp.call(this, createdFeed(this, path, filters), {
			key: `${event}${JSON.stringify(filters)}`,
			codec: outsetaTime,
			onUnreadableTime: (record) =>
				this.logger.warn(`Outseta Trigger: record ${String(record.Uid)} has no readable creation time; emitted anyway`),
		});
	}
}
