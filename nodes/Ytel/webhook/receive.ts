import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { EMPTY_INBOUND_XML, isNumberEvent, type WebhookEvent } from './events';
import { SECRET_PARAMETER, stateOf } from './setup';

/** Compares without stopping at the first different character (no timing hint to a guesser). */
function sameSecret(given: string, kept: string): boolean {
	if (!kept || given.length !== kept.length) return false;
	let difference = 0;
	for (let index = 0; index < kept.length; index++) difference |= given.charCodeAt(index) ^ kept.charCodeAt(index);
	return difference === 0;
}

/**
 * A call to the trigger's URL. Without the secret: 403 and nothing starts. With it: Ytel is answered
 * at once (its SMS and voice URLs take InboundXML: an empty `<Response>` that does nothing more) and
 * the workflow starts with what Ytel sent, as received.
 */
export async function receive(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const response = this.getResponseObject();
	const given = String((this.getParamsData() as IDataObject)[SECRET_PARAMETER] ?? '');
	if (!sameSecret(given, stateOf(this).secret ?? '')) {
		response.writeHead(403, { 'Content-Type': 'application/json' });
		response.end(JSON.stringify({ message: 'Forbidden' }));
		return { noWebhookResponse: true };
	}
	const event = this.getNodeParameter('event') as WebhookEvent;
	if (isNumberEvent(event)) {
		response.writeHead(200, { 'Content-Type': 'text/xml' });
		response.end(EMPTY_INBOUND_XML);
	} else {
		response.writeHead(200, { 'Content-Type': 'application/json' });
		response.end(JSON.stringify({ received: true }));
	}
	const body = this.getBodyData();
	const simplify = this.getNodeParameter('simplify', true) !== false;
	const json: IDataObject = simplify ? body : { body, query: this.getQueryData() as IDataObject, headers: this.getHeaderData() as IDataObject };
	return { noWebhookResponse: true, workflowData: [[{ json }]] };
}
