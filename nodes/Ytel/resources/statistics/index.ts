import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { fieldCollection, queryTop, type YtelField } from '../../numbers/fields';
import { ytel } from '../../shared/api';

const start: YtelField = { key: 'startTimeMs', name: 'statsStart', label: 'Start', kind: 'epochMs', required: true, description: 'Start of the period (sent as epoch milliseconds)' };
const end: YtelField = { key: 'endTimeMs', name: 'statsEnd', label: 'End', kind: 'epochMs', required: true, description: 'End of the period (sent as epoch milliseconds)' };
const period = [queryTop(start), queryTop(end)];
const grouping: YtelField = { key: 'grouping', label: 'Grouping', kind: 'text', placeholder: 'e.g. phoneNumber', description: 'What the statistics are grouped by' };

const getAggregate = defineOperation(ytel, {
	value: 'getAggregate',
	name: 'Get Aggregate',
	action: 'Get aggregate statistics',
	description: 'Account statistics over a period, in buckets of some minutes',
	method: 'GET',
	path: '/v4/statistics/aggregate',
	properties: [
		...period,
		fieldCollection({
			displayName: 'Options',
			name: 'aggregateOptions',
			target: 'query',
			fields: [{ key: 'minutesAggregate', label: 'Minutes per Bucket', kind: 'number', default: 60 }],
		}),
	],
});

const getHourly = defineOperation(ytel, {
	value: 'getHourly',
	name: 'Get Hourly by Number',
	action: 'Get hourly statistics of numbers',
	description: 'Hourly statistics of the account\'s numbers over a period',
	method: 'GET',
	path: '/v4/statistics/numbers/hourly',
	properties: [
		...period,
		fieldCollection({
			displayName: 'Options',
			name: 'hourlyOptions',
			target: 'query',
			fields: [
				grouping,
				{ key: 'phoneNumber', label: 'Number', kind: 'phone' },
				{ key: 'campaignId', label: 'Campaign ID', kind: 'text', placeholder: 'e.g. 24926fc0-f1b4-11ec-9ba5-8f09fd1b1f8d' },
			],
		}),
	],
});

const getCommunications = defineOperation(ytel, {
	value: 'getCommunications',
	name: 'Get Communications',
	action: 'Get communication statistics',
	description: 'Calls and messages aggregated over a period, filtered by spend, duration, numbers or WebRTC clients',
	method: 'GET',
	path: '/v4/statistics/communications/aggregate',
	properties: [
		...period,
		fieldCollection({
			displayName: 'Options',
			name: 'communicationOptions',
			target: 'query',
			fields: [
				grouping,
				{ key: 'aggregatePeriod', label: 'Aggregate Period', kind: 'text', placeholder: 'e.g. HOUR' },
				{ key: 'minSpend', label: 'Min Spend', kind: 'number' },
				{ key: 'maxSpend', label: 'Max Spend', kind: 'number' },
				{ key: 'minDuration', label: 'Min Duration', kind: 'number', description: 'In seconds' },
				{ key: 'maxDuration', label: 'Max Duration', kind: 'number', description: 'In seconds' },
				{ key: 'phoneNumbers', label: 'Numbers', kind: 'phones' },
				{ key: 'webrtcClientIds', label: 'WebRTC Client IDs', kind: 'list', placeholder: 'e.g. client-1, client-2', description: 'Comma-separated' },
				{ key: 'numberSetId', label: 'Number Set', kind: 'options', loadOptions: 'getNumberSets' },
				{ key: 'sortByHourMs', label: 'Sort by Hour', kind: 'text', placeholder: 'e.g. true' },
			],
		}),
	],
});

export const statistics: ResourceSpec = {
	name: 'Statistics',
	value: 'statistics',
	operations: [getAggregate, getHourly, getCommunications],
	defaultOperation: getAggregate.spec.value,
};
