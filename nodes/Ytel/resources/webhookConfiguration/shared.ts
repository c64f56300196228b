import type { INodeProperties } from 'n8n-workflow';
import { keyValueBodyField, locatorField } from '../../../shared/fields';
import { text } from '../common';

export const configuration = locatorField({
	displayName: 'Webhook Configuration',
	name: 'callbackId',
	noun: 'webhook configuration',
	searchListMethod: 'searchWebhookConfigurations',
	idPlaceholder: 'e.g. b490c8e0-24ff-11eb-9ddd-a51d8cc0e304',
	description: 'The webhook configuration (its ID)',
});

/** The configuration's fields; `collection` names the collection they sit in (updates). */
export function configurationFields(collection?: string): INodeProperties[] {
	const pairs = (displayName: string, name: string, description: string, namePlaceholder: string) =>
		keyValueBodyField({ displayName, name, collection, target: name, description, namePlaceholder });
	return [
		text('Event Type', 'eventType', 'e.g. campaign_workflow_callback', { description: 'The event that calls the webhook, e.g. campaign_workflow_callback' }),
		text('Name', 'name', 'e.g. server callback'),
		{ displayName: 'Enabled', name: 'enabled', type: 'boolean', default: true, description: 'Whether Ytel calls the webhook', routing: { send: { type: 'body', property: 'enabled' } } },
		text('URL', 'url', 'e.g. https://www.example.com/callbackUrl', { description: 'The address Ytel calls' }),
		{
			displayName: 'HTTP Method',
			name: 'httpMethod',
			type: 'options',
			options: ['GET', 'POST', 'PUT'].map((method) => ({ name: method, value: method })),
			default: 'POST',
			routing: { send: { type: 'body', property: 'httpMethod' } },
		},
		text('Content Type', 'contentType', 'e.g. JSON', { description: 'The format of the body Ytel sends, e.g. JSON' }),
		pairs('Headers', 'headers', 'Headers Ytel sends with each call', 'e.g. Content-Type'),
		text('Body Template', 'bodyTemplate', 'e.g. { "user": "%CONTACT_ID%" }', { typeOptions: { rows: 3 }, description: 'The body Ytel sends; %VARIABLES% are filled in' }),
		text('Success Path', 'successPath', 'e.g. $.status', { description: 'A JSONPath into the answer that tells success' }),
		text('Success Value', 'successValue', 'e.g. true', { description: 'The value at the success path that means success' }),
		pairs('Response Mapping', 'responseMapping', 'Contact variables filled from the answer: variable name and JSONPath', 'e.g. firstname'),
		text('Common Configuration ID', 'callbackServerConfigId', 'e.g. 355c2d70-408a-11eb-bf2c-419a0ebdd348', { description: 'A webhook common configuration (shared headers and credentials) to use' }),
	];
}
