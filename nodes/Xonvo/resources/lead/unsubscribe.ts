import { defineOperation } from '../../../shared/operations';
import { xonvo } from '../../shared/api';
import { accountIdField, leadExternalIdField } from '../../shared/descriptions';

const byId = { by: ['externalId'] };

export const unsubscribe = defineOperation(xonvo, {
	value: 'unsubscribe',
	name: 'Unsubscribe',
	action: 'Unsubscribe a lead',
	description: 'Stop XONVO from contacting a lead again, found by phone number or by External ID',
	method: 'PUT',
	path: { by: 'by', paths: { phone: '/lead/unsubscribe', externalId: '/accounts/{accountId}/leads/{leadExternalId}/unsubscribe' } },
	properties: [
		{
			displayName: 'Find Lead By',
			name: 'by',
			type: 'options',
			noDataExpression: true,
			default: 'phone',
			options: [
				{ name: 'Phone', value: 'phone', description: 'In every account of this user' },
				{ name: 'External ID', value: 'externalId', description: 'In one account' },
			],
		},
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. +13331118888',
			description: 'The phone number the lead was added with, country code included',
			displayOptions: { show: { by: ['phone'] } },
			routing: { send: { type: 'query', property: 'phone', value: '={{ String($value).trim() }}' } },
		},
		{ ...accountIdField, displayOptions: { show: byId } },
		{ ...leadExternalIdField, displayOptions: { show: byId } },
	],
});
