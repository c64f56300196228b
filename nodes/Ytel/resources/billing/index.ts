import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { fieldCollection, queryTop, type YtelField } from '../../numbers/fields';
import { ytel } from '../../shared/api';

export const usageStart: YtelField = { key: 'startDate', label: 'Start Date', kind: 'day', required: true, description: 'First day of the report (UTC)' };
export const usageEnd: YtelField = { key: 'endDate', label: 'End Date', kind: 'day', required: true, description: 'Last day of the report (UTC); at most 90 days after the start' };

const getUsage = defineOperation(ytel, {
	value: 'getUsage',
	name: 'Get Usage',
	action: 'Get the usage report',
	description: 'Usage and cost per service between two days (at most 90 days), one item per line of the report',
	method: 'GET',
	path: '/v4/billing/report',
	properties: [
		queryTop(usageStart),
		queryTop(usageEnd),
		fieldCollection({
			displayName: 'Options',
			name: 'options',
			target: 'query',
			fields: [{ key: 'accountSid', label: 'Account SID', kind: 'text', placeholder: 'e.g. 173c6f7f-c911-f823-fb2d-a13e4780c300', description: 'A sub-account to report on instead of your own' }],
		}),
	],
});

export const billing: ResourceSpec = { name: 'Billing', value: 'billing', operations: [getUsage], defaultOperation: getUsage.spec.value };
