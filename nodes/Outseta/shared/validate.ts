import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** The value at a dotted body path (`Subscriptions.0.Plan.Uid`), or undefined. */
export function bodyValue(body: unknown, path: string): unknown {
	return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as IDataObject)[key] : undefined), body);
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Refuses the request by field name, before anything is sent. */
export function refuse(context: IExecuteSingleFunctions, message: string, description = 'Nothing was sent to Outseta.'): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex: context.getItemIndex(), description });
}

/** Each `[path, label]` must hold a value in the body. */
export function requireInBody(context: IExecuteSingleFunctions, body: unknown, fields: Array<[string, string]>): void {
	for (const [path, label] of fields) {
		if (isBlank(bodyValue(body, path))) refuse(context, `"${label}" is required`, `Enter a value for "${label}". Nothing was sent to Outseta.`);
	}
}
