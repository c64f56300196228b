import type { IDataObject, IHttpRequestMethods, INodePropertyOptions } from 'n8n-workflow';

/**
 * What one trigger event emits, for tools that describe a trigger's output without running it
 * (the output-schema generator): the request the trigger reads, whose saved example responses
 * are the sample answers, and the items the trigger makes of one answer with its default settings.
 */
export interface EventOutput {
	method: IHttpRequestMethods;
	/** Path below the API root, `{param}` for path parameters, e.g. `/crm/people`. */
	path: string;
	items: (body: unknown) => IDataObject[];
}

const outputsByOption = new WeakMap<INodePropertyOptions, EventOutput>();

/** An option of a trigger's Event parameter, remembered with what the event emits. */
export function eventOption(option: INodePropertyOptions, output: EventOutput): INodePropertyOptions {
	outputsByOption.set(option, output);
	return option;
}

export function eventOutputOf(option: INodePropertyOptions): EventOutput | undefined {
	return outputsByOption.get(option);
}
