import type { IDataObject, IHttpRequestMethods, INodePropertyOptions } from 'n8n-workflow';

/*
 * A trigger's `description` is also its vendor's entry in n8n's nodes panel (n8n merges the action
 * node and the trigger there and shows the trigger's text, above the list of actions too). Word it
 * as "<Vendor>, <what the vendor is, in its own words>: starts a workflow on …";
 * test/shared/trigger-descriptions.test.ts holds every vendor's row.
 */

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
