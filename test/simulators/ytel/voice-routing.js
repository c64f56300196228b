'use strict';
/**
 * Ytel simulator handlers of issue 19's voice routing requests (37): Inbound Routing (route tags
 * and route destinations), IVR (`/ivr`, no `/v4`), Voicemail, Transfer Presets, Dispositions and
 * Scripts. Registered by server.js; state reset with the store's.
 *
 * NO SAVED EXAMPLES: the collection has no saved answer for any of these requests. Answers follow
 * the v4 envelope `{status, count, page, payload}` (errors: HTTP 200, `status:false`, `error[]`)
 * with records of the shape the requests describe (INFERRED):
 * - route tag `{accountSid, routeTag, description, distributionType}` (Add RouteTag's body);
 * - route destination: the keys of Update RouteDest's body, which reads like a record Ytel
 *   answered (`accountSid`, `created`, …). Its key is routeTag + srcType + dest + destType.
 *   Add RouteDest's example writes `scrType`: read as a typo, `srcType` is required (400 otherwise);
 * - IVR: the record in the Get IVRs / Get IVR Archives descriptions (the only answers the
 *   collection shows here, in prose); seeded `new-ivr` and the archive of `ff` from them. An update
 *   archives the version it replaces;
 * - voicemail `{accountSid, recordId, phoneNumber, from, status, duration, recordingUrl, created}`:
 *   status 0 new, 1 listened, -1 deleted (a deleted one is no longer listed or found);
 * - transfer preset `{accountSid, groupId, presetType, destination}` (Create's body);
 * - disposition `{key, description, tags, direction, triggeredCampaignId, isDefault}`: a default
 *   disposition takes only `triggeredCampaignId` on edit (the request's description), 400 otherwise;
 * - script `{scriptId, name, externalURL, questions, created}`; for a contact its questions come
 *   with `%%VARIABLE%%` filled from the contact's data, and submitted answers answer
 *   `{scriptId, contactId, responses}`.
 * Unknown records: 404 "Not Found"; duplicates: 409 "Conflict"; bad input: 400 "Bad Request".
 */
const crypto = require('node:crypto');

const E164 = /^\+[1-9]\d{6,14}$/;
const clone = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/**
 * The IVR records shown in the Get IVRs and Get IVR Archives descriptions (the collection's only
 * answers here, in prose; copied as they are, `accountSid` "<UUID>" set to the simulator's account).
 */
const DESCRIBED_IVR = {"accountSid": "<UUID>", "ivrName": "new-ivr", "configurationOptions": {"ttsVoice": "en-au-premium-female-1", "maxAttempts": 3, "timeout": 3, "minDigits": 1, "maxDigits": 1, "say": "Overall greeting", "play": null, "recording": false, "description": "hi"}, "version": 7, "menus": [{"ivrName": "new-ivr", "menuId": "Menu 2", "say": "Menu 2", "play": "", "recording": false, "entry": false, "version": 7, "options": [{"say": "Option 1", "dtmfKey": 1, "actions": [{"type": "say", "value": "Action 1"}]}]}, {"ivrName": "new-ivr", "menuId": "Menu 1", "say": "Menu 1", "play": "", "recording": false, "entry": true, "version": 7, "options": [{"say": "Option 1", "dtmfKey": 1, "actions": [{"type": "say", "value": "Action 1"}, {"type": "workflow", "value": "<UUID>"}]}]}]};
const DESCRIBED_ARCHIVED_IVR = {"accountSid": "<UUID>", "ivrName": "ff", "configurationOptions": {"ttsVoice": "de-de-premium-female-2", "maxAttempts": 3, "timeout": 3, "minDigits": 1, "maxDigits": 1, "say": "ff", "play": null, "recording": false, "description": ""}, "version": 1, "menus": [{"ivrName": "ff", "menuId": "ff", "say": "f", "play": "", "recording": false, "entry": true, "version": 1, "options": [{"say": "f", "dtmfKey": 1, "actions": [{"type": "say", "value": "f"}]}]}]};

/**
 * @param {{now: () => number, store: object, envelope: Function, YtelError: Function, accountSid: string}} options
 */
function createVoiceRouting({ now, store, envelope, YtelError, accountSid }) {
	const notFound = (what) => new YtelError('404', 'Not Found', what);
	const invalid = (moreInfo) => new YtelError('400', 'Bad Request', moreInfo);
	const conflict = (moreInfo) => new YtelError('409', 'Conflict', moreInfo);
	let state;

	const text = (value, name) => {
		if (typeof value !== 'string' || value.trim() === '') throw invalid(`${name} is required`);
		return value;
	};
	const phone = (value, name) => {
		if (typeof value !== 'string' || !E164.test(value)) throw invalid(`${name} must be a phone number in E.164 format (e.g. +15551234567)`);
		return value;
	};
	const destKey = ({ routeTag, srcType, dest, destType }) => [routeTag, srcType, dest, destType].join('\u0000');
	/** A contact of the store (its Get Contact handler: 404 when unknown). */
	const contactOf = (contactId) => store.handlers['Get Contact']({ params: { contactId } }).payload[0];

	/** The records below (INFERRED, see the file comment); `empty`: none. */
	function seed({ empty = false } = {}) {
		const ivrs = [{ ...clone(DESCRIBED_IVR), accountSid }];
		const archived = [{ ...clone(DESCRIBED_ARCHIVED_IVR), accountSid }];
		state = {
			routeTags: new Map(
				[
					{ routeTag: 'Xmas route', description: 'Christmas list', distributionType: '1' },
					{ routeTag: 'callTest', description: 'Inbound calls', distributionType: '1' },
					{ routeTag: 'ERER', description: 'SMS relay', distributionType: '1' },
				].map((tag) => [tag.routeTag, { accountSid, ...tag }]),
			),
			routeDests: new Map(),
			assignments: new Map(),
			ivrs: new Map(ivrs.map((record) => [record.ivrName, record])),
			ivrArchives: new Map(archived.map((record) => [record.ivrName, [record]])),
			voicemails: new Map(),
			presets: [{ accountSid, groupId: 'wg2', presetType: 'workgroup', destination: '+12223335555' }],
			dispositions: new Map(
				[{ key: 'no_answer', description: 'No Answer', tags: [], direction: 'both', triggeredCampaignId: null, isDefault: true }].map((record) => [record.key, record]),
			),
			scripts: new Map(),
		};
		if (empty) {
			for (const value of Object.values(state)) if (value instanceof Map) value.clear();
			state.presets = [];
			return;
		}
		const destinations = [
			{ routeTag: 'callTest', srcType: 'call', dest: 'callTestXml', destType: 'call', name: 'Test inbound call xml', options: { callXml: '<Response><Say>Hello</Say></Response>' } },
			{ routeTag: 'ERER', srcType: 'sms', dest: '+15554717204', destType: 'call-relay', name: 'ERER relay', options: {} },
		];
		for (const destination of destinations) {
			const record = {
				accountSid,
				created: null,
				description: '',
				distributionType: 1,
				callbackUrl: null,
				applyTags: null,
				priority: 1,
				ruleSetId: '542da420-98dd-11ec-81df-fb49300e03c2',
				status: 1,
				...destination,
			};
			state.routeDests.set(destKey(record), record);
		}
		const voicemailNumber = '+19495551000';
		for (const [index, from] of ['+17145550101', '+17145550102'].entries()) {
			const recordId = `7c1e${index}a10-2b7d-11ec-9621-0242ac130002`;
			state.voicemails.set(`${voicemailNumber}/${recordId}`, {
				accountSid,
				recordId,
				phoneNumber: voicemailNumber,
				from,
				status: 0,
				duration: 12 + index,
				recordingUrl: `https://recordings.ytel.com/${recordId}.mp3`,
				created: now() - (index + 1) * 3_600_000,
			});
		}
		const scriptId = '0b7f3c10-5e2a-11ec-8d3d-0242ac130003';
		state.scripts.set(scriptId, {
			scriptId,
			name: 'Greeting script',
			externalURL: null,
			questions: [{ context: 'Greet the customer', question: 'Hi %%FIRSTNAME%%, how can I help you today?' }],
			created: now() - 86_400_000,
		});
	}

	const requireTag = (routeTag) => {
		const tag = state.routeTags.get(routeTag);
		if (!tag) throw notFound(`RouteTag ${routeTag} not found`);
		return tag;
	};
	const requireIvr = (ivrName) => {
		const record = state.ivrs.get(ivrName);
		if (!record) throw notFound(`IVR ${ivrName} not found`);
		return record;
	};
	const requireVoicemail = (params) => {
		const record = state.voicemails.get(`${phone(params.phoneNumber, 'phoneNumber')}/${params.recordId}`);
		if (!record || record.status === -1) throw notFound(`Voicemail ${params.recordId} not found`);
		return record;
	};
	const requireScript = (scriptId) => {
		const record = state.scripts.get(scriptId);
		if (!record) throw notFound(`Script ${scriptId} not found`);
		return record;
	};
	const readDestKey = (body) => ({
		routeTag: text(body.routeTag, 'routeTag'),
		srcType: text(body.srcType, 'srcType'),
		dest: text(body.dest, 'dest'),
		destType: text(body.destType, 'destType'),
	});
	/** Numbers or a number set (the requests' descriptions: "a list of numbers or a numberSetId"). */
	const readNumbers = (body) => {
		if (body.numberSetId !== undefined) {
			const set = store.handlers['Get Number Set']({ params: { numberSetId: String(body.numberSetId) } }).payload[0];
			return set.phoneNumbers ?? [];
		}
		if (!Array.isArray(body.phoneNumbers) || body.phoneNumbers.length === 0) throw invalid('phoneNumbers or numberSetId is required');
		return body.phoneNumbers.map((number) => phone(number, 'phoneNumbers'));
	};
	const ROUTE_DEST_FIELDS = ['name', 'description', 'distributionType', 'callbackUrl', 'options', 'applyTags', 'priority', 'ruleSetId', 'status'];
	const readIvr = (body, ivrName) => {
		if (!Array.isArray(body.menus)) throw invalid('menus must be a list');
		const record = { accountSid, ivrName, configurationOptions: body.configurationOptions ?? {}, version: body.version ?? 1, menus: body.menus };
		return record;
	};
	const readScript = (body) => {
		text(body.name, 'name');
		if (!Array.isArray(body.questions)) throw invalid('questions must be a list');
		return { name: body.name, externalURL: body.externalURL ?? null, questions: body.questions };
	};
	const DISPOSITION_FIELDS = ['description', 'tags', 'direction', 'triggeredCampaignId'];

	const handlers = {
		// ---- Inbound Routing: route tags
		'Get all RouteTags': () => envelope([...state.routeTags.values()]),
		'Get RouteTag': ({ params }) => envelope([requireTag(params.routeTag)]),
		'Delete RouteTag': ({ params }) => {
			const tag = requireTag(params.routeTag);
			state.routeTags.delete(params.routeTag);
			return envelope([tag]);
		},
		'Add RouteTag': ({ body }) => {
			const routeTag = text(body.routeTag, 'routeTag');
			if (state.routeTags.has(routeTag)) throw conflict(`RouteTag ${routeTag} already exists`);
			const tag = { accountSid, routeTag, description: body.description ?? '', distributionType: body.distributionType ?? null };
			state.routeTags.set(routeTag, tag);
			return envelope([tag]);
		},
		'Update RouteTag': ({ body }) => {
			const tag = requireTag(text(body.routeTag, 'routeTag'));
			for (const field of ['description', 'distributionType']) if (body[field] !== undefined) tag[field] = body[field];
			return envelope([tag]);
		},
		'Assign RouteTag to number(s)': ({ body }) => {
			const tag = requireTag(text(body.routeTag, 'routeTag'));
			const numbers = readNumbers(body);
			for (const number of numbers) state.assignments.set(number, tag.routeTag);
			return envelope(numbers.map((phoneNumber) => ({ phoneNumber, routeTag: tag.routeTag })));
		},
		'Delete RouteTag from number(s)': ({ body }) => {
			const numbers = readNumbers(body);
			for (const number of numbers) state.assignments.delete(number);
			return envelope(numbers.map((phoneNumber) => ({ phoneNumber, routeTag: null })));
		},

		// ---- Inbound Routing: route destinations
		'Get RouteDest for routeTag': ({ params }) => {
			requireTag(params.routeTag);
			return envelope([...state.routeDests.values()].filter((record) => record.routeTag === params.routeTag));
		},
		'Get all RouteDest for account': () => envelope([...state.routeDests.values()]),
		'Get RouteDest Single Entry': ({ params }) => {
			const record = state.routeDests.get(destKey({ routeTag: params.routeTag, srcType: params.sourceType, dest: params.destination, destType: params.destinationType }));
			if (!record) throw notFound('RouteDest not found');
			return envelope([record]);
		},
		'Add RouteDest': ({ body }) => {
			const key = readDestKey(body);
			requireTag(key.routeTag);
			if (state.routeDests.has(destKey(key))) throw conflict('RouteDest already exists');
			const record = { accountSid, ...key, name: null, created: now(), description: null, distributionType: 1, callbackUrl: null, options: {}, applyTags: null, priority: 1, ruleSetId: null, status: 1 };
			for (const field of ROUTE_DEST_FIELDS) if (body[field] !== undefined) record[field] = body[field];
			state.routeDests.set(destKey(key), record);
			return envelope([record]);
		},
		'Update RouteDest': ({ body }) => {
			const record = state.routeDests.get(destKey(readDestKey(body)));
			if (!record) throw notFound('RouteDest not found');
			for (const field of ROUTE_DEST_FIELDS) if (body[field] !== undefined) record[field] = body[field];
			return envelope([record]);
		},
		'Delete RouteDest': ({ body }) => {
			const key = destKey(readDestKey(body));
			const record = state.routeDests.get(key);
			if (!record) throw notFound('RouteDest not found');
			state.routeDests.delete(key);
			return envelope([record]);
		},

		// ---- IVR (no /v4)
		'Get IVRs': () => envelope([...state.ivrs.values()]),
		'Create IVR': ({ body }) => {
			const ivrName = text(body.ivrName, 'ivrName');
			if (state.ivrs.has(ivrName)) throw conflict(`IVR ${ivrName} already exists`);
			const record = readIvr(body, ivrName);
			state.ivrs.set(ivrName, record);
			return envelope([record]);
		},
		'Update IVR': ({ params, body }) => {
			const previous = requireIvr(params.ivrName);
			if (body.ivrName !== undefined && body.ivrName !== params.ivrName) throw invalid('ivrName in the body differs from the path');
			const record = readIvr(body, params.ivrName);
			state.ivrArchives.set(params.ivrName, [...(state.ivrArchives.get(params.ivrName) ?? []), previous]);
			state.ivrs.set(params.ivrName, record);
			return envelope([record]);
		},
		'Delete IVR': ({ params }) => {
			const record = requireIvr(params.ivrName);
			state.ivrs.delete(params.ivrName);
			return envelope([record]);
		},
		'Get IVR Archives': ({ params }) => {
			const archives = state.ivrArchives.get(params.ivrName);
			if (!archives && !state.ivrs.has(params.ivrName)) throw notFound(`IVR ${params.ivrName} not found`);
			return envelope(archives ?? []);
		},

		// ---- Voicemail
		'Get Voicemails': ({ params }) => {
			const number = phone(params.phoneNumber, 'phoneNumber');
			return envelope([...state.voicemails.values()].filter((record) => record.phoneNumber === number && record.status !== -1));
		},
		'Get Voicemail for Number and Record': ({ params }) => envelope([requireVoicemail(params)]),
		'Get Voicemail for Number and Record Copy': ({ params, body }) => {
			const record = requireVoicemail(params);
			if (body.status !== 1 && body.status !== -1) throw invalid('status must be 1 (listened) or -1 (deleted)');
			record.status = body.status;
			return envelope([record]);
		},

		// ---- Transfer Presets
		'Get Transfer Presets': () => envelope(state.presets),
		'Get Transfer Preset By Group': ({ params }) => envelope(state.presets.filter((preset) => preset.groupId === params.groupId)),
		'Create Transfer Preset': ({ body }) => {
			const preset = { accountSid, groupId: text(body.groupId, 'groupId'), presetType: text(body.presetType, 'presetType'), destination: text(body.destination, 'destination') };
			const same = (other) => other.groupId === preset.groupId && other.presetType === preset.presetType && other.destination === preset.destination;
			if (state.presets.some(same)) throw conflict('Transfer preset already exists');
			state.presets.push(preset);
			return envelope([preset]);
		},
		'Delete Transfer Preset': ({ params }) => {
			const index = state.presets.findIndex((preset) => preset.groupId === params.groupId && preset.presetType === params.type && preset.destination === params.destination);
			if (index < 0) throw notFound('Transfer preset not found');
			const [preset] = state.presets.splice(index, 1);
			return envelope([preset]);
		},

		// ---- Dispositions
		'Get Dispositions': () => envelope([...state.dispositions.values()]),
		'Create Disposition': ({ body }) => {
			const key = text(body.key, 'key');
			if (state.dispositions.has(key)) throw conflict(`Disposition ${key} already exists`);
			const record = { key, description: body.description ?? '', tags: body.tags ?? [], direction: body.direction ?? 'both', triggeredCampaignId: body.triggeredCampaignId ?? null, isDefault: false };
			state.dispositions.set(key, record);
			return envelope([record]);
		},
		'Edit Disposition': ({ params, body }) => {
			const record = state.dispositions.get(params.key);
			if (!record) throw notFound(`Disposition ${params.key} not found`);
			if (body.key !== undefined && body.key !== params.key) throw invalid('key in the body differs from the path');
			const changed = DISPOSITION_FIELDS.filter((field) => body[field] !== undefined);
			if (record.isDefault && changed.some((field) => field !== 'triggeredCampaignId')) throw invalid('only triggeredCampaignId may be set on a default disposition');
			for (const field of changed) record[field] = body[field];
			return envelope([record]);
		},
		'Delete Disposition': ({ params }) => {
			const record = state.dispositions.get(params.key);
			if (!record) throw notFound(`Disposition ${params.key} not found`);
			if (record.isDefault) throw invalid('a default disposition cannot be deleted');
			state.dispositions.delete(params.key);
			return envelope([record]);
		},

		// ---- Scripts
		'Get Scripts': () => envelope([...state.scripts.values()]),
		'Get Script by Id': ({ params }) => envelope([requireScript(params.scriptId)]),
		'Create Script': ({ body }) => {
			const record = { scriptId: crypto.randomUUID(), ...readScript(body), created: now() };
			state.scripts.set(record.scriptId, record);
			return envelope([record]);
		},
		'Edit Script': ({ params, body }) => {
			const record = requireScript(params.scriptId);
			Object.assign(record, readScript(body));
			return envelope([record]);
		},
		'Delete script': ({ params }) => {
			const record = requireScript(params.scriptId);
			state.scripts.delete(params.scriptId);
			return envelope([record]);
		},
		'Get Script for Contact': ({ params, query }) => {
			const record = requireScript(params.scriptId);
			const contact = contactOf(text(query.contactId, 'contactId'));
			const data = contact.extData ?? {};
			const fill = (value) =>
				typeof value === 'string' ? value.replace(/%%(\w+)%%/g, (whole, name) => (data[name.toLowerCase()] !== undefined ? String(data[name.toLowerCase()]) : whole)) : value;
			const questions = clone(record.questions).map((question) => ({ ...question, question: fill(question.question) }));
			return envelope([{ ...record, questions, contactId: contact.contactId }]);
		},
		'Get Script for Contact Copy': ({ params, body }) => {
			requireScript(params.scriptId);
			const contact = contactOf(text(body.contactId, 'contactId'));
			if (!body.responses || typeof body.responses !== 'object' || Array.isArray(body.responses)) throw invalid('responses must be an object');
			return envelope([{ scriptId: params.scriptId, contactId: contact.contactId, responses: body.responses }]);
		},
	};
	handlers['Get Voicemails for Number'] = handlers['Get Voicemails'];

	seed();
	return { handlers, seed };
}

module.exports = { createVoiceRouting };
