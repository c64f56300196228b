/**
 * The Ytel Webhook Trigger's events. Ytel calls a URL in two ways: a number's own callback URLs
 * (Edit Number: SMS, voice and hang-up), and callback configurations that a campaign workflow
 * step calls (`eventType: campaign_workflow_callback`).
 */
export type WebhookEvent = 'inboundSms' | 'inboundCall' | 'callEnded' | 'campaignCallback';
export type NumberEvent = Exclude<WebhookEvent, 'campaignCallback'>;

/** The pair of Edit Number fields an event points at n8n: the URL and its HTTP method. */
export interface NumberUrlField {
	url: 'smsUrl' | 'voiceUrl' | 'hangupCallbackUrl';
	method: 'smsMethod' | 'voiceMethod' | 'hangupCallbackMethod';
	/** What the number sends there, for messages. */
	what: string;
}

export const NUMBER_URL_FIELDS: Record<NumberEvent, NumberUrlField> = {
	inboundSms: { url: 'smsUrl', method: 'smsMethod', what: 'incoming messages' },
	inboundCall: { url: 'voiceUrl', method: 'voiceMethod', what: 'incoming calls' },
	callEnded: { url: 'hangupCallbackUrl', method: 'hangupCallbackMethod', what: 'ended calls' },
};

export const NUMBER_EVENTS = Object.keys(NUMBER_URL_FIELDS) as NumberEvent[];

export const isNumberEvent = (event: WebhookEvent): event is NumberEvent => event in NUMBER_URL_FIELDS;

/**
 * Every field Edit Number takes (its description's list). The trigger sends them all, as read, with
 * only its own pair changed: the collection shows Edit Number with the whole set, never a part.
 */
export const EDITABLE_NUMBER_FIELDS = [
	'friendlyName',
	'hangupCallbackUrl',
	'hangupCallbackMethod',
	'heartbeatUrl',
	'heartbeatMethod',
	'smsUrl',
	'smsMethod',
	'smsFallbackUrl',
	'smsFallbackMethod',
	'voiceUrl',
	'voiceMethod',
	'voiceFallbackUrl',
	'voiceFallbackMethod',
] as const;

/** Ytel's answer to a number's SMS or voice URL: InboundXML that does nothing more. */
export const EMPTY_INBOUND_XML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

/**
 * Contact fields a campaign callback can carry, as Ytel's body-template placeholders. `%CONTACT_ID%`
 * and `%PHONENUMBER1%` are the collection's; the others follow the same form for the contact's
 * data fields (INFERRED: the collection names no list of placeholders).
 */
export const CALLBACK_FIELDS: Array<{ name: string; value: string; key: string }> = [
	{ name: 'Contact ID', value: 'CONTACT_ID', key: 'contactId' },
	{ name: 'Phone Number', value: 'PHONENUMBER1', key: 'phoneNumber' },
	{ name: 'First Name', value: 'FIRSTNAME', key: 'firstName' },
	{ name: 'Last Name', value: 'LASTNAME', key: 'lastName' },
	{ name: 'Email', value: 'EMAIL1', key: 'email' },
];
