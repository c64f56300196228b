'use strict';
/**
 * Ytel's records and the handlers of the 104 part-1 requests (issue 18).
 *
 * Records are seeded from the collection's saved examples, each as its example shows it (Ytel's
 * services differ in which keys they send: a number set in a list has no `phoneNumbers`, a single
 * one no URLs, so every record keeps its own keys and answers carry only keys an example shows).
 * Where examples of one record disagree (a record recorded before and after an edit), the seed
 * holds the state the read examples show; the notes (YTEL_NOTES.md) list each choice.
 *
 * Every answer is the envelope `{status, count, page, payload[]}`; `count` is the size of this
 * payload, `page` is 1; bulk answers (purchase, move) also carry `error[]`. Errors are HTTP 200
 * with `status:false` and `error[{code, message, moreInfo}]` (code a string).
 *
 * INFERRED where the collection shows no answer (24 requests without an example, listed in the
 * notes): their answers are envelopes of the record the request describes.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { timeUuid, timeOf, ticksOf } = require('./timeuuid');
const { parseMultipart, parseCsv } = require('./multipart');

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const ACCOUNT_SID = '173c6f7f-c911-f823-fb2d-a13e4780c300';
const MAX_LOG_LIMIT = 5000;
const MAX_SEARCH_SIZE = 10000;
const MAX_CONTACT_LIST = 1000;
const MAX_USAGE_DAYS = 90;
const MAX_EXPORT_DAYS = 92;
const E164 = /^\+[1-9]\d{6,14}$/;

const clone = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

function loadExamples() {
	const examples = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'ytel', 'examples.json'), 'utf8'));
	return new Map(examples.map((example) => [example.name, example]));
}

/** A Ytel error as the envelope carries it; thrown by handlers, answered with HTTP 200. */
class YtelError extends Error {
	constructor(code, message, moreInfo) {
		super(message);
		this.code = String(code);
		this.moreInfo = moreInfo;
	}
}
const notFound = (what) => new YtelError('404', 'Not Found', what);
const invalid = (moreInfo) => new YtelError('400', 'Bad Request', moreInfo);

function errorObject(code, message, moreInfo) {
	return moreInfo === undefined ? { code: String(code), message } : { code: String(code), message, moreInfo };
}

function envelopeError(code, message, moreInfo) {
	return { status: false, count: 0, page: 1, payload: [], error: [errorObject(code, message, moreInfo)] };
}

/** Strips the simulator's own `$` fields from a stored record. */
function view(record) {
	return Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('$')));
}

function envelope(records, { errors } = {}) {
	const payload = records.map((record) => (record && typeof record === 'object' && !Array.isArray(record) ? view(record) : record));
	const body = { status: true, count: payload.length, page: 1, payload };
	if (errors) body.error = errors;
	return body;
}

/** `YYYY-MM-DD` or `YYYYMMDD` (both appear in the collection) → the UTC day's start in ms. */
function parseDay(value, name) {
	const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(String(value));
	const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
	if (Number.isNaN(ms) || new Date(ms).getUTCDate() !== Number(match[3])) throw invalid(`${name} must be a date as YYYY-MM-DD`);
	return ms;
}
const DAY = 86_400_000;
const dayOf = (ms) => new Date(ms).toISOString().slice(0, 10);
const compactDay = (ms) => dayOf(ms).replace(/-/g, '');
const sqlTime = (ms) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

function readLimit(value, fallback, max, name = 'limit') {
	if (value === undefined || value === '') return fallback;
	const limit = Number(value);
	if (!Number.isInteger(limit) || limit < 1) throw invalid(`${name} must be a positive whole number`);
	if (limit > max) throw invalid(`${name} must be at most ${max}`);
	return limit;
}

function readOffset(value) {
	if (value === undefined || value === '') return 0;
	const offset = Number(value);
	if (!Number.isInteger(offset) || offset < 0) throw invalid('offset must be a whole number');
	return offset;
}

function requireE164(value, name) {
	if (typeof value !== 'string' || !E164.test(value)) throw invalid(`${name} must be a phone number in E.164 format (e.g. +15551234567)`);
	return value;
}

const asList = (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const isTrue = (value) => value === true || value === 'true';

/** Time zone ids (Get Timezones) by ZIP's first digit and by North American area code. */
const ZIP_TIMEZONES = { 0: -20, 1: -20, 2: -20, 3: -20, 4: -20, 5: -24, 6: -24, 7: -24, 8: -28, 9: -32 };
const AREA_TIMEZONES = { 201: -20, 212: -20, 305: -20, 312: -24, 406: -28, 415: -32, 513: -20, 602: -29, 619: -32, 714: -32, 909: -32, 949: -32, 951: -32, 989: -20 };

function contactTimezone(extData) {
	const zip = String(extData.zip1 ?? '');
	if (/^\d{5}/.test(zip)) return ZIP_TIMEZONES[zip[0]];
	const phone = String(extData.phonenumber1 ?? '');
	const area = /^\+1(\d{3})/.exec(phone)?.[1];
	return AREA_TIMEZONES[area] ?? -128;
}

const MIME_TYPES = { wav: 'audio/wave', mp3: 'audio/mpeg', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', pdf: 'application/pdf' };

function createStore({ now }) {
	const examples = loadExamples();
	const payloadOf = (name) => clone(examples.get(name).response.body.payload);
	const firstOf = (name) => payloadOf(name)[0];
	let state;
	let uuidSequence = 0;
	let phoneCounter = 0;
	/** A time-UUID for a record made now (or at `ms`); a counter keeps UUIDs of one millisecond in order. */
	const newTimeUuid = (ms = now()) => timeUuid(ms, uuidSequence++ % 10000);

	function seed({ empty = false } = {}) {
		phoneCounter = 0;
		state = {
			contacts: new Map(),
			assets: new Map(),
			numbers: new Map(),
			available: [],
			shortcodes: new Map(),
			numberSets: new Map(),
			templates: new Map(),
			webhookAuth: new Map(),
			webhookConfig: new Map(),
			campaigns: new Map(),
			workflows: new Map(),
			runners: new Map(),
			schedules: new Map(),
			savedQueries: new Map(),
			inboxes: new Map(),
			inbox: [],
			conversation: [],
			smsLogs: [],
			callLogs: [],
			recordings: [],
			carrierLogs: [],
			carrierLookups: new Map(),
			debugLogs: new Map(),
			dnc: [],
			usage: payloadOf('Get Usage'),
			timezones: payloadOf('Get Timezones'),
			campaignReport: payloadOf('Get Report'),
			exports: [],
			paging: { inboxOnePerConversation: true },
		};
		// Reference data every account has.
		for (const record of payloadOf('Get Available Numbers')) state.available.push(record);
		if (empty) return;

		for (const record of [...payloadOf('Get Contacts'), firstOf('Search Contacts')]) state.contacts.set(record.contactId, record);
		// INFERRED: the contact the runner, campaign-send and notes examples name (no example shows it).
		state.contacts.set('da54d682-4d48-4f13-a4ee-07c850c05bb8', {
			accountSid: ACCOUNT_SID,
			contactId: 'da54d682-4d48-4f13-a4ee-07c850c05bb8',
			created: '8f8dad90-2dcb-11eb-8aec-370be68b78ad',
			dnc: 0,
			timezone: -32,
			extData: { firstname: 'Roy', lastname: 'Tester', phonenumber1: '+19492221234' },
			keys: ['+19492221234'],
		});

		for (const record of [...payloadOf('Get Assets'), firstOf('Delete Asset')]) state.assets.set(`${record.type}/${record.name}`, record);

		for (const record of [...payloadOf('Get Numbers'), firstOf('Get Number'), firstOf('Assign WebRTC Number')]) state.numbers.set(record.phoneNumber, record);
		// The Get Number example's accountSid has a typo (…-fn2d-…): it is this account's number.
		state.numbers.get('+19495065906').accountSid = ACCOUNT_SID;
		// +19892001234: the whole record as Move Numbers shows it, in the state Edit Number answers.
		state.numbers.set('+19892001234', { ...firstOf('Move Numbers'), ...firstOf('Edit Number'), accountSid: ACCOUNT_SID });
		// The webrtc example answers the number after assignment; before it, nobody is assigned.
		delete state.numbers.get('+12513561234').assignedUser;
		// INFERRED: the number the collection's Release Number request releases (no example shows it).
		state.numbers.set('+12012281234', { ...firstOf('Get Numbers'), phoneSid: 'c3a1e2f0-55cb-11eb-941b-9bda39f83b79', phoneNumber: '+12012281234', region: 'US-NJ' });
		state.shortcodes.set('12345', firstOf('Edit Shortcode'));

		for (const record of [...payloadOf('Get Number Sets'), firstOf('Get Number Set')]) state.numberSets.set(record.numberSetId, record);
		// INFERRED: the set the collection's Purchase Number request names (no example shows it).
		const purchaseSetId = examples.get('Purchase Number').request.body.numberSetId;
		state.numberSets.set(purchaseSetId, { accountSid: ACCOUNT_SID, numberSetId: purchaseSetId, name: 'Purchases', phoneNumbers: [] });
		for (const record of [...payloadOf('Get Templates'), firstOf('Get Template')]) state.templates.set(record.templateId, record);
		for (const record of [...payloadOf('Get All Webhook Common Configurations'), firstOf('Get Webhook Common Configuration by Id')]) {
			state.webhookAuth.set(record.id, record);
		}
		for (const record of [...payloadOf('Get All Webhook Configurations'), firstOf('Get Webhook Configuration by Id')]) {
			state.webhookConfig.set(record.id, record);
		}
		for (const record of [...payloadOf('Get Campaigns'), firstOf('Get Campaign')]) state.campaigns.set(record.campaignId, record);
		// INFERRED: the campaign the workflow and runner examples belong to (no example shows it).
		const workflow = firstOf('Get Workflow');
		state.campaigns.set(workflow.campaignId, {
			...firstOf('Get Campaign'),
			campaignId: workflow.campaignId,
			campaignName: 'Workflow campaign',
			workflowVersion: workflow.version,
		});
		state.workflows.set(workflow.campaignId, workflow);
		const runner = firstOf('Get Campaign Runner');
		state.runners.set(runner.batchId, { ...runner, $contactIds: ['da54d682-4d48-4f13-a4ee-07c850c05bb8'], $sent: 0 });

		state.inbox.push(firstOf('Get inbox'));
		state.inboxes.set(ACCOUNT_SID, { accountSid: ACCOUNT_SID, name: ACCOUNT_SID, displayName: 'Default', clientIds: [] });
		state.conversation.push(firstOf('Get Conversation'));
		state.callLogs.push(firstOf('Get Call Logs'));
		state.smsLogs.push(firstOf('Get SMS Logs'));
		// The saved recording names its call `…-9c73e7c6b19r` (not a UUID); the request it answers asks for `…-9c73e7c6b190`.
		state.recordings.push({ ...firstOf('Call Recordings'), callSid: examples.get('Call Recordings').recorded.query.callSid });
		const carrier = firstOf('Get Carrier');
		state.carrierLookups.set(carrier.phoneNumber, carrier);
		state.carrierLogs.push(clone(carrier));
		state.debugLogs.set('6be998f3-d47e-4b17-b80b-0456cf070179', payloadOf('Get Debug logs'));
	}

	// ------------------------------------------------------------ helpers

	const visible = (record) => !record.$hidden && !record.$archived;

	function requireRecord(map, id, what) {
		const record = map.get(id);
		if (!record) throw notFound(`${what} ${id} not found`);
		return record;
	}

	function requireCampaign(campaignId) {
		return requireRecord(state.campaigns, campaignId, 'Campaign');
	}

	function contactByKey(key) {
		return [...state.contacts.values()].find((contact) => visible(contact) && contact.keys?.includes(key));
	}

	function newContact(extData, keys) {
		const ms = now();
		const contact = {
			accountSid: ACCOUNT_SID,
			contactId: crypto.randomUUID(),
			created: newTimeUuid(ms),
			dnc: 0,
			timezone: contactTimezone(extData),
			extData: { ...extData },
			keys: [...new Set(keys)],
		};
		state.contacts.set(contact.contactId, contact);
		return contact;
	}

	function readExtData(body) {
		const extData = body.extData ?? {};
		if (typeof extData !== 'object' || Array.isArray(extData)) throw invalid('extData must be an object');
		return extData;
	}

	function readKeys(value, name = 'keys') {
		if (value === undefined || value === null) return [];
		if (!Array.isArray(value) || value.some((key) => typeof key !== 'string')) throw invalid(`${name} must be a list of strings`);
		return value;
	}

	/** Statement search: every statement must hold (`equal`/`equals`, `contains`, `exists`; `negated`). */
	function matchesStatements(contact, statements) {
		return statements.every((statement) => {
			const value = contact.extData?.[statement.variable];
			let result;
			switch (statement.operation) {
				case 'equal':
				case 'equals':
					result = value !== undefined && String(value).toLowerCase() === String(statement.value ?? '').toLowerCase();
					break;
				case 'contains':
					result = value !== undefined && String(value).toLowerCase().includes(String(statement.value ?? '').toLowerCase());
					break;
				case 'exists':
					result = value !== undefined && value !== '';
					break;
				default:
					throw invalid(`operation must be equal, equals, contains or exists (got ${statement.operation})`);
			}
			return statement.negated === true ? !result : result;
		});
	}

	function readStatements(value) {
		if (!Array.isArray(value)) throw invalid('statements must be a list');
		for (const statement of value) {
			if (!statement || typeof statement.variable !== 'string' || !statement.variable) throw invalid('each statement needs a variable');
		}
		return value;
	}

	const byCreated = (a, b) => (ticksOf(a.created) < ticksOf(b.created) ? -1 : ticksOf(a.created) > ticksOf(b.created) ? 1 : 0);

	function searchContacts(body) {
		const keys = readKeys(body.keys);
		const contacts = [...state.contacts.values()].filter(visible).sort(byCreated);
		// Key search wins when both are given (the request's description).
		if (keys.length) return contacts.filter((contact) => contact.keys?.some((key) => keys.includes(key)));
		const statements = body.statements === undefined ? [] : readStatements(body.statements);
		const size = readLimit(body.size, MAX_SEARCH_SIZE, Number.MAX_SAFE_INTEGER, 'size');
		return contacts.filter((contact) => matchesStatements(contact, statements)).slice(0, Math.min(size, MAX_SEARCH_SIZE));
	}

	/** Window of UTC days [startDate, endDate] (both inclusive); today when missing. */
	function dayWindow(query, { requireEnd = false } = {}) {
		const today = Math.floor(now() / DAY) * DAY;
		const start = query.startDate ? parseDay(query.startDate, 'startDate') : today;
		const end = query.endDate ? parseDay(query.endDate, 'endDate') : requireEnd ? start : Math.max(start, today);
		if (end < start) throw invalid('endDate must not be before startDate');
		return { from: start, to: end + DAY };
	}

	function filterLog(records, query) {
		const filters = ['direction', 'status', 'type', 'campaignId', 'to', 'from'].filter((name) => query[name] !== undefined && query[name] !== '');
		return records.filter((record) => filters.every((name) => String(record[name] ?? record.metaData?.[name] ?? '') === query[name]));
	}

	/** Call and SMS logs: a UTC date window, `limit` (≤ 5000) and `offset`, oldest first. */
	function dateWindowPage(records, query, sidKey) {
		const { from, to } = dayWindow(query);
		const limit = readLimit(query.limit, 100, MAX_LOG_LIMIT);
		const offset = readOffset(query.offset);
		const inWindow = filterLog(
			records.filter((record) => !record.$hidden && record.date >= from && record.date < to),
			query,
		).sort((a, b) => a.date - b.date || String(a[sidKey]).localeCompare(String(b[sidKey])));
		return envelope(inWindow.slice(offset, offset + limit));
	}

	/** Keyset after the record whose `key` is `cursor` in the ordered list (none found: nothing after). */
	function after(records, key, cursor) {
		if (cursor === undefined || cursor === '') return records;
		const index = records.findIndex((record) => record[key] === cursor);
		return index < 0 ? [] : records.slice(index + 1);
	}

	function inboxEntries(query) {
		const inboxName = query.inbox || ACCOUNT_SID;
		const limit = readLimit(query.limit, 100, MAX_LOG_LIMIT);
		let from;
		let to = now() + 1;
		if (query.startDate || query.endDate) {
			({ from, to } = dayWindow(query));
		} else {
			const days = query.days === undefined || query.days === '' ? 30 : Number(query.days);
			if (!Number.isFinite(days) || days <= 0) throw invalid('days must be a positive number');
			from = now() - days * DAY;
		}
		const openFilter = query.open === undefined || query.open === '' ? 'open' : query.open;
		const before = query.lastTime ? ticksOf(query.lastTime) : null;
		if (query.lastTime && before < 0n) throw invalid('lastTime must be a time-UUID');
		let entries = state.inbox.filter((entry) => !entry.$hidden && entry.inbox === inboxName);
		if (state.paging.inboxOnePerConversation) {
			// One entry per conversation: its last event (the request's description).
			const latest = new Map();
			for (const entry of entries) {
				const known = latest.get(entry.contactId);
				if (!known || ticksOf(entry.time) > ticksOf(known.time)) latest.set(entry.contactId, entry);
			}
			entries = [...latest.values()];
		}
		entries = entries
			.filter((entry) => entry.timestamp >= from && entry.timestamp < to)
			.filter((entry) => openFilter === 'all' || entry.open === openFilter)
			.filter((entry) => before === null || ticksOf(entry.time) < before)
			.sort((a, b) => (ticksOf(b.time) > ticksOf(a.time) ? 1 : ticksOf(b.time) < ticksOf(a.time) ? -1 : 0));
		return envelope(entries.slice(0, limit));
	}

	function numberSnapshot(record) {
		return { accountSid: record.accountSid, phoneSid: record.phoneSid, phoneNumber: record.phoneNumber, renewalDate: record.renewalDate, numberType: record.numberType };
	}

	const NUMBER_URL_FIELDS = [
		'friendlyName',
		'voiceUrl',
		'voiceMethod',
		'voiceFallbackUrl',
		'voiceFallbackMethod',
		'smsUrl',
		'smsMethod',
		'smsFallbackUrl',
		'smsFallbackMethod',
		'heartbeatUrl',
		'heartbeatMethod',
		'hangupCallbackUrl',
		'hangupCallbackMethod',
	];
	const EDIT_NUMBER_KEYS = Object.keys(firstOf('Edit Number'));
	const NUMBER_SET_FIELDS = ['name', 'forwardNumber', 'callerIdName', ...NUMBER_URL_FIELDS.filter((field) => field !== 'friendlyName'), 'keywordActions'];

	function purchasedNumber(phoneNumber, numberSetId) {
		const offer = state.available.find((candidate) => candidate.phoneNumber === phoneNumber);
		const template = firstOf('Get Numbers');
		const ms = now();
		const record = {
			...clone(template),
			accountSid: ACCOUNT_SID,
			phoneSid: newTimeUuid(ms),
			phoneNumber,
			voiceUrl: '',
			voiceMethod: 'POST',
			renewalDate: ms + 30 * DAY,
			purchaseDate: ms,
			region: offer?.region ?? template.region,
			timezone: offer?.timezone ?? template.timezone,
			attributes: clone(offer?.attributes ?? template.attributes),
			numberType: offer?.numberType ?? 1,
		};
		if (numberSetId) record.$numberSetId = numberSetId;
		return record;
	}

	function availableFor(areaCode, size, type) {
		const wanted = { sms: 'sms-enabled', voice: 'voice-enabled', mms: 'mms-enabled' }[type];
		const pool = state.available.filter((offer) => offer.phoneNumber.startsWith(`+1${areaCode}`) && !state.numbers.has(offer.phoneNumber));
		const offers = pool.filter((offer) => !wanted || offer.attributes.includes(wanted));
		// INFERRED: other area codes offer made-up numbers of the same shape.
		for (let index = 0; offers.length < size && index < 50; index++) {
			const phoneNumber = `+1${areaCode}555${String(100 + index).padStart(4, '0')}`;
			if (state.numbers.has(phoneNumber) || offers.some((offer) => offer.phoneNumber === phoneNumber)) continue;
			const offer = { phoneNumber, region: 'US', timezone: AREA_TIMEZONES[areaCode] ?? -128, attributes: ['voice-enabled', 'sms-enabled'], numberType: 1 };
			state.available.push(offer);
			offers.push(offer);
		}
		return offers.slice(0, size);
	}

	function smsLogFor({ messageSid, from, to, text, direction, metadata, ms }) {
		return {
			...firstOf('Get SMS Logs'),
			accountSid: ACCOUNT_SID,
			yearMonthDay: compactDay(ms),
			smsSid: messageSid,
			body: text,
			direction,
			from,
			to,
			smsType: direction === 'inbound' ? 'si' : 'so',
			metaData: metadata ?? {},
			paccountSid: ACCOUNT_SID,
			date: ms,
		};
	}

	function conversationEvent({ contactId, messageId, from, to, direction, body, type = 'sms', ms, status }) {
		return {
			accountSid: ACCOUNT_SID,
			contactId,
			time: messageId,
			event: { messageId, to, from, direction, body, tags: [], attributes: { phonenumber1: direction === 'in' ? from : to }, version: '', type, time: ms },
			status,
			type,
		};
	}

	function inboxEntry({ contact, messageId, from, to, direction, body, ms, status = 'unread', open = 'open', inbox = ACCOUNT_SID }) {
		return {
			accountSid: ACCOUNT_SID,
			inbox,
			partition: Number(compactDay(ms)),
			time: messageId,
			timestamp: ms,
			contact: {
				accountSid: ACCOUNT_SID,
				contactId: contact.contactId,
				created: contact.created,
				lastUsed: messageId,
				lastInbox: inbox,
				lastMethod: 'sms',
				extData: clone(contact.extData),
				keys: clone(contact.keys),
				eventCount: 0,
				dnc: contact.dnc,
			},
			contactId: contact.contactId,
			event: { body, mediaUrl: '', type: 'sms', messageId, direction, attributes: { phonenumber1: direction === 'in' ? from : to }, to, from, time: ms },
			source: { sourceId: 'fsi' },
			status,
			open,
			type: 'sms',
		};
	}

	function contactForPhone(phone) {
		return contactByKey(phone) ?? newContact({ phonenumber1: phone }, [phone]);
	}

	/** An outbound SMS: its log record and its conversation event. */
	function recordOutboundSms({ from, to, text, metadata, contactId }) {
		const ms = now();
		const messageSid = newTimeUuid(ms);
		state.smsLogs.push(smsLogFor({ messageSid, from, to, text, direction: 'outbound', metadata, ms }));
		const contact = contactId ? state.contacts.get(contactId) : contactForPhone(to);
		if (contact) state.conversation.push(conversationEvent({ contactId: contact.contactId, messageId: messageSid, from, to, direction: 'out', body: text, ms, status: 'sent' }));
		return { messageSid, ms };
	}

	function encryptHeader(value) {
		const iv = crypto.randomBytes(16);
		const cipher = crypto.createCipheriv('aes-256-cbc', crypto.createHash('sha256').update('sim-ytel-callback-key').digest(), iv);
		return Buffer.concat([iv.subarray(0, 8), cipher.update(String(value)), cipher.final()]).toString('base64');
	}

	function writeWebhookAuth(record, body) {
		for (const field of ['name', 'description']) if (body[field] !== undefined) record[field] = body[field];
		if (body.headers !== undefined) record.headers = clone(body.headers);
		// Stored encrypted (API_FACTS §4.7): the answer shows ciphertext, never the secret.
		if (body.authHeaders !== undefined) record.authHeaders = Object.fromEntries(Object.entries(body.authHeaders).map(([key, value]) => [key, encryptHeader(value)]));
		return record;
	}

	const WEBHOOK_FIELDS = ['eventType', 'name', 'callbackServerConfigId', 'enabled', 'headers', 'url', 'httpMethod', 'contentType', 'bodyTemplate', 'responseMapping', 'successPath', 'successValue'];

	function writeWebhookConfig(record, body) {
		for (const field of WEBHOOK_FIELDS) if (body[field] !== undefined) record[field] = clone(body[field]);
		return record;
	}

	const CAMPAIGN_FIELDS = ['campaignName', 'numberSet', 'timezoneProtectionType', 'timezoneProtectionTimezoneFixed', 'timezoneProtectionStartTime', 'timezoneProtectionEndTime', 'workflowDisplayType'];

	function writeCampaign(record, body) {
		for (const field of CAMPAIGN_FIELDS) {
			if (body[field] === undefined) continue;
			// Times are sent as HH:mm:ss and answered as HH:mm (Edit Campaign's example).
			record[field] = /Time$/.test(field) ? String(body[field]).slice(0, 5) : body[field];
		}
		return record;
	}

	function runnerContacts(body) {
		if (body.contactIds !== undefined) return readKeys(body.contactIds, 'contactIds');
		if (body.statements !== undefined) return searchContacts({ statements: body.statements, size: MAX_SEARCH_SIZE }).map((contact) => contact.contactId);
		throw invalid('contactIds or statements is required');
	}

	function requireRunner(params) {
		requireCampaign(params.campaignId);
		const runner = requireRecord(state.runners, params.batchId, 'Runner');
		if (runner.campaignId !== params.campaignId) throw notFound(`Runner ${params.batchId} not found in campaign ${params.campaignId}`);
		return runner;
	}

	function readUpload(context, fileField) {
		const form = parseMultipart(context.req.headers['content-type'], context.rawBody);
		if (!form) throw invalid('the request must be multipart/form-data');
		const file = form.files[fileField] ?? Object.values(form.files)[0];
		return { form, file };
	}

	function dncRows(endpoint, selectors, subtypes) {
		const rows = [];
		for (const selector of selectors) {
			if (selector !== 'CUSTOMER_GLOBAL') requireE164(selector, 'selector');
			for (const subtype of subtypes) {
				if (!['sms', 'call', 'bypass'].includes(subtype)) throw invalid('subtype must be sms, call or bypass');
				const known = state.dnc.find((row) => row.endpoint === endpoint && row.selector === selector && row.subtype === subtype);
				const row = known ?? { accountSid: ACCOUNT_SID, endpoint, selector, subtype, created: now() };
				if (!known) state.dnc.push(row);
				rows.push(row);
			}
		}
		return rows;
	}

	// ------------------------------------------------------------ handlers (row name → handler)

	const handlers = {
		// ---- AI/ML
		'Reword text': ({ body }) => {
			if (typeof body.text !== 'string' || !body.text.trim()) throw invalid('text is required');
			// INFERRED: no example; the reworded text comes back in `text`.
			return envelope([{ text: body.text.replace(/\s+/g, ' ').trim(), type: body.type ?? 'sms' }]);
		},

		// ---- Assets
		'Get Assets': ({ query }) => {
			const assets = [...state.assets.values()].filter((asset) => !query.type || asset.type === query.type);
			return envelope(assets);
		},
		'Upload Asset': (context) => {
			const { form, file } = readUpload(context, '');
			const type = form.fields.type;
			const name = form.fields.name || file?.filename;
			if (!type || !name) throw invalid('type and name are required');
			if (!file) throw invalid('a file is required');
			const key = `${type}/${name}`;
			const ms = now();
			const known = state.assets.get(key);
			const extension = name.split('.').pop().toLowerCase();
			const record = {
				accountSid: ACCOUNT_SID,
				type,
				name,
				description: known?.description ?? null,
				creationDate: known?.creationDate ?? ms,
				modificationDate: ms,
				status: 1,
				publicUrl: `https://client-assets.ytel.com/${crypto.randomUUID()}.${extension}`,
				duration: 0,
				mimeType: MIME_TYPES[extension] ?? file.contentType,
				size: Buffer.byteLength(file.text),
			};
			if (context.req.method === 'PUT' && !known) throw notFound(`Asset ${key} not found`);
			state.assets.set(key, record);
			return envelope([record]);
		},
		'Delete Asset': ({ params }) => {
			const key = `${params.type}/${params.name}`;
			const asset = requireRecord(state.assets, key, 'Asset');
			state.assets.delete(key);
			return envelope([asset]);
		},

		// ---- Billing
		'Get Usage': ({ query }) => {
			if (!query.startDate || !query.endDate) throw invalid('startDate and endDate are required');
			const { from, to } = dayWindow(query, { requireEnd: true });
			if ((to - from) / DAY > MAX_USAGE_DAYS) throw invalid(`the date range must not exceed ${MAX_USAGE_DAYS} days`);
			return envelope(clone(state.usage));
		},

		// ---- Carrier
		'Get Carrier': ({ params }) => {
			const phoneNumber = requireE164(params.phoneNumber, 'phoneNumber');
			const ms = now();
			const known = state.carrierLookups.get(phoneNumber);
			// INFERRED values for numbers the examples do not show.
			const record = known ?? {
				apiVersion: '4',
				carrierSid: newTimeUuid(ms),
				phoneNumber,
				network: 'Simulated Network',
				company: 'Simulated Carrier LLC',
				wireless: true,
				zipCode: '00000',
				city: 'Unknown',
				state: 'NA',
				country: 'US',
				status: true,
				dateCreated: new Date(ms).toISOString(),
				date: ms,
			};
			state.carrierLookups.set(phoneNumber, record);
			state.carrierLogs.push({ ...clone(record), carrierSid: known ? newTimeUuid(ms) : record.carrierSid, date: ms });
			return envelope([record]);
		},

		// ---- Contacts
		'Get Contacts': () => envelope([...state.contacts.values()].filter(visible).sort(byCreated).slice(0, MAX_CONTACT_LIST)),
		'Add Contact': ({ body }) => {
			const extData = readExtData(body);
			const keys = readKeys(body.keys);
			for (const key of keys) {
				const holder = contactByKey(key);
				if (holder) throw new YtelError('409', 'Conflict', `key ${key} belongs to contact ${holder.contactId}`);
			}
			return envelope([newContact(extData, keys)]);
		},
		'Search Contacts': ({ body }) => envelope(searchContacts(body)),
		'Upload Contacts': (context) => {
			const mode = context.query.conflictMode ?? 'REPLACE';
			if (!['REPLACE', 'REJECT', 'APPEND', 'OVERWRITE'].includes(mode)) throw invalid('conflictMode must be REPLACE, REJECT, APPEND or OVERWRITE');
			const { file } = readUpload(context, 'parts');
			if (!file) throw invalid('a CSV file is required in "parts"');
			const rows = parseCsv(file.text);
			const contactIds = {};
			const errors = {};
			rows.forEach((row, index) => {
				const line = String(index + 1);
				const extData = Object.fromEntries(Object.entries(row).filter(([, value]) => value !== ''));
				const keys = extData.phonenumber1 ? [extData.phonenumber1] : [];
				const holder = keys.length ? contactByKey(keys[0]) : undefined;
				if (holder && mode === 'REJECT') {
					errors[line] = `key ${keys[0]} belongs to contact ${holder.contactId}`;
					return;
				}
				if (holder) {
					holder.extData = mode === 'APPEND' ? { ...extData, ...holder.extData } : mode === 'OVERWRITE' ? { ...holder.extData, ...extData } : extData;
					contactIds[line] = holder.contactId;
				} else contactIds[line] = newContact(extData, keys).contactId;
			});
			const failed = Object.keys(errors).length;
			return envelope([{ processedRows: rows.length, successRows: rows.length - failed, failedRows: failed, contactIds, errors: failed ? errors : null }]);
		},
		'Edit Contact': ({ params, body }) => {
			const contact = requireRecord(state.contacts, params.contactId, 'Contact');
			const mode = body.conflictMode ?? 'REPLACE';
			if (!['REPLACE', 'REJECT', 'APPEND', 'OVERWRITE'].includes(mode)) throw invalid('conflictMode must be REPLACE, REJECT, APPEND or OVERWRITE');
			const keys = readKeys(body.keys);
			const rmkeys = readKeys(body.rmkeys, 'rmkeys');
			for (const key of keys) {
				const holder = contactByKey(key);
				if (holder && holder !== contact) throw new YtelError('409', 'Conflict', `key ${key} belongs to contact ${holder.contactId}`);
			}
			if (body.extData !== undefined && body.extData !== null) {
				const extData = readExtData(body);
				if (mode === 'REJECT' && Object.keys(extData).some((key) => key in contact.extData)) throw new YtelError('409', 'Conflict', 'conflictMode REJECT: the contact already has these fields');
				contact.extData = mode === 'REPLACE' ? { ...extData } : mode === 'APPEND' ? { ...extData, ...contact.extData } : { ...contact.extData, ...extData };
				contact.timezone = contactTimezone(contact.extData);
			}
			const previous = contact.keys ?? [];
			if (body.keys !== undefined && body.keys !== null) {
				// The keys sent replace the old ones; `rmkeys` in the answer lists the keys removed (Edit Contact's example).
				contact.keys = [...new Set(keys)];
			} else contact.keys = previous.filter((key) => !rmkeys.includes(key));
			const removed = previous.filter((key) => !contact.keys.includes(key));
			if (removed.length) contact.rmkeys = removed;
			return envelope([contact]);
		},
		'Archive Contact': ({ params }) => {
			const contact = requireRecord(state.contacts, params.contactId, 'Contact');
			contact.$archived = true;
			return envelope([contact]);
		},
		'Get Contact': ({ params }) => envelope([requireRecord(state.contacts, params.contactId, 'Contact')]),
		'Unarchive Contact': ({ params }) => {
			const contact = requireRecord(state.contacts, params.contactId, 'Contact');
			delete contact.$archived;
			return envelope([contact]);
		},

		// ---- DNC (no examples: INFERRED answers, one row per selector and channel)
		'Add Dnc': ({ body }) => {
			const endpoint = requireE164(body.endpoint, 'endpoint');
			const selectors = asList(body.selectors ?? body.selector ?? 'CUSTOMER_GLOBAL');
			const subtypes = asList(body.subtypes ?? body.subtype ?? 'sms');
			return envelope(dncRows(endpoint, selectors, subtypes));
		},
		'Upload DNC': (context) => {
			// One handler for both collection rows (same method and path): a `callback` query makes it asynchronous.
			const { file } = readUpload(context, 'file');
			if (!file) throw invalid('a file is required in "file"');
			const lines = file.text.split(/\r?\n/).map((line) => line.split(',')[0].trim()).filter((line) => line && line !== 'endpoint');
			const payload = [];
			const errors = [];
			lines.forEach((line, index) => {
				if (!E164.test(line)) errors.push(errorObject('400', 'Bad Request', `row ${index + 1}: ${line} is not in E.164 format`));
				else payload.push(...dncRows(line, ['CUSTOMER_GLOBAL'], ['sms']));
			});
			return envelope(payload, { errors });
		},
		'Check DNC': ({ params }) => {
			const endpoint = requireE164(params.endpoint, 'endpoint');
			return envelope(state.dnc.filter((row) => row.endpoint === endpoint && row.selector === params.selector && row.subtype === params.subtype));
		},

		// ---- Inbox
		'Get inbox': ({ query }) => inboxEntries(query),
		'Get Inbox Names': () => envelope([...state.inboxes.values()]),
		'Update Inbox status': ({ body }) => {
			const entry = state.inbox.find((candidate) => candidate.time === body.time && candidate.inbox === (body.inbox || ACCOUNT_SID));
			if (!entry) throw notFound(`Inbox event ${body.time} not found`);
			if (body.status !== undefined) {
				if (!['read', 'unread'].includes(body.status)) throw invalid('status must be read or unread');
				entry.status = body.status;
			}
			if (body.open !== undefined) {
				if (!['open', 'closed'].includes(body.open)) throw invalid('open must be open or closed');
				entry.open = body.open;
			}
			return envelope([entry]);
		},
		'Get Conversation': ({ query }) => {
			if (!query.contactId) throw invalid('contactId is required');
			const size = readLimit(query.size, 1000, MAX_SEARCH_SIZE, 'size');
			const before = query.lastId ? ticksOf(query.lastId) : null;
			if (query.lastId && before < 0n) throw invalid('lastId must be a time-UUID');
			const events = state.conversation
				.filter((event) => !event.$hidden && event.contactId === query.contactId && (before === null || ticksOf(event.time) < before))
				.sort((a, b) => (ticksOf(b.time) > ticksOf(a.time) ? 1 : ticksOf(b.time) < ticksOf(a.time) ? -1 : 0));
			return envelope(events.slice(0, size));
		},
		'Send Message': ({ body }) => {
			const to = requireE164(body.to, 'to');
			const from = requireE164(body.from, 'from');
			if (!body.text && !body.mediaUrl) throw invalid('text or mediaUrl is required');
			const metadata = { ...body.metadata };
			const { messageSid, ms } = recordOutboundSms({ from, to, text: body.text ?? '', metadata, contactId: metadata.contactId && state.contacts.has(metadata.contactId) ? metadata.contactId : undefined });
			const request = {
				callbackUrl: null,
				detaillogResponseFormat: 'response_format',
				dlrEnabled: true,
				accountSid: ACCOUNT_SID,
				messageSid,
				source: { sourceId: body.source?.sourceId ?? 'fsi', clientId: '24554439-118f-4265-bde9-0789702990ae' },
				from,
				numberSetId: body.numberSetId ?? null,
				to,
				contactId: body.contactId ?? null,
				text: body.text ?? null,
				metadata: { repliedToMessageTime: metadata.repliedToMessageTime ?? null, currentMessageTime: null, contactId: metadata.contactId ?? null, publish: metadata.publish ?? false, origin: 'inbox' },
				mediaUrl: body.mediaUrl ?? null,
				sms: !body.mediaUrl,
				mms: Boolean(body.mediaUrl),
			};
			return envelope([{ request, messageSid, scheduledTime: Math.floor(ms / 1000), messageCount: Math.max(1, Math.ceil(String(body.text ?? '').length / 160)), responseStatus: true }]);
		},
		'Create Inbox': ({ body }) => {
			if (typeof body.name !== 'string' || !body.name) throw invalid('name is required');
			if (state.inboxes.has(body.name)) throw new YtelError('409', 'Conflict', `inbox ${body.name} exists`);
			const inbox = { accountSid: ACCOUNT_SID, name: body.name, displayName: body.displayName ?? body.name, clientIds: readKeys(body.clientIds, 'clientIds') };
			state.inboxes.set(inbox.name, inbox);
			return envelope([inbox]);
		},
		'Delete Inbox': ({ params }) => {
			const inbox = requireRecord(state.inboxes, params.inboxName, 'Inbox');
			if (params.inboxName === ACCOUNT_SID) throw invalid('the default inbox cannot be deleted');
			state.inboxes.delete(params.inboxName);
			return envelope([inbox]);
		},
		'Update Inbox': ({ params, body }) => {
			const inbox = requireRecord(state.inboxes, params.inboxName, 'Inbox');
			if (body.displayName !== undefined) inbox.displayName = body.displayName;
			if (body.clientIds !== undefined) inbox.clientIds = readKeys(body.clientIds, 'clientIds');
			return envelope([inbox]);
		},
		'Add conversation notes': ({ body }) => {
			requireRecord(state.contacts, body.contactId, 'Contact');
			const ms = now();
			const event = conversationEvent({ contactId: body.contactId, messageId: newTimeUuid(ms), from: body.from, to: body.to, direction: 'out', body: body.notes ?? '', type: 'note', ms, status: 'sent' });
			state.conversation.push(event);
			return envelope([event]);
		},
		'Add conversation external event': ({ body }) => {
			requireRecord(state.contacts, body.contactId, 'Contact');
			const ms = now();
			const event = conversationEvent({ contactId: body.contactId, messageId: newTimeUuid(ms), from: body.from, to: body.to, direction: 'in', body: body.description ?? '', type: 'external', ms, status: 'received' });
			if (body.url) event.event.url = body.url;
			state.conversation.push(event);
			return envelope([event]);
		},

		// ---- Logs
		'Get Call Logs': ({ query }) => dateWindowPage(state.callLogs, query, 'callSid'),
		'Get SMS Logs': ({ query }) => dateWindowPage(state.smsLogs, query, 'smsSid'),
		'Get Call Detail Log': ({ params }) => {
			const record = state.callLogs.find((candidate) => !candidate.$hidden && candidate.callSid === params.callSid);
			if (!record) throw notFound(`Call ${params.callSid} not found`);
			return envelope([record]);
		},
		'Get SMS Detail Log': ({ params }) => {
			const record = state.smsLogs.find((candidate) => !candidate.$hidden && candidate.smsSid === params.smsSid);
			if (!record) throw notFound(`Message ${params.smsSid} not found`);
			return envelope([record]);
		},
		'Call Recordings': ({ query }) => {
			const limit = readLimit(query.limit, 100, MAX_LOG_LIMIT);
			let records = state.recordings.filter((record) => !record.$hidden);
			if (query.callSid) records = records.filter((record) => record.callSid === query.callSid);
			if (query.recordingSid) records = records.filter((record) => record.recordingSid === query.recordingSid);
			if (query.startDate) {
				// With a callSid the date is the call's day; alone it is the first day (API_FACTS §4.3).
				const start = parseDay(query.startDate, 'startDate');
				records = records.filter((record) => record.recordingDate >= start && (!query.callSid || record.recordingDate < start + DAY));
			}
			records.sort((a, b) => a.recordingDate - b.recordingDate || String(a.callSid).localeCompare(String(b.callSid)));
			return envelope(after(records, 'callSid', query.lastCallSid).slice(0, limit));
		},
		'Get Carrier Lookup logs': ({ query }) => {
			const { from, to } = dayWindow(query);
			const limit = readLimit(query.limit, 100, MAX_LOG_LIMIT);
			const records = state.carrierLogs
				.filter((record) => !record.$hidden && record.date >= from && record.date < to)
				.sort((a, b) => a.date - b.date || (ticksOf(a.carrierSid) < ticksOf(b.carrierSid) ? -1 : 1));
			return envelope(after(records, 'carrierSid', query.lastId).slice(0, limit));
		},
		'Get Debug logs': ({ params }) => envelope(state.debugLogs.get(params.id) ?? []),
		'Export CDR/MDR Logs': ({ body }) => {
			if (typeof body.email !== 'string' || !body.email.includes('@')) throw invalid('email is required');
			const start = parseDay(body.startdate, 'startdate');
			const end = parseDay(body.enddate, 'enddate');
			if (end < start) throw invalid('enddate must not be before startdate');
			if ((end - start) / DAY > MAX_EXPORT_DAYS) throw invalid('the date range must not exceed 3 months');
			if (!['1', '2'].includes(String(body.type))) throw invalid('type must be 1 (calls) or 2 (SMS)');
			const logId = crypto.randomBytes(16).toString('hex');
			state.exports.push({ logId, ...body });
			// The legacy wrapper the export example shows (its only body).
			return { status: 200, body: { Message360: { ResponseStatus: 1, Message: { ApiVersion: '4', LogID: logId, Status: 'processing' } } } };
		},

		// ---- Numbers
		'Get Numbers': ({ query }) => {
			const size = readLimit(query.size ?? query.pageSize, 100, MAX_LOG_LIMIT, 'size');
			let numbers = [...state.numbers.values()].filter((number) => !number.$hidden && number.accountSid === ACCOUNT_SID).sort((a, b) => a.phoneNumber.localeCompare(b.phoneNumber));
			if (query.nextKey) {
				const last = Buffer.from(query.nextKey, 'base64').toString('utf8');
				if (!E164.test(last)) throw invalid('nextKey must be the base64 of an E.164 number');
				// The page after the number the key names (a client sends the last number it has).
				numbers = numbers.filter((number) => number.phoneNumber > last);
			} else if (query.offset) numbers = numbers.slice(readOffset(query.offset));
			return envelope(numbers.slice(0, size));
		},
		'Get Available Numbers': ({ query }) => {
			const size = readLimit(query.size, 20, 100, 'size');
			const areaCodes = String(query.areaCode ?? 'all') === 'all' ? ['714'] : String(query.areaCode).split(',').map((code) => code.trim());
			for (const code of areaCodes) if (!/^\d{3}$/.test(code)) throw invalid('areaCode must be 3 digits, a list of them, or all');
			if (query.type && !['sms', 'voice', 'tollfree', 'mms'].includes(query.type)) throw invalid('type must be sms, voice or tollfree');
			return envelope(areaCodes.flatMap((code) => availableFor(code, size, query.type)).map(clone));
		},
		'Purchase Number': ({ body }) => {
			const wanted = asList(body.phoneNumber);
			if (!wanted.length) throw invalid('phoneNumber is required');
			if (body.numberSetId) requireRecord(state.numberSets, body.numberSetId, 'Number set');
			const payload = [];
			const errors = [];
			for (const phoneNumber of wanted) {
				if (typeof phoneNumber !== 'string' || !E164.test(phoneNumber)) errors.push(errorObject('400', 'Bad Request', `${phoneNumber} is not in E.164 format`));
				else if (state.numbers.has(phoneNumber)) errors.push(errorObject('409', 'Conflict', `${phoneNumber} is not available`));
				else {
					const record = purchasedNumber(phoneNumber, body.numberSetId);
					state.numbers.set(phoneNumber, record);
					if (body.numberSetId) {
						const set = state.numberSets.get(body.numberSetId);
						set.phoneNumbers = [...new Set([...(set.phoneNumbers ?? []), phoneNumber])];
					}
					payload.push(numberSnapshot(record));
				}
			}
			return envelope(payload, { errors });
		},
		'Release Number': ({ body }) => {
			const wanted = asList(body.phoneNumber);
			if (!wanted.length) throw invalid('phoneNumber is required');
			if (wanted.length > 100) throw invalid('at most 100 numbers at a time');
			const payload = [];
			const errors = [];
			for (const phoneNumber of wanted) {
				const record = state.numbers.get(phoneNumber);
				if (!record || record.accountSid !== ACCOUNT_SID) errors.push(errorObject('404', 'Not Found', `${phoneNumber} is not a number of this account`));
				else {
					state.numbers.delete(phoneNumber);
					for (const set of state.numberSets.values()) if (set.phoneNumbers) set.phoneNumbers = set.phoneNumbers.filter((number) => number !== phoneNumber);
					payload.push(numberSnapshot(record));
				}
			}
			// The release example shows no `error` key: it appears only when a number failed.
			if (!payload.length) return envelopeErrorFrom(errors);
			return envelope(payload, errors.length ? { errors } : {});
		},
		'Move Numbers': ({ body }) => {
			const wanted = readKeys(body.phoneNumbers, 'phoneNumbers');
			if (!wanted.length) throw invalid('phoneNumbers is required');
			if (!body.toAccountSid || !body.fromAccountSid) throw invalid('fromAccountSid and toAccountSid are required');
			const payload = [];
			const errors = [];
			for (const phoneNumber of wanted) {
				const record = state.numbers.get(phoneNumber);
				if (!record || record.accountSid !== body.fromAccountSid) errors.push(errorObject('404', 'Not Found', `${phoneNumber} is not a number of account ${body.fromAccountSid}`));
				else {
					record.accountSid = body.toAccountSid;
					payload.push(record);
				}
			}
			return envelope(payload, { errors });
		},
		'Get Number': ({ params }) => {
			const record = state.numbers.get(requireE164(params.phoneNumber, 'phoneNumber'));
			if (!record || record.$hidden || record.accountSid !== ACCOUNT_SID) throw notFound(`Number ${params.phoneNumber} not found`);
			return envelope([record]);
		},
		'Edit Number': ({ params, body }) => {
			const record = state.numbers.get(requireE164(params.phoneNumber, 'phoneNumber'));
			if (!record || record.accountSid !== ACCOUNT_SID) throw notFound(`Number ${params.phoneNumber} not found`);
			for (const field of NUMBER_URL_FIELDS) if (body[field] !== undefined) record[field] = body[field];
			// The edit answers fewer fields than a read (Edit Number's example).
			return envelope([Object.fromEntries(EDIT_NUMBER_KEYS.filter((key) => key in record).map((key) => [key, record[key]]))]);
		},
		'Assign WebRTC Number': ({ body, req }) => {
			const record = state.numbers.get(requireE164(body.phoneNumber, 'phoneNumber'));
			if (!record || record.accountSid !== ACCOUNT_SID) throw notFound(`Number ${body.phoneNumber} not found`);
			// The signed-in user (the example's assignedUser; API tokens stand for the same user).
			record.assignedUser = req.ytelUser ?? '24554439-118f-4265-bde9-0789702990ac';
			return envelope([record]);
		},

		// ---- Number sets
		'Get Number Sets': () => envelope([...state.numberSets.values()]),
		'Add Number Set': ({ body }) => {
			if (typeof body.name !== 'string' || !body.name) throw invalid('name is required');
			const phoneNumbers = readKeys(body.phoneNumbers, 'phoneNumbers');
			for (const number of phoneNumbers) requireE164(number, 'phoneNumbers');
			const record = { accountSid: ACCOUNT_SID, numberSetId: newTimeUuid() };
			for (const field of NUMBER_SET_FIELDS) if (body[field] !== undefined && field !== 'keywordActions') record[field] = body[field];
			record.phoneNumbers = phoneNumbers;
			if (body.keywordActions !== undefined) record.keywordActions = clone(body.keywordActions);
			state.numberSets.set(record.numberSetId, record);
			return envelope([record]);
		},
		'Add Number to Set': ({ body }) => {
			const set = requireRecord(state.numberSets, body.numberSetId, 'Number set');
			const phoneNumbers = readKeys(body.phoneNumbers, 'phoneNumbers');
			for (const number of phoneNumbers) requireE164(number, 'phoneNumbers');
			set.phoneNumbers = [...new Set([...(set.phoneNumbers ?? []), ...phoneNumbers])];
			return envelope([{ accountSid: set.accountSid, numberSetId: set.numberSetId, name: set.name, phoneNumbers: set.phoneNumbers }]);
		},
		'Get Number Set': ({ params }) => {
			const set = requireRecord(state.numberSets, params.numberSetId, 'Number set');
			return envelope([{ accountSid: set.accountSid, numberSetId: set.numberSetId, name: set.name, phoneNumbers: set.phoneNumbers ?? [] }]);
		},
		'Edit Number Set': ({ params, body }) => {
			const set = requireRecord(state.numberSets, params.numberSetId, 'Number set');
			for (const field of NUMBER_SET_FIELDS) if (body[field] !== undefined) set[field] = clone(body[field]);
			if (body.phoneNumbers !== undefined) set.phoneNumbers = readKeys(body.phoneNumbers, 'phoneNumbers');
			return envelope([set]);
		},
		'Delete Number Set': ({ params }) => {
			const set = requireRecord(state.numberSets, params.numberSetId, 'Number set');
			state.numberSets.delete(params.numberSetId);
			return envelope([{ accountSid: set.accountSid, numberSetId: set.numberSetId, name: set.name, phoneNumbers: [] }]);
		},
		'Delete Numbers from Set': ({ params }) => {
			const set = requireRecord(state.numberSets, params.numberSetId, 'Number set');
			const removed = params.phoneNumbers.split(',').map((number) => number.trim());
			set.phoneNumbers = (set.phoneNumbers ?? []).filter((number) => !removed.includes(number));
			return envelope([{ accountSid: set.accountSid, numberSetId: set.numberSetId, name: set.name, phoneNumbers: set.phoneNumbers }]);
		},

		// ---- Saved contact queries (no examples: INFERRED record `{accountSid, queryId, queryName, query}`)
		'Get Saved Contact Queries': () => envelope([...state.savedQueries.values()]),
		'Add Saved Query': ({ body }) => {
			if (typeof body.queryName !== 'string' || !body.queryName) throw invalid('queryName is required');
			if (!body.query || typeof body.query !== 'object') throw invalid('query is required');
			if (body.query.statements !== undefined) readStatements(body.query.statements);
			const record = { accountSid: ACCOUNT_SID, queryId: newTimeUuid(), queryName: body.queryName, query: clone(body.query) };
			state.savedQueries.set(record.queryId, record);
			return envelope([record]);
		},
		'Update Saved Query': ({ params, body }) => {
			const record = requireRecord(state.savedQueries, params.queryId, 'Saved query');
			if (body.queryName !== undefined) record.queryName = body.queryName;
			if (body.query !== undefined) {
				if (body.query.statements !== undefined) readStatements(body.query.statements);
				record.query = clone(body.query);
			}
			return envelope([record]);
		},

		// ---- Shortcodes
		'Edit Shortcode': ({ params, body }) => {
			const record = requireRecord(state.shortcodes, params.phoneNumber, 'Short code');
			for (const field of ['friendlyName', 'smsUrl', 'smsMethod', 'smsFallbackUrl', 'smsFallbackMethod']) if (body[field] !== undefined) record[field] = body[field];
			return envelope([record]);
		},

		// ---- SMS
		'Send SMS': ({ body }) => {
			if (!body.to && !body.contactId) throw invalid('to or contactId is required');
			if (!body.from && !body.numberSetId) throw invalid('from or numberSetId is required');
			if (!body.text && !body.smsTemplateId && !body.mediaUrl) throw invalid('text, smsTemplateId or mediaUrl is required');
			let to = body.to;
			if (!to) {
				const contact = requireRecord(state.contacts, body.contactId, 'Contact');
				to = contact.extData?.phonenumber1;
				if (!to) throw invalid(`contact ${body.contactId} has no phonenumber1`);
			}
			requireE164(to, 'to');
			let from = body.from;
			if (!from) {
				const set = requireRecord(state.numberSets, body.numberSetId, 'Number set');
				from = set.phoneNumbers?.[0];
				if (!from) throw invalid(`number set ${body.numberSetId} has no numbers`);
			}
			requireE164(from, 'from');
			let text = body.text ?? '';
			if (body.smsTemplateId) {
				const template = requireRecord(state.templates, body.smsTemplateId, 'Template');
				const contact = body.contactId ? state.contacts.get(body.contactId) : contactByKey(to);
				text = String(template.templateText ?? '').replace(/%%?(\w+)%%?/g, (whole, name) => String(contact?.extData?.[name.toLowerCase()] ?? ''));
			}
			const { messageSid, ms } = recordOutboundSms({ from, to, text, metadata: body.metadata, contactId: body.contactId });
			return envelope([
				{
					messageSid,
					to,
					from,
					text,
					messageCount: Math.max(1, Math.ceil(text.length / 160)),
					messageStatusMethod: 'POST',
					messageStatusCallback: body.messageStatusCallback ?? null,
					deliveryStatusEnabled: body.deliveryStatusEnabled === undefined ? null : isTrue(body.deliveryStatusEnabled),
					mediaUrl: body.mediaUrl ?? '',
					toCC: 1,
					toCountry: 'US',
					fromCC: 1,
					fromCountry: 'US',
					scheduledTm: Math.floor(ms / 1000),
				},
			]);
		},

		// ---- SMS templates
		'Get Templates': () => envelope([...state.templates.values()].filter(visible)),
		'Add Template': ({ body }) => {
			if (!body.templateText && !body.templateMediaUrl) throw invalid('templateText or templateMediaUrl is required');
			const record = { accountSid: ACCOUNT_SID, templateId: newTimeUuid() };
			for (const field of ['templateText', 'templateTitle', 'templateMediaUrl']) if (body[field] !== undefined) record[field] = body[field];
			state.templates.set(record.templateId, record);
			return envelope([record]);
		},
		'Edit Template': ({ params, body }) => {
			const record = requireRecord(state.templates, params.templateId, 'Template');
			for (const field of ['templateText', 'templateTitle', 'templateMediaUrl']) if (body[field] !== undefined) record[field] = body[field];
			return envelope([record]);
		},
		'Get Template': ({ params }) => envelope([requireRecord(state.templates, params.templateId, 'Template')]),
		'Archive Template': ({ params }) => {
			const record = requireRecord(state.templates, params.templateId, 'Template');
			record.$archived = true;
			return envelope([record]);
		},
		'Unarchive Template': ({ params }) => {
			const record = requireRecord(state.templates, params.templateId, 'Template');
			delete record.$archived;
			return envelope([record]);
		},

		// ---- Statistics (no examples: an empty payload, the ranges checked; INFERRED)
		'Aggregate Statistics': ({ query }) => statistics(query),
		'Hourly statistics': ({ query }) => statistics(query),
		'Communication aggregate statistics': ({ query }) => statistics(query),

		// ---- Timezones
		'Get Timezones': () => envelope(clone(state.timezones)),
		'Get Timezone': ({ params }) => {
			const zone = state.timezones.find((candidate) => String(candidate.timezoneId) === params.timezoneId);
			if (!zone) throw notFound(`Timezone ${params.timezoneId} not found`);
			return envelope([clone(zone)]);
		},

		// ---- Webhooks
		'Get All Webhook Common Configurations': () =>
			envelope([...state.webhookAuth.values()].map((record) => ({ accountSid: record.accountSid, id: record.id, name: record.name, description: record.description }))),
		'Add Webook Common Configuration': ({ body }) => {
			if (typeof body.name !== 'string' || !body.name) throw invalid('name is required');
			const record = writeWebhookAuth({ accountSid: ACCOUNT_SID, id: newTimeUuid(), name: '', description: '' }, body);
			state.webhookAuth.set(record.id, record);
			return envelope([record]);
		},
		'Edit Webhook Common Configuration': ({ params, body }) => envelope([writeWebhookAuth(requireRecord(state.webhookAuth, params.callbackAuthId, 'Configuration'), body)]),
		'Get Webhook Common Configuration by Id': ({ params }) => envelope([requireRecord(state.webhookAuth, params.callbackAuthId, 'Configuration')]),
		'Delete Webhook Common Configuration by Id': ({ params }) => {
			const record = requireRecord(state.webhookAuth, params.callbackAuthId, 'Configuration');
			state.webhookAuth.delete(params.callbackAuthId);
			return envelope([record]);
		},
		'Get All Webhook Configurations': () => envelope([...state.webhookConfig.values()]),
		'Add Webhook Configuration': ({ body }) => {
			for (const field of ['eventType', 'name', 'url']) if (!body[field]) throw invalid(`${field} is required`);
			if (body.callbackServerConfigId) requireRecord(state.webhookAuth, body.callbackServerConfigId, 'Configuration');
			const record = { accountSid: ACCOUNT_SID, eventType: body.eventType, id: newTimeUuid() };
			writeWebhookConfig(record, body);
			state.webhookConfig.set(record.id, record);
			return envelope([record]);
		},
		'Edit Webhook Configuration': ({ params, body }) => envelope([writeWebhookConfig(requireRecord(state.webhookConfig, params.callbackId, 'Webhook configuration'), body)]),
		'Get Webhook Configuration by Id': ({ params }) => envelope([requireRecord(state.webhookConfig, params.callbackId, 'Webhook configuration')]),
		'Delete Webhook Configuration': ({ params }) => {
			const record = requireRecord(state.webhookConfig, params.callbackId, 'Webhook configuration');
			state.webhookConfig.delete(params.callbackId);
			return envelope([record]);
		},

		// ---- Campaigns
		'Get Campaigns': () => envelope([...state.campaigns.values()].filter(visible)),
		'Add Campaign': ({ body }) => {
			if (typeof body.campaignName !== 'string' || !body.campaignName) throw invalid('campaignName is required');
			const record = { accountSid: ACCOUNT_SID, campaignId: newTimeUuid(), campaignName: body.campaignName, sends: 0, clicks: 0, replies: 0, optOuts: 0, cost: 0 };
			writeCampaign(record, body);
			record.workflowVersion = 0;
			state.campaigns.set(record.campaignId, record);
			return envelope([record]);
		},
		'Get Report': ({ query }) => {
			if (!query.startDate || !query.endDate) throw invalid('startDate and endDate are required');
			const { from, to } = dayWindow(query, { requireEnd: true });
			if (query.grouping && query.grouping !== 'date') throw invalid('grouping must be date');
			return envelope(state.campaignReport.filter((row) => Date.parse(`${row.day}T00:00:00Z`) >= from && Date.parse(`${row.day}T00:00:00Z`) < to).map(clone));
		},
		'Edit Campaign': ({ params, body }) => envelope([writeCampaign(requireCampaign(params.campaignId), body)]),
		'Get Campaign': ({ params }) => envelope([requireCampaign(params.campaignId)]),
		'Send Campaign': ({ params, body }) => {
			const campaign = requireCampaign(params.campaignId);
			if (campaign.$archived) throw invalid(`campaign ${campaign.campaignId} is archived`);
			let contactId = body.contactId;
			if (contactId) requireRecord(state.contacts, contactId, 'Contact');
			else {
				const extData = readExtData(body);
				const keys = readKeys(body.keys);
				if (!keys.length) throw invalid('contactId, or extData with keys, is required');
				const holder = keys.map(contactByKey).find(Boolean);
				if (holder) {
					holder.extData = body.conflictMode === 'REPLACE' ? { ...extData } : { ...holder.extData, ...extData };
					contactId = holder.contactId;
				} else contactId = newContact(extData, keys).contactId;
			}
			campaign.sends = (campaign.sends ?? 0) + 1;
			const workflow = state.workflows.get(campaign.campaignId);
			return envelope([{ accountSid: ACCOUNT_SID, campaignId: campaign.campaignId, version: workflow?.version ?? campaign.workflowVersion ?? 0, contactId, campaignExtData: clone(body.campaignExtData ?? {}) }]);
		},
		'Archive Campaign': ({ params }) => {
			const campaign = requireCampaign(params.campaignId);
			campaign.$archived = true;
			return envelope([campaign]);
		},
		'Unarchive Campaign': ({ params }) => {
			const campaign = requireCampaign(params.campaignId);
			delete campaign.$archived;
			return envelope([campaign]);
		},

		// ---- Workflows: every save is a new version
		'Get Workflow': ({ params }) => {
			requireCampaign(params.campaignId);
			return envelope([requireRecord(state.workflows, params.campaignId, 'Workflow of campaign')]);
		},
		'Add workflow': ({ params, body }) => saveWorkflow(params.campaignId, body),
		'Edit Workflow': ({ params, body }) => saveWorkflow(params.campaignId, body),

		// ---- Workflow runners
		'Add Runner': ({ params, body }) => {
			const campaign = requireCampaign(params.campaignId);
			if (typeof body.displayName !== 'string' || !body.displayName) throw invalid('displayName is required');
			const contactIds = runnerContacts(body);
			const periodMs = body.periodMs === undefined ? 0 : Number(body.periodMs);
			if (!Number.isInteger(periodMs)) throw invalid('periodMs must be a whole number');
			const runner = { accountSid: ACCOUNT_SID, campaignId: campaign.campaignId, batchId: newTimeUuid(), displayName: body.displayName, status: 'Not started', started: 0, queued: contactIds.length, periodMs, $contactIds: contactIds, $sent: 0 };
			state.runners.set(runner.batchId, runner);
			// `start` is asynchronous: the answer shows the runner before it starts (Add Runner's example).
			const answer = envelope([runner]);
			if (isTrue(body.start) && periodMs !== 0) runner.status = 'Running';
			return answer;
		},
		'Edit Runner': ({ params, body }) => {
			const runner = requireRunner(params);
			if (body.displayName !== undefined) runner.displayName = body.displayName;
			if (body.contactIds !== undefined || body.statements !== undefined) {
				runner.$contactIds = runnerContacts(body);
				runner.queued = runner.$contactIds.length - runner.$sent;
			}
			if (body.periodMs !== undefined) runner.periodMs = Number(body.periodMs);
			return envelope([runner]);
		},
		'Get Campaign Runners': () => envelope([...state.runners.values()]),
		'Get Campaign Runners for Campaign': ({ params }) => {
			requireCampaign(params.campaignId);
			return envelope([...state.runners.values()].filter((runner) => runner.campaignId === params.campaignId));
		},
		'Get Campaign Runner': ({ params }) => envelope([requireRunner(params)]),
		'Start a Campaign Runner': ({ params }) => {
			const runner = requireRunner(params);
			const answer = envelope([runner]);
			// Asynchronous, as Add Runner: the example answers "Not started"; a manual runner (periodMs 0) waits for next.
			if (runner.status !== 'Stopped' && runner.periodMs !== 0) runner.status = 'Running';
			return answer;
		},
		'Stop a Campaign Runner': ({ params }) => {
			const runner = requireRunner(params);
			runner.status = 'Stopped';
			return envelope([runner]);
		},
		'Get next Campaign Runner (Manual)': ({ params }) => {
			const runner = requireRunner(params);
			// INFERRED: the next contact a manual step would send to (none left: empty payload).
			const contactId = runner.$contactIds[runner.$sent];
			const contact = contactId ? state.contacts.get(contactId) : undefined;
			return envelope(contact ? [contact] : []);
		},
		'Send next Campaign Runner (Manual)': ({ params }) => {
			const runner = requireRunner(params);
			if (runner.status === 'Stopped') throw invalid(`runner ${runner.batchId} is stopped`);
			if (runner.periodMs !== 0) throw invalid(`runner ${runner.batchId} is not manual (periodMs ${runner.periodMs})`);
			if (runner.$sent < runner.$contactIds.length) {
				runner.$sent++;
				runner.started = runner.$sent;
				runner.queued = runner.$contactIds.length - runner.$sent;
				runner.status = runner.queued ? 'Running' : 'Completed';
			}
			return envelope([runner]);
		},

		// ---- Workflow schedules (no examples: INFERRED record, the request's fields plus ids)
		'Add Schedule': ({ params, body }) => {
			requireCampaign(params.campaignId);
			const record = { accountSid: ACCOUNT_SID, campaignId: params.campaignId, scheduleId: newTimeUuid(), ...clone(body) };
			state.schedules.set(record.scheduleId, record);
			return envelope([record]);
		},
		'Edit Schedule': ({ params, body }) => {
			requireCampaign(params.campaignId);
			const record = requireRecord(state.schedules, params.scheduleId, 'Schedule');
			Object.assign(record, clone(body), { campaignId: params.campaignId, scheduleId: record.scheduleId });
			return envelope([record]);
		},
		'Get Schedules': () => envelope([...state.schedules.values()]),
	};
	// The collection's duplicates share a handler (same method and path).
	handlers['Get Assets by Type'] = handlers['Get Assets'];
	handlers['Update Asset'] = handlers['Upload Asset'];
	handlers['Upload DNC Async'] = handlers['Upload DNC'];
	// INFERRED: the async upload answers as the synchronous one (its example is the same body).
	handlers['Upload Contacts Async'] = handlers['Upload Contacts'];

	function envelopeErrorFrom(errors) {
		return { status: 200, body: { status: false, count: 0, page: 1, payload: [], error: errors } };
	}

	function statistics(query) {
		for (const name of ['startTimeMs', 'endTimeMs']) {
			if (query[name] !== undefined && query[name] !== '' && !/^\d+$/.test(query[name])) throw invalid(`${name} must be epoch milliseconds`);
		}
		return envelope([]);
	}

	function saveWorkflow(campaignId, body) {
		const campaign = requireCampaign(campaignId);
		if (typeof body.workflow !== 'string') throw invalid('workflow must be a JSON string');
		try {
			JSON.parse(body.workflow);
		} catch {
			throw invalid('workflow is not valid JSON');
		}
		const previous = state.workflows.get(campaignId);
		const record = { accountSid: ACCOUNT_SID, campaignId, version: (previous?.version ?? campaign.workflowVersion ?? 0) + 1, workflow: body.workflow };
		state.workflows.set(campaignId, record);
		campaign.workflowVersion = record.version;
		return envelope([record]);
	}

	// ------------------------------------------------------------ records for trigger tests

	/** When an inserted record happened: `at` (ms), or `late` seconds back, or now. */
	function insertTime(input, shared) {
		const at = input.at ?? shared.at;
		if (at !== undefined) return Number(at);
		const late = input.late ?? shared.late;
		if (late) return now() - (late === true ? 3600 : Number(late)) * 1000;
		return now();
	}

	const nextPhone = () => `+1555${String(7000000 + phoneCounter++).padStart(7, '0')}`;

	const builders = {
		/** An inbound SMS: its log record, the inbox entry and conversation event, the contact if new. */
		sms(input, ms) {
			const from = input.from ?? nextPhone();
			const to = input.to ?? [...state.numbers.keys()][0] ?? '+14009993000';
			const text = input.text ?? `Inbound message ${uuidSequence}`;
			const messageSid = newTimeUuid(ms);
			const contact = contactForPhone(from);
			const log = smsLogFor({ messageSid, from, to, text, direction: 'inbound', metadata: {}, ms });
			state.smsLogs.push(log);
			const entry = inboxEntry({ contact, messageId: messageSid, from, to, direction: 'in', body: text, ms, inbox: input.inbox });
			state.inbox.push(entry);
			const event = conversationEvent({ contactId: contact.contactId, messageId: messageSid, from, to, direction: 'in', body: text, ms, status: 'received' });
			state.conversation.push(event);
			return { records: [log, entry, event], id: messageSid, contactId: contact.contactId };
		},
		/** An inbox message alone (any channel), without an SMS log. */
		inbox(input, ms) {
			const from = input.from ?? nextPhone();
			const to = input.to ?? '+19498675309';
			const messageId = newTimeUuid(ms);
			const contact = contactForPhone(from);
			const entry = inboxEntry({ contact, messageId, from, to, direction: input.direction ?? 'in', body: input.text ?? 'Inbox message', ms, status: input.status, open: input.open, inbox: input.inbox });
			state.inbox.push(entry);
			return { records: [entry], id: messageId, contactId: contact.contactId };
		},
		call(input, ms) {
			const durationSeconds = Number(input.duration ?? 30);
			const record = {
				...clone(firstOf('Get Call Logs')),
				yearMonthDay: compactDay(ms),
				// Call sids are random (v4) UUIDs in the call logs: never ordered (API_FACTS §4.6).
				callSid: input.callSid ?? crypto.randomUUID(),
				callDuration: durationSeconds,
				createdTime: sqlTime(ms),
				direction: input.direction ?? 'inbound',
				duration: durationSeconds,
				durationBilled: Math.ceil(durationSeconds / 6) * 6,
				from: input.from ?? nextPhone(),
				endTime: sqlTime(ms + durationSeconds * 1000),
				startTime: sqlTime(ms),
				status: input.status ?? 'completed',
				to: input.to ?? '+15559238223',
				date: ms,
			};
			state.callLogs.push(record);
			return { records: [record], id: record.callSid };
		},
		recording(input, ms) {
			const record = {
				...clone(firstOf('Call Recordings')),
				yearMonthDay: compactDay(ms),
				callSid: input.callSid ?? crypto.randomUUID(),
				recordingSid: newTimeUuid(ms),
				duration: Number(input.duration ?? 20),
				recordingDate: ms,
				recordingDirection: input.direction ?? 'inbound',
			};
			record.recordingUrl = `https://storage.googleapis.com/m360/m360-${ACCOUNT_SID}/${dayOf(ms)}/${Math.floor(ms / 1000)}_${record.callSid}.mp3`;
			state.recordings.push(record);
			return { records: [record], id: record.recordingSid };
		},
		contact(input, ms) {
			const phone = input.phonenumber1 ?? nextPhone();
			const extData = { firstname: input.firstname ?? 'Inserted', lastname: input.lastname ?? 'Contact', phonenumber1: phone, ...input.extData };
			const contact = newContact(extData, input.keys ?? [phone]);
			contact.created = newTimeUuid(ms);
			return { records: [contact], id: contact.contactId };
		},
		number(input, ms) {
			const phoneNumber = input.phoneNumber ?? nextPhone();
			if (state.numbers.has(phoneNumber)) throw new Error(`${phoneNumber} is already a number of the account`);
			const record = purchasedNumber(phoneNumber, input.numberSetId);
			record.purchaseDate = ms;
			record.renewalDate = ms + 30 * DAY;
			state.numbers.set(phoneNumber, record);
			return { records: [record], id: phoneNumber };
		},
		carrier(input, ms) {
			const record = { ...clone(firstOf('Get Carrier')), carrierSid: newTimeUuid(ms), phoneNumber: input.phoneNumber ?? nextPhone(), date: ms, dateCreated: new Date(ms).toISOString() };
			state.carrierLogs.push(record);
			return { records: [record], id: record.carrierSid };
		},
	};

	const control = {
		/**
		 * `{kind, count?, records?, at?, late?, hidden?, …fields}`: records as Ytel would make them
		 * (kinds: sms — an inbound SMS with its inbox entry and conversation event —, inbox, call,
		 * recording, contact, number, carrier). `late` (seconds, or true = an hour) back-dates them;
		 * `hidden` keeps them out of every answer until `reveal` (a record that shows up late).
		 */
		insert: ({ body }) => {
			const builder = builders[body.kind];
			if (!builder) throw new Error(`kind must be one of ${Object.keys(builders).join(', ')}`);
			const { kind, count, records, at, late, hidden, ...shared } = body;
			const inputs = records ?? Array.from({ length: Number(count ?? 1) }, () => ({}));
			const inserted = inputs.map((input) => {
				const ms = insertTime(input, { at, late });
				const made = builder({ ...shared, ...input }, ms);
				if (input.hidden ?? hidden) for (const record of made.records) record.$hidden = true;
				return { id: made.id, at: ms, ...(made.contactId ? { contactId: made.contactId } : {}), hidden: Boolean(input.hidden ?? hidden) };
			});
			return { inserted };
		},
		/** `{ids}`: hidden records (by their id as insert answered it) become visible. */
		reveal: ({ body }) => {
			const ids = new Set(body.ids ?? []);
			let revealed = 0;
			const lists = [state.smsLogs, state.inbox, state.conversation, state.callLogs, state.recordings, state.carrierLogs, [...state.contacts.values()], [...state.numbers.values()]];
			for (const record of lists.flat()) {
				const names = [record.smsSid, record.time, record.callSid, record.recordingSid, record.carrierSid, record.contactId, record.phoneNumber];
				if (record.$hidden && names.some((name) => name !== undefined && ids.has(name))) {
					delete record.$hidden;
					revealed++;
				}
			}
			return { revealed };
		},
		/** `{inboxOnePerConversation?}`: how lists page (see each list's handler). */
		paging: ({ body }) => {
			if ('inboxOnePerConversation' in body) state.paging.inboxOnePerConversation = body.inboxOnePerConversation !== false;
			return { ...state.paging };
		},
		/** Counts of what the simulator holds, and `?kind=` for the records of one kind. */
		records: ({ query }) => {
			const kinds = {
				contacts: [...state.contacts.values()],
				numbers: [...state.numbers.values()],
				numberSets: [...state.numberSets.values()],
				templates: [...state.templates.values()],
				campaigns: [...state.campaigns.values()],
				runners: [...state.runners.values()],
				inbox: state.inbox,
				conversation: state.conversation,
				smsLogs: state.smsLogs,
				callLogs: state.callLogs,
				recordings: state.recordings,
				carrierLogs: state.carrierLogs,
				dnc: state.dnc,
				exports: state.exports,
				savedQueries: [...state.savedQueries.values()],
				schedules: [...state.schedules.values()],
			};
			if (query.kind) {
				if (!kinds[query.kind]) throw new Error(`kind must be one of ${Object.keys(kinds).join(', ')}`);
				return kinds[query.kind];
			}
			return Object.fromEntries(Object.entries(kinds).map(([name, list]) => [name, list.length]));
		},
	};

	seed();
	return { handlers, control, seed, YtelError };
}

module.exports = { createStore, YtelError, envelopeError, envelope, ACCOUNT_SID, timeOf };
