import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { formatInZone, instantOf } from '../../shared/dates';

/** XONVO's lead acquisition time: `MM-dd-yyyy HH:mm:ss`, in the workflow's timezone. */
export const LEAD_TIMESTAMP = /^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}$/;

/**
 * A lead's `timestamp` as XONVO takes it. Text already in XONVO's format passes through; any other
 * date (a Date & Time field, ISO text, `{{ $now }}`) is written in the workflow's timezone; blank
 * means now.
 */
export function leadTimestamp(value: unknown, timeZone: string, now = Date.now()): string | undefined {
	if (typeof value === 'string' && LEAD_TIMESTAMP.test(value.trim())) return value.trim();
	const blank = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
	const millis = blank ? now : instantOf(value, timeZone);
	return millis === undefined ? undefined : formatInZone(millis, timeZone, 'MM-dd-yyyy HH:mm:ss');
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value).trim());

/**
 * XONVO's rules for one lead, checked before anything is sent: names up to 250 characters, phone
 * up to 100, a timestamp in XONVO's format, `state` and `city` or a `zip`, and a Jornaya lead id or
 * a TrustedForm id. `where` names the lead in the message (e.g. "Lead 3 of 500: ").
 */
export function checkLead(
	context: IExecuteSingleFunctions,
	lead: IDataObject,
	where = '',
	options: { consentAndPlace: boolean } = { consentAndPlace: true },
): void {
	const fail = (field: string, problem: string) => {
		throw new NodeOperationError(context.getNode(), `${where}"${field}" ${problem}`, {
			itemIndex: context.getItemIndex(),
			description: 'Nothing was sent to XONVO.',
		});
	};
	for (const [key, label, max] of [
		['firstName', 'First Name', 250],
		['lastName', 'Last Name', 250],
		['phone', 'Phone', 100],
	] as const) {
		const value = text(lead[key]);
		if (!value) fail(label, 'is required');
		if (value.length > max) fail(label, `is longer than ${max} characters (${value.length})`);
	}
	if (!text(lead.timestamp)) fail('Acquired At', 'is required');
	if (!LEAD_TIMESTAMP.test(text(lead.timestamp))) fail('Acquired At', `must be a date (XONVO format MM-dd-yyyy HH:mm:ss), not "${text(lead.timestamp)}"`);
	if (!options.consentAndPlace) return;
	if (!text(lead.zip) && !(text(lead.state) && text(lead.city))) fail('Zip', 'is required unless both State and City are given');
	if (!text(lead.jornayaLeadId) && !text(lead.trustedFormId)) fail('Jornaya Lead ID', 'or "TrustedForm ID" is required');
}

/** The typed lead fields XONVO documents, in the order most users fill them. */
export const LEAD_FIELDS: Array<{ key: string; label: string; placeholder: string; description?: string }> = [
	{ key: 'externalId', label: 'External ID', placeholder: 'e.g. CRM-4711', description: 'Your own id for the lead; later actions on the lead use it' },
	{ key: 'email', label: 'Email', placeholder: 'e.g. name@email.com' },
	{ key: 'state', label: 'State', placeholder: 'e.g. WA', description: 'State name or abbreviation; with City, or give a Zip' },
	{ key: 'city', label: 'City', placeholder: 'e.g. Seattle' },
	{ key: 'zip', label: 'Zip', placeholder: 'e.g. 98121', description: 'Required unless State and City are given' },
	{ key: 'street', label: 'Street', placeholder: 'e.g. 2nd Avenue 1200' },
	{ key: 'jornayaLeadId', label: 'Jornaya Lead ID', placeholder: 'e.g. 095796C6-4D33-A73C-7BCE-D5563F59E778', description: 'Consent record; a Jornaya lead ID or a TrustedForm ID is required' },
	{ key: 'trustedFormId', label: 'TrustedForm ID', placeholder: 'e.g. 0b7c2f0e1d…', description: 'Consent record; a Jornaya lead ID or a TrustedForm ID is required' },
	{ key: 'agentExternalId', label: 'Agent External ID', placeholder: 'e.g. agent-7', description: 'External ID of an agent added earlier with Agent: Create' },
	{ key: 'sourceId', label: 'Source ID', placeholder: 'e.g. spring-campaign' },
	{ key: 'ipAddress', label: 'IP Address', placeholder: 'e.g. 192.168.3.2' },
];

/** Where a lead lives and its consent record: XONVO needs one of each pair, so they sit on top. */
export const PLACE_AND_CONSENT = ['state', 'city', 'zip', 'jornayaLeadId', 'trustedFormId'];

export const placeAndConsentNotice: INodeProperties = {
	displayName: 'XONVO needs State and City, or a Zip; and a Jornaya Lead ID or a TrustedForm ID',
	name: 'placeAndConsentNotice',
	type: 'notice',
	default: '',
};

function textField({ key, label, placeholder, description }: (typeof LEAD_FIELDS)[number]): INodeProperties {
	return { displayName: label, name: key, type: 'string', default: '', placeholder, ...(description ? { description } : {}) };
}

/** State, City, Zip and the consent ids, in that order. */
export function placeAndConsentFields(): INodeProperties[] {
	return PLACE_AND_CONSENT.map((key) => textField(LEAD_FIELDS.find((field) => field.key === key)!));
}

/** The other documented lead fields (External ID, Email, Street, agent, source, IP address). */
export function leadTextFields(): INodeProperties[] {
	return LEAD_FIELDS.filter((field) => !PLACE_AND_CONSENT.includes(field.key)).map(textField);
}
