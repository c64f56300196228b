'use strict';
/**
 * Ytel's voice requests of issue 19: Call (7), Conference (12) and Live List (8 HTTP requests; the
 * `HEAD wss://…/ws/livelist` websocket row is not HTTP and has no handler).
 *
 * Saved examples (answered as they show): Make Call `{callSid, createdTime}`, Record Call / Play
 * Audio / Interrupt Call `{sentToCall: true}`, Get Live Calls (its two calls are seeded as they are,
 * old `expiresAt` included: the simulator keeps a live call until it is interrupted or hung up).
 *
 * No saved example (INFERRED, the v4 envelope `{status, count, page, payload, error}`):
 * - Make Group Call: one `{callSid, createdTime, to}` per number called.
 * - Send Digits: `{sentToCall: true}`, like the other call actions.
 * - Conference: `GET …/member` answers `payload[0] = {confId, members[]}` with the member keys its
 *   description lists (memberId, name, callSid, callerIdName, callerIdNumber, mute, deaf, ghost);
 *   member actions and audio rules `{sentToCall: true}` (as described); Add Member / Add Listener
 *   `{callSid, createdTime}` (as described). One conference is seeded with three members.
 * - Live lists: a list `{listName, clientIds, queueSize}`; a queued contact
 *   `{contactId, queuedAt, expiresAt}` (epoch ms). `myFirstList` and `mySecondList` (the names of
 *   the websocket's description) are seeded; the first holds an expired contact then two waiting.
 *   Take/Remove Next on an empty queue: `status:false`, code 404 (the description: "an error").
 * Errors: the part-1 shape (HTTP 200, `status:false`, `error[{code, message, moreInfo}]`).
 */
const { timeUuid } = require('./timeuuid');
const { YtelError, envelope } = require('./store');

const E164 = /^\+[1-9]\d{6,14}$/;
const DTMF = /^[0-9*#]+$/;
const LIVE_CALL_MS = 21_600_000; // expiresAt − timeStarted in the Get Live Calls example
const QUEUE_ENTRY_MS = 3_600_000;

const notFound = (what) => new YtelError('404', 'Not Found', what);
const invalid = (moreInfo) => new YtelError('400', 'Bad Request', moreInfo);
const sqlTime = (ms) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
const sent = () => envelope([{ sentToCall: true }]);
const isBlank = (value) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function requireE164(value, name) {
	if (typeof value !== 'string' || !E164.test(value)) throw invalid(`${name} must be a phone number in E.164 format (e.g. +15551234567)`);
	return value;
}

function requireUrl(value, name) {
	if (typeof value !== 'string' || !/^https?:\/\/\S+$/.test(value)) throw invalid(`${name} must be a URL`);
	return value;
}

/** Seeded from the Get Live Calls example, as it is. */
const EXAMPLE_LIVE_CALLS = [
	{ callSid: '3a0197cd-8799-4aaa-b06a-3d73466739a2', to: '+12223334444', from: '+13334445555', direction: 'outbound', clientId: null, timeStarted: 1705434723800, expiresAt: 1705456323800 },
	{ callSid: 'b8967e80-b4a8-11ee-85e6-9d409c3ff1e6', to: '+12223334444', from: '+13334445555', direction: 'outbound', clientId: null, timeStarted: 1705434725480, expiresAt: 1705456325480 },
];
const SEEDED_CONFERENCE = '6f1d2c40-9b1e-11ee-8c90-0242ac120002';
const SEEDED_CONTACTS = ['da54d682-4d48-4f13-a4ee-07c850c05bb8', '0b8e7c10-5d2a-4f6e-9a51-2f3c4d5e6f70', '1c9f8d21-6e3b-4a7f-8b62-3a4d5e6f7081'];

/**
 * @param {{now: () => number, store: {handlers: object}}} context the simulator's clock and part 1's store
 *   (contacts are read through its Get Contact handler)
 */
function createVoiceCalls({ now, store }) {
	let state;

	function seed({ empty = false } = {}) {
		state = { calls: new Map(), conferences: new Map(), lists: new Map() };
		if (empty) return;
		for (const call of EXAMPLE_LIVE_CALLS) state.calls.set(call.callSid, { ...call });
		const start = now();
		const members = [
			{ memberId: 1, name: '+12223334444', callSid: EXAMPLE_LIVE_CALLS[0].callSid, callerIdName: '', callerIdNumber: '+13334445555', mute: false, deaf: false, ghost: false },
			{ memberId: 2, name: '+12223335555', callSid: timeUuid(start, 1), callerIdName: '', callerIdNumber: '+13334445555', mute: false, deaf: false, ghost: false },
			{ memberId: 3, name: 'recording', callSid: timeUuid(start, 2), callerIdName: '', callerIdNumber: '', mute: true, deaf: true, ghost: true },
		];
		state.conferences.set(SEEDED_CONFERENCE, { confId: SEEDED_CONFERENCE, members, audioMap: [], nextMemberId: 4 });
		state.lists.set('myFirstList', {
			listName: 'myFirstList',
			clientIds: ['00000000-0000-0000-0000-000000000000'],
			queue: [
				{ contactId: SEEDED_CONTACTS[2], queuedAt: start - 2 * QUEUE_ENTRY_MS, expiresAt: start - QUEUE_ENTRY_MS },
				{ contactId: SEEDED_CONTACTS[0], queuedAt: start - 60_000, expiresAt: start + QUEUE_ENTRY_MS },
				{ contactId: SEEDED_CONTACTS[1], queuedAt: start - 30_000, expiresAt: start + QUEUE_ENTRY_MS },
			],
		});
		state.lists.set('mySecondList', { listName: 'mySecondList', clientIds: [], queue: [] });
	}

	/** A contact's first phone number, through part 1's store (404 when there is no such contact). */
	function contactNumber(contactId) {
		const answer = store.handlers['Get Contact']({ params: { contactId: String(contactId) } });
		const number = answer.payload[0].extData?.phonenumber1;
		if (!number) throw invalid(`contact ${contactId} has no phone number`);
		return number;
	}

	function placeCall({ to, from, direction = 'outbound' }) {
		const ms = now();
		const call = { callSid: timeUuid(ms), to, from, direction, clientId: null, timeStarted: ms, expiresAt: ms + LIVE_CALL_MS };
		state.calls.set(call.callSid, call);
		return call;
	}

	/** The caller: `from` (E.164) or a number set (any ID is taken: the set's numbers are not modelled). */
	function caller(body) {
		if (!isBlank(body.from)) return requireE164(body.from, 'from');
		if (!isBlank(body.numberSetId)) return '+10000000000';
		throw invalid('from or numberSetId is required');
	}

	function requireCall(callSid) {
		const call = state.calls.get(callSid);
		if (!call) throw notFound(`Call ${callSid} is not in progress`);
		return call;
	}

	function requireConference(confId) {
		const conference = state.conferences.get(confId);
		if (!conference) throw notFound(`Conference ${confId} not found`);
		return conference;
	}

	function requireMember(params) {
		const conference = requireConference(params.confId);
		const member = conference.members.find((entry) => String(entry.memberId) === String(params.memberId));
		if (!member) throw notFound(`Member ${params.memberId} not found in conference ${params.confId}`);
		return { conference, member };
	}

	function joinConference(params, body, listenOnly) {
		const conference = requireConference(params.confId);
		if (!isBlank(body.confId) && body.confId !== params.confId) throw invalid('confId in the body differs from the path');
		const to = requireE164(body.to, 'to');
		const from = requireE164(body.from, 'from');
		if (body.noSpeakToList !== undefined && !Array.isArray(body.noSpeakToList)) throw invalid('noSpeakToList must be a list');
		for (const key of ['mute', 'deaf']) if (body[key] !== undefined && typeof body[key] !== 'boolean') throw invalid(`${key} must be true or false`);
		const call = placeCall({ to, from });
		conference.members.push({
			memberId: conference.nextMemberId++,
			name: to,
			callSid: call.callSid,
			callerIdName: '',
			callerIdNumber: from,
			mute: listenOnly || body.mute === true,
			deaf: body.deaf === true,
			ghost: false,
		});
		return envelope([{ callSid: call.callSid, createdTime: sqlTime(call.timeStarted) }]);
	}

	function memberAction(change) {
		return ({ params }) => {
			const { conference, member } = requireMember(params);
			change(conference, member);
			return sent();
		};
	}
	const leave = (conference, member) => {
		conference.members = conference.members.filter((entry) => entry !== member);
		state.calls.delete(member.callSid);
	};

	function requireList(name) {
		const list = state.lists.get(name);
		if (!list) throw notFound(`Live list ${name} not found`);
		return list;
	}
	const listView = (list) => ({ listName: list.listName, clientIds: [...list.clientIds], queueSize: list.queue.length });
	function clientIdsOf(body, required) {
		if (body.clientIds === undefined && !required) return [];
		if (!Array.isArray(body.clientIds) || body.clientIds.some((id) => typeof id !== 'string' || id.trim() === '')) throw invalid('clientIds must be a list of user IDs');
		return body.clientIds;
	}
	/** The next contact that has not expired, with the expired ones before it dropped. */
	function takeNext(list) {
		const at = now();
		while (list.queue.length && list.queue[0].expiresAt <= at) list.queue.shift();
		if (!list.queue.length) throw notFound(`Live list ${list.listName} has no contact waiting`);
		return list.queue.shift();
	}

	const liveLists = () => envelope([...state.lists.values()].map(listView));

	const handlers = {
		// ---- Call
		'Make Call': ({ body }) => {
			requireUrl(body.url, 'url');
			const to = !isBlank(body.to) ? requireE164(body.to, 'to') : !isBlank(body.contactId) ? contactNumber(body.contactId) : undefined;
			if (!to) throw invalid('to or contactId is required');
			const call = placeCall({ to, from: caller(body) });
			return envelope([{ callSid: call.callSid, createdTime: sqlTime(call.timeStarted) }]);
		},
		'Make Group Call': ({ body }) => {
			requireUrl(body.url, 'url');
			const numbers = Array.isArray(body.to) && body.to.length ? body.to.map((number) => requireE164(number, 'to')) : Array.isArray(body.contactIds) ? body.contactIds.map(contactNumber) : [];
			if (!numbers.length) throw invalid('to or contactIds is required');
			const from = caller(body);
			return envelope(numbers.map((to) => placeCall({ to, from })).map((call) => ({ callSid: call.callSid, createdTime: sqlTime(call.timeStarted), to: call.to })));
		},
		'Send digit': ({ params, body }) => {
			requireCall(params.callSid);
			if (typeof body.playDtmf !== 'string' || !DTMF.test(body.playDtmf)) throw invalid('playDtmf must be tones 0-9, * and #');
			return sent();
		},
		'Record Call': ({ params, body }) => {
			requireCall(params.callSid);
			const limit = Number(body.timeLimit);
			if (!Number.isInteger(limit) || limit < 1) throw invalid('timeLimit must be a positive number of seconds');
			if (body.direction !== undefined && !['in', 'out', 'both'].includes(body.direction)) throw invalid('direction must be in, out or both');
			if (body.fileFormat !== undefined && !['mp3', 'wav'].includes(body.fileFormat)) throw invalid('fileFormat must be mp3 or wav');
			return sent();
		},
		'Play Audio': ({ params, body }) => {
			requireCall(params.callSid);
			const given = ['sayText', 'audioUrl'].filter((key) => !isBlank(body[key]));
			if (given.length !== 1) throw invalid('sayText or audioUrl is required, not both');
			return sent();
		},
		'Interupt Call': ({ params, body }) => {
			requireCall(params.callSid);
			if (!['completed', 'canceled'].includes(body.status)) throw invalid('status must be completed or canceled');
			if (body.urlMethod !== undefined && !['GET', 'POST'].includes(body.urlMethod)) throw invalid('urlMethod must be GET or POST');
			if (body.status === 'completed' && !isBlank(body.url)) requireUrl(body.url, 'url');
			else state.calls.delete(params.callSid);
			return sent();
		},
		'Get Live Calls': () => envelope([...state.calls.values()]),

		// ---- Conference
		'List conference members': ({ params }) => {
			const conference = requireConference(params.confId);
			return envelope([{ confId: conference.confId, members: conference.members.map((member) => ({ ...member })) }]);
		},
		'Kick conference member': memberAction(leave),
		'Hangup conference member': memberAction(leave),
		'Mute conference memeber': memberAction((_conference, member) => (member.mute = true)),
		'Un-mute conference member': memberAction((_conference, member) => (member.mute = false)),
		'Deaf conference member': memberAction((_conference, member) => (member.deaf = true)),
		'Un-deaf conference member': memberAction((_conference, member) => (member.deaf = false)),
		'Clear mute all': memberAction((conference, member) => {
			member.mute = false;
			conference.audioMap = conference.audioMap.filter((rule) => rule.source !== member.memberId && rule.destination !== member.memberId);
		}),
		'Play and leave conference': ({ params, body }) => {
			const conference = requireConference(params.confId);
			if (!isBlank(body.confId) && body.confId !== params.confId) throw invalid('confId in the body differs from the path');
			requireUrl(body.audioUrl, 'audioUrl');
			if (!isBlank(body.hangupCallSid)) {
				const member = conference.members.find((entry) => entry.callSid === body.hangupCallSid);
				if (!member) throw notFound(`Call ${body.hangupCallSid} is not in conference ${params.confId}`);
				leave(conference, member);
			}
			return sent();
		},
		'Add member to conference': ({ params, body }) => joinConference(params, body, false),
		'Add listen only member': ({ params, body }) => joinConference(params, body, true),
		AudioMapping: ({ params, body }) => {
			const conference = requireConference(params.confId);
			if (!Array.isArray(body) || !body.length) throw invalid('the body must be a list of audio rules');
			const ids = new Set(conference.members.map((member) => member.memberId));
			for (const rule of body) {
				if (!Number.isInteger(rule.source) || !Number.isInteger(rule.destination)) throw invalid('source and destination must be member IDs');
				if (!ids.has(rule.source) || !ids.has(rule.destination)) throw notFound(`Member ${ids.has(rule.source) ? rule.destination : rule.source} not found in conference ${params.confId}`);
				if (!['nospeak', 'clear'].includes(rule.linkType)) throw invalid('linkType must be nospeak or clear');
			}
			for (const rule of body) {
				conference.audioMap = conference.audioMap.filter((entry) => entry.source !== rule.source || entry.destination !== rule.destination);
				if (rule.linkType === 'nospeak') conference.audioMap.push({ source: rule.source, destination: rule.destination });
			}
			return sent();
		},

		// ---- Live List (the two list requests are one: GET /v4/livelist)
		'Get User Live Lists': liveLists,
		'Get All Live Lists': liveLists,
		'Preview Live List': ({ params, query }) => {
			const list = requireList(params.name);
			const size = query.size === undefined ? 1 : Number(query.size);
			if (!Number.isInteger(size) || size < 1) throw invalid('size must be a positive whole number');
			return envelope(list.queue.slice(0, size).map((entry) => ({ ...entry })));
		},
		'Get Live List Next': ({ params }) => envelope([takeNext(requireList(params.name))]),
		'Remove Live List Next': ({ params }) => {
			takeNext(requireList(params.name));
			return envelope([]);
		},
		'Create Live List': ({ body }) => {
			if (typeof body.listName !== 'string' || body.listName.trim() === '') throw invalid('listName is required');
			if (state.lists.has(body.listName)) throw new YtelError('409', 'Conflict', `Live list ${body.listName} already exists`);
			const list = { listName: body.listName, clientIds: clientIdsOf(body, false), queue: [] };
			state.lists.set(list.listName, list);
			return envelope([listView(list)]);
		},
		'Edit Live List': ({ params, body }) => {
			const list = requireList(params.name);
			list.clientIds = clientIdsOf(body, true);
			return envelope([listView(list)]);
		},
		'Delete Live List': ({ params }) => {
			requireList(params.name);
			state.lists.delete(params.name);
			return envelope([]);
		},
	};

	seed();
	return { handlers, seed, SEEDED_CONFERENCE };
}

module.exports = { createVoiceCalls, SEEDED_CONFERENCE, EXAMPLE_LIVE_CALLS };
