import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { mergeBody } from './body';
import type { IdSend } from './ids';
import { readDay } from './read';
import { DAY } from './units';

/** A day sent as `YYYY-MM-DD` in the body or the query, from a date field (in `collection`, if any). */
export function dayField(options: {
	displayName: string;
	name: string;
	description: string;
	send: IdSend;
	required?: boolean;
	collection?: string;
}): INodeProperties {
	const parameterPath = options.collection ? `${options.collection}.${options.name}` : options.name;
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'dateTime',
		default: '',
		...(options.required ? { required: true } : {}),
		description: `${options.description} (${DAY})`,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const day = readDay(this, `"${options.displayName}"`, this.getNodeParameter(parameterPath, ''));
						if (day === undefined) return requestOptions;
						if (options.send.type === 'body') return mergeBody(requestOptions, { [options.send.property]: day });
						requestOptions.qs = { ...requestOptions.qs, [options.send.property]: day };
						return requestOptions;
					},
				],
			},
		},
	};
}
