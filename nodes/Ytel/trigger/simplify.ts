/**
 * Simplify for the Ytel Trigger: the fields a workflow uses, with Ytel's epoch milliseconds and
 * version-1 time-UUIDs decoded by the shared codecs into ISO-8601 UTC times. Without Simplify the
 * record is output as Ytel sends it (raw milliseconds and UUIDs).
 */
import type { IDataObject } from 'n8n-workflow';
import { epochMillis, isoTimestamps, timeUuidMillis } from '../../shared/poll';
import type { YtelEvent } from './events';

/** Call logs write `createdTime`/`startTime`/`endTime` as `YYYY-MM-DD HH:mm:ss` in UTC. */
const utcText = isoTimestamps({ zonelessAs: 'utc', writeZone: true });

const iso = (millis: number | undefined) => (millis === undefined ? null : new Date(millis).toISOString());
/** An epoch-ms field as an ISO time; null when missing or unreadable. */
const fromMillis = (value: unknown) => iso(epochMillis.parse(value));
/** The creation time a version-1 time-UUID holds, as an ISO time; null for anything else. */
const fromTimeUuid = (value: unknown) => iso(timeUuidMillis(value));
const fromUtcText = (value: unknown) => iso(utcText.parse(value));

const asObject = (value: unknown): IDataObject => (value && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : {});
const orNull = (value: unknown) => (value === undefined ? null : value);

function pick(record: IDataObject, fields: string[]): IDataObject {
	return Object.fromEntries(fields.map((field) => [field, orNull(record[field])]));
}

function simplifyInboundSms(record: IDataObject): IDataObject {
	return {
		...pick(record, ['smsSid', 'from', 'to', 'body', 'direction', 'status', 'smsType', 'fromCountry', 'toCountry', 'termCarrier', 'errorMessage', 'metaData']),
		date: fromMillis(record.date),
	};
}

function simplifyCall(record: IDataObject): IDataObject {
	return {
		...pick(record, ['callSid', 'from', 'to', 'direction', 'status', 'type', 'duration', 'callDuration', 'durationBilled', 'cost']),
		date: fromMillis(record.date),
		startTime: fromUtcText(record.startTime),
		endTime: fromUtcText(record.endTime),
	};
}

function simplifyRecording(record: IDataObject): IDataObject {
	return {
		...pick(record, ['recordingSid', 'callSid', 'recordingDirection', 'duration', 'recordingUrl']),
		recordingDate: fromMillis(record.recordingDate),
	};
}

/** An inbox entry: its message (`event`) flattened beside the entry's status. */
function simplifyInboxMessage(record: IDataObject): IDataObject {
	const event = asObject(record.event);
	return {
		...pick(record, ['time', 'contactId', 'status', 'open', 'type']),
		...pick(event, ['messageId', 'direction', 'from', 'to', 'body', 'mediaUrl']),
		timestamp: fromMillis(record.timestamp),
	};
}

function simplifyContact(record: IDataObject): IDataObject {
	return {
		...pick(record, ['contactId', 'created', 'extData', 'keys', 'dnc', 'timezone']),
		createdAt: fromTimeUuid(record.created),
	};
}

function simplifyNumber(record: IDataObject): IDataObject {
	return {
		...pick(record, ['phoneNumber', 'phoneSid', 'region', 'timezone', 'numberType', 'attributes', 'voiceUrl', 'smsUrl']),
		purchaseDate: fromMillis(record.purchaseDate),
		renewalDate: fromMillis(record.renewalDate),
	};
}

export const SIMPLIFY: Record<YtelEvent, (record: IDataObject) => IDataObject> = {
	newInboundSms: simplifyInboundSms,
	newInboxMessage: simplifyInboxMessage,
	newCall: simplifyCall,
	newRecording: simplifyRecording,
	newContact: simplifyContact,
	newNumber: simplifyNumber,
};
