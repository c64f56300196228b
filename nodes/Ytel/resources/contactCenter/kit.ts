import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { jsonBodyField, limitField, locatorField, queryField, returnAllField } from '../../../shared/fields';
import { refuse, sendAs } from '../campaignKit';

/** Shared fields of the contact-centre administration (YCC) resources. */

/** A text field sent in the body under Ytel's own name (`bodyKey`); optional and blank: not sent. */
export function bodyText(displayName: string, name: string, bodyKey: string, placeholder: string, extra: Partial<INodeProperties> = {}): INodeProperties {
	return sendAs({ displayName, name, type: 'string', default: '', placeholder, ...extra } as INodeProperties, bodyKey);
}

/** A required text field sent in the body. */
export const requiredBodyText = (displayName: string, name: string, bodyKey: string, placeholder: string, extra: Partial<INodeProperties> = {}) =>
	bodyText(displayName, name, bodyKey, placeholder, { required: true, ...extra });

/** A whole number sent in the body. */
export function bodyNumber(displayName: string, name: string, bodyKey: string, description: string): INodeProperties {
	return sendAs({ displayName, name, type: 'number', default: 0, description } as INodeProperties, bodyKey);
}

/** A Yes/No setting, sent as Ytel writes it: `Y` or `N`. */
export function bodyYesNo(displayName: string, name: string, bodyKey: string, description: string, defaultValue: 'Y' | 'N' = 'Y'): INodeProperties {
	return sendAs(
		{
			displayName,
			name,
			type: 'options',
			options: [
				{ name: 'Yes', value: 'Y' },
				{ name: 'No', value: 'N' },
			],
			default: defaultValue,
			description,
		} as INodeProperties,
		bodyKey,
	);
}

/** A required identifier sent as the query parameter `queryKey` (e.g. `campaign_id`). */
export function requiredQueryText(displayName: string, name: string, queryKey: string, placeholder: string, description: string): INodeProperties {
	return queryField({ displayName, name, type: 'string', default: '', required: true, placeholder, description }, queryKey);
}

/** More settings as a JSON object merged into the body after the typed fields (Ytel's own field names). */
export function settingsJson(displayName: string, name: string, example: string, what: string, collection?: string): INodeProperties {
	return jsonBodyField({ displayName, name, description: `${what}, as a JSON object with Ytel's field names, e.g. ${example}` }, collection);
}

/** Return All and Limit of a YCC list. */
export const ccListFields = (hint?: string): INodeProperties[] => [hint ? { ...returnAllField, hint } : returnAllField, limitField];

/** A number (DID) as Ytel's contact centre writes it: digits only, e.g. 12223334444 (a leading + and separators dropped). */
export function didDigits(this: IExecuteSingleFunctions, value: unknown, label: string): string {
	const digits = String(value ?? '')
		.trim()
		.replace(/^\+/, '')
		.replace(/[\s().-]/g, '');
	if (!/^\d{3,15}$/.test(digits)) {
		refuse(this, `"${label}" must be a phone number in digits, e.g. 12223334444`, 'Nothing was sent to Ytel.');
	}
	return digits;
}

/** Pickers of the contact centre's records (From List, By ID). */
export const agentLocator = (name: string, displayName = 'Agent', description = 'The agent, by their user ID') =>
	locatorField({ displayName, name, noun: 'agent', searchListMethod: 'searchCcAgents', idPlaceholder: 'e.g. 1010', description });
export const agentGroupLocator = (name: string, displayName = 'Agent Group', description = 'The agent group, by its ID') =>
	locatorField({ displayName, name, noun: 'agent group', searchListMethod: 'searchCcAgentGroups', idPlaceholder: 'e.g. SALES', description });
export const inboundQueueLocator = (name: string, displayName = 'Inbound Queue', description = 'The inbound queue, by its ID (group ID)') =>
	locatorField({ displayName, name, noun: 'inbound queue', searchListMethod: 'searchCcInboundQueues', idPlaceholder: 'e.g. SUPPORT', description });
export const campaignLocator = locatorField({
	displayName: 'Campaign',
	name: 'campaignId',
	noun: 'campaign',
	searchListMethod: 'searchCcCampaigns',
	idPlaceholder: 'e.g. SALES01',
	description: 'The dialer campaign, by its ID',
});
export const voicemailLocator = locatorField({
	displayName: 'Voicemail Box',
	name: 'voicemailId',
	noun: 'voicemail box',
	searchListMethod: 'searchCcVoicemails',
	idPlaceholder: 'e.g. 8001',
	description: 'The voicemail box, by its ID',
});
