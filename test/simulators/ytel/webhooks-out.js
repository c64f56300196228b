'use strict';
/**
 * Calls Ytel makes to its customers' URLs, for webhook-trigger tests: the simulator POSTs an event to
 * the URL a number or a callback configuration holds, as Ytel would when the event happens.
 *
 * What Ytel sends there is NOT in the collection (no request shows it). INFERRED, and the tests do
 * not depend on more than "the body arrives as sent":
 *   - a number's SMS / voice / hang-up URL: the number's method (smsMethod, voiceMethod,
 *     hangupCallbackMethod; POST if none), a form-encoded body (`contentType: 'json'` for JSON) with
 *     the fields of the log record the event makes: SMS `{smsSid, accountSid, from, to, text,
 *     direction: 'inbound'}`, call `{callSid, accountSid, from, to, direction: 'inbound', status:
 *     'ringing'}`, call ended `{callSid, accountSid, from, to, direction: 'inbound', status:
 *     'completed', duration}`. The SMS and the call are also recorded in the logs (store.js insert).
 *   - a callback configuration: its `httpMethod`, its `headers`, and its `bodyTemplate` with each
 *     `%NAME%` / `%%NAME%%` filled from the contact: CONTACT_ID is the contact's ID, any other name
 *     the contact's data field of that name in lower case (phonenumber1, firstname, …), else "".
 *
 * Controls (`/__sim/<name>`):
 *   deliver     POST `{event: 'sms'|'call'|'hangup'|'callback', phoneNumber?, from?, text?, configurationId?,
 *               contactId?, body?, contentType?}` → `{delivery}` at once; the call goes out after the answer.
 *               `body` replaces the made-up body (kept as given).
 *   deliveries  GET: every call made, `{id, event, method, url, headers, body, status, contentType,
 *               response, error, done}`; DELETE clears them.
 */
const crypto = require('node:crypto');
const { ACCOUNT_SID } = require('./store');

const NUMBER_URLS = {
	sms: ['smsUrl', 'smsMethod'],
	call: ['voiceUrl', 'voiceMethod'],
	hangup: ['hangupCallbackUrl', 'hangupCallbackMethod'],
};

/** The one record of an envelope a store handler answered, or an Error with the handler's message. */
function recordOf(handler, params) {
	try {
		return handler({ params, query: {}, body: {} }).payload[0];
	} catch (error) {
		throw new Error(error.moreInfo ?? error.message);
	}
}

function fillTemplate(template, contact) {
	return String(template ?? '').replace(/%%?([A-Z0-9_]+)%%?/g, (_, name) => {
		if (name === 'CONTACT_ID') return contact?.contactId ?? '';
		const value = contact?.extData?.[name.toLowerCase()];
		return value === undefined || value === null ? '' : String(value);
	});
}

function createWebhooksOut({ store }) {
	let deliveries = [];
	let serial = 0;

	async function send(delivery) {
		try {
			const response = await fetch(delivery.url, {
				method: delivery.method,
				headers: delivery.headers,
				body: delivery.method === 'GET' ? undefined : delivery.body,
			});
			delivery.status = response.status;
			delivery.contentType = response.headers.get('content-type');
			delivery.response = await response.text();
		} catch (error) {
			delivery.error = error.message;
		}
		delivery.done = true;
	}

	function numberCall(body) {
		const [urlField, methodField] = NUMBER_URLS[body.event];
		const number = recordOf(store.handlers['Get Number'], { phoneNumber: body.phoneNumber });
		const url = number[urlField];
		if (!url) throw new Error(`${body.phoneNumber} has no ${urlField}`);
		const from = body.from ?? '+14155550123';
		let payload;
		if (body.event === 'sms') {
			const text = body.text ?? 'Hello';
			const [{ id }] = store.control.insert({ body: { kind: 'sms', to: body.phoneNumber, from, text } }).inserted;
			payload = { smsSid: id, accountSid: ACCOUNT_SID, from, to: body.phoneNumber, text, direction: 'inbound' };
		} else {
			const status = body.event === 'call' ? 'ringing' : 'completed';
			const [{ id }] = store.control.insert({ body: { kind: 'call', to: body.phoneNumber, from, status } }).inserted;
			payload = { callSid: id, accountSid: ACCOUNT_SID, from, to: body.phoneNumber, direction: 'inbound', status, ...(status === 'completed' ? { duration: 30 } : {}) };
		}
		const json = body.contentType === 'json';
		const sent = body.body ?? payload;
		return {
			method: String(number[methodField] || 'POST').toUpperCase(),
			url,
			headers: { 'Content-Type': json ? 'application/json' : 'application/x-www-form-urlencoded', 'User-Agent': 'Ytel-Simulator' },
			body: typeof sent === 'string' ? sent : json ? JSON.stringify(sent) : new URLSearchParams(sent).toString(),
		};
	}

	function callbackCall(body) {
		const configuration = recordOf(store.handlers['Get Webhook Configuration by Id'], { callbackId: body.configurationId });
		const contact = body.contactId ? recordOf(store.handlers['Get Contact'], { contactId: body.contactId }) : undefined;
		return {
			method: String(configuration.httpMethod || 'POST').toUpperCase(),
			url: configuration.url,
			headers: { 'Content-Type': 'application/json', ...(configuration.headers ?? {}), 'User-Agent': 'Ytel-Simulator' },
			body: body.body === undefined ? fillTemplate(configuration.bodyTemplate, contact) : typeof body.body === 'string' ? body.body : JSON.stringify(body.body),
		};
	}

	const control = {
		deliver: ({ body }) => {
			if (!NUMBER_URLS[body.event] && body.event !== 'callback') throw new Error(`event must be one of ${[...Object.keys(NUMBER_URLS), 'callback'].join(', ')}`);
			const call = body.event === 'callback' ? callbackCall(body) : numberCall(body);
			const delivery = { id: `delivery-${++serial}-${crypto.randomUUID().slice(0, 8)}`, event: body.event, ...call, done: false };
			deliveries.push(delivery);
			// After this answer: the control's caller learns the id first, as Ytel's call comes on its own.
			setImmediate(() => void send(delivery));
			return { delivery: delivery.id };
		},
		deliveries: ({ method }) => {
			if (method === 'DELETE') {
				deliveries = [];
				return { cleared: true };
			}
			return deliveries;
		},
	};

	return {
		control,
		reset() {
			deliveries = [];
		},
	};
}

module.exports = { createWebhooksOut };
