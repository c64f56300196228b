import type { INodeProperties } from 'n8n-workflow';
import { keyValueBodyField, locatorField } from '../../../shared/fields';
import { text } from '../common';

export const configuration = locatorField({
	displayName: 'Common Configuration',
	name: 'callbackAuthId',
	noun: 'common configuration',
	searchListMethod: 'searchWebhookCommonConfigurations',
	idPlaceholder: 'e.g. 355c2d70-408a-11eb-bf2c-419a0ebdd348',
	description: 'The webhook common configuration (its ID)',
});

/** Name, description, headers and the authentication headers Ytel stores encrypted. */
export function commonFields(collection?: string): INodeProperties[] {
	return [
		text('Name', 'name', 'e.g. Example config'),
		text('Description', 'description', 'e.g. Configuration for talking to example server'),
		keyValueBodyField({ displayName: 'Headers', name: 'headers', collection, target: 'headers', description: 'Headers sent with every webhook using this configuration', namePlaceholder: 'e.g. Content-type' }),
		keyValueBodyField({
			displayName: 'Authentication Headers',
			name: 'authHeaders',
			collection,
			target: 'authHeaders',
			description: 'Credentials sent with every webhook (Ytel stores them encrypted)',
			namePlaceholder: 'e.g. Authentication',
		}),
	];
}
