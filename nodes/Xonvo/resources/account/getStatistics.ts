import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { formatInZone, instantOf } from '../../../shared/dates';
import { defineOperation } from '../../../shared/operations';
import { xonvo } from '../../shared/api';
import { accountIdField } from '../../shared/descriptions';

/** A range bound as XONVO's statistics take it: ISO-8601 with the workflow timezone's offset. */
function rangeBound(displayName: string, name: 'from' | 'to', description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'dateTime',
		default: '',
		description,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const raw = this.getNodeParameter(`options.${name}`, '');
						if (raw === '' || raw === null || raw === undefined) return requestOptions;
						const millis = instantOf(raw, this.getTimezone());
						if (millis === undefined) {
							throw new NodeOperationError(this.getNode(), `"${displayName}" is not a date: "${String(raw)}"`, {
								itemIndex: this.getItemIndex(),
							});
						}
						requestOptions.qs = { ...requestOptions.qs, [name]: formatInZone(millis, this.getTimezone(), 'yyyy-MM-ddTHH:mm:ss.SSSXXX') };
						return requestOptions;
					},
				],
			},
		},
	};
}

export const getStatistics = defineOperation(xonvo, {
	value: 'getStatistics',
	name: 'Get Statistics',
	action: 'Get the statistics of an account',
	description: 'Lead, engagement, unsubscribe and delivery counts of an account, optionally for leads acquired in a period',
	method: 'GET',
	path: '/accounts/{accountId}/statistics',
	properties: [
		accountIdField,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				rangeBound('From', 'from', 'Count only leads acquired at or after this time'),
				rangeBound('To', 'to', 'Count only leads acquired at or before this time'),
			],
		},
	],
});
