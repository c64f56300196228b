'use strict';
/**
 * Ytel contact-centre administration (YCC): the 32 requests of the "CCaaS API/YCC …" folders
 * (issue 20), served under `/api/v2/...` so a credential whose Contact Centre Base URL is
 * `<simulator url>/api/v2` reaches them, with the bearer check of auth.js (the v4 token).
 *
 * The collection saved NO example answer for any YCC request, so every answer here is INFERRED.
 * Ytel's folder descriptions document each answer by its fields "within data", so answers are
 * PLAIN JSON, not the v4 envelope: reads `{data: …}` (a list or one object), writes
 * `{message, data}` with the record written, deletes `{message}`. Failures use HTTP statuses
 * with `{message}` (INFERRED): 404 unknown record, 409 an ID already taken, 422 a missing or
 * invalid field. Other choices (all INFERRED):
 * - Four rows point at `ycc-api-dev.ytel.com`, two without `/v2`: routed at the production paths
 *   the folders document (`/api/v2/update-campaign-list-mix`, `/api/v2/number-update`).
 * - Lists: Get Campaign List and Get Agent Groups List page by `limit` and `page` (from 1); Get
 *   Inbound Queue List takes `limit` only; Get Agent List answers everything.
 * - Update Campaign List Mix replaces the mix's lists; the percentages must total 100 and each
 *   list needs a status (the request's description says so). Activate makes the mix the
 *   campaign's only ACTIVE one.
 * - Delete Inbound Queue and Delete Voicemail are GETs, Get Agent's Inbound Groups a POST, as the
 *   collection writes them. Delete Agent Group reads the group from `user_id` (its description);
 *   the body the collection shows (a copy of Clone's) is ignored.
 * - Updates merge the fields sent into the record; agents are found by `email` (Update Agent
 *   Details, inbound groups), `new_email` changes it. Passwords are stored and answered only by Get Voicemail (its
 *   description lists `pass`).
 * Seeded ids are the collection's own example values where an example reads or changes a record
 * (campaign `cid`, queue `TEST2`, agent `1050` with `agentemail@email.com`, group `TESTGROUP`,
 * number 12223334444, …), not where an example creates one (queue `TEST`, voicemail `jbtest`,
 * group `TestGroup25`), plus a few more (`OLDQUEUE`, `OLDGROUP`, `vmid` to delete).
 */
const fs = require('node:fs');
const path = require('node:path');

const YCC_HOST = /^https:\/\/ycc-api(-dev)?\.ytel\.com$/;
/** Handlers are found by request name, and some YCC names are also v4 names (Get Number): YCC's carry this prefix here. */
const NAME_PREFIX = 'YCC ';
const LOOKUP_CASES = ['cam', 'inboundgroupoption', 'callmenu', 'voicemail', 'agent', 'agentgroup'];

class YccError extends Error {
	constructor(status, message) {
		super(message);
		this.status = status;
	}
}
const notFound = (what) => new YccError(404, `${what} not found`);
const invalid = (message) => new YccError(422, message);
const taken = (what) => new YccError(409, `${what} already exists`);
const text = (value) => typeof value === 'string' && value.trim() !== '';
const copy = (value) => JSON.parse(JSON.stringify(value));
const withoutPass = ({ pass, ...rest }) => rest;

/** The YCC rows of the fixture, at their production paths (`/api/…` without `v2` gets it). */
function yccRows() {
	const rows = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'endpoints.json'), 'utf8'));
	return rows
		.filter((row) => row.vendor === 'Ytel' && YCC_HOST.test(row.host))
		.map((row) => ({ ...row, name: `${NAME_PREFIX}${row.name}`, host: 'https://ycc-api.ytel.com', path: row.path.replace(/^\/api\/(?!v2\/)/, '/api/v2/') }));
}

function required(body, fields) {
	const missing = fields.filter((field) => !text(typeof body[field] === 'number' ? String(body[field]) : body[field]));
	if (missing.length) throw invalid(`The ${missing.join(', ')} field${missing.length > 1 ? 's are' : ' is'} required.`);
}

function page(list, query, { pageParam = true } = {}) {
	const limit = query.limit === undefined ? list.length : Number(query.limit);
	const number = pageParam && query.page !== undefined ? Number(query.page) : 1;
	if (!Number.isInteger(limit) || limit < 1) throw invalid('The limit must be a whole number above 0.');
	if (!Number.isInteger(number) || number < 1) throw invalid('The page must be a whole number from 1.');
	return list.slice((number - 1) * limit, number * limit);
}

const QUEUE_DEFAULTS = { group_color: '#000001', active: 'Y', next_agent_call: 'random', call_time_id: '24hours', queue_priority: 0, drop_call_seconds: 360, voicemail_ext: null, web_form_address: null };

function createYcc() {
	let state;

	function seed({ empty = false } = {}) {
		state = { campaigns: new Map(), mixes: new Map(), queues: new Map(), voicemails: new Map(), numbers: new Map(), agents: new Map(), groups: new Map(), callMenus: [] };
		if (empty) return;
		const statuses = ['A', 'ADAIR', 'ADC', 'AFAX', 'XDROP', 'SVYREC', 'SVYVM', 'TIMEOT', 'XFER'].map((status) => ({ status, status_name: `Status ${status}` }));
		for (const [id, name, lists] of [
			['cid', 'Example campaign', [1000]],
			['fakename', 'Example campaign 2', [1000, 909]],
			['SALES01', 'Sales outbound', [2001, 2002]],
			['RENEWALS', 'Renewals', [3001]],
		]) {
			state.campaigns.set(id, { campaign_id: id, campaign_name: name, dial_status: statuses, lists: lists.map((list_id) => ({ list_id, list_name: `List ${list_id}` })) });
		}
		state.mixes.set('fakename/jbtest1', { vcl_id: 'jbtest1', vcl_name: 'JB Test 1', campaign_id: 'fakename', status: 'ACTIVE', lmc_rows: [{ list_id: 1000, mix_percentage: 100, statuses: ['XDROP'] }] });
		state.mixes.set('SALES01/EVENING_MIX', { vcl_id: 'EVENING_MIX', vcl_name: 'Evening mix', campaign_id: 'SALES01', status: 'ACTIVE', lmc_rows: [{ list_id: 2001, mix_percentage: 60, statuses: ['A'] }, { list_id: 2002, mix_percentage: 40, statuses: ['ADC'] }] });
		for (const [group_id, group_name] of [
			['AGENTDIRECT', 'Single Agent Direct Queue'],
			['TEST2', 'Test queue 2'],
			['OLDQUEUE', 'Queue to delete'],
			['SUPPORT', 'Support'],
		]) {
			state.queues.set(group_id, { group_id, group_name, ...QUEUE_DEFAULTS });
		}
		for (const [voicemail_id, fullname] of [
			['vmid', 'Box to delete'],
			['8001', 'Support voicemail'],
		]) {
			state.voicemails.set(voicemail_id, { voicemail_id, active: 'Y', pass: '9876', fullname, messages: 2, old_messages: 5, email: '', delete_vm_after_email: 'N', voicemail_timezone: 'pacific', voicemail_options: '', user_group: '---ALL---', voicemail_greeting: '', on_login_report: 'N' });
		}
		for (const did_pattern of ['12223334444', '12068487626']) {
			state.numbers.set(did_pattern, { did_id: state.numbers.size + 1, did_pattern, did_description: 'Main line', did_active: 'Y', did_route: 'IN_GROUP', group_id: 'SUPPORT', record_call: 'N', list_id: '999', call_handle_method: 'CID', filter_inbound_number: 'DISABLED' });
		}
		for (const [user, full_name, email, user_group] of [
			['1010', 'Dana Reyes', 'dana@example.com', 'AGENTSGROUP'],
			['1050', 'John Doe', 'agentemail@email.com', 'AGENTSGROUP'],
			['1984', 'Template Agent', 'template@example.com', 'ADMIN'],
		]) {
			state.agents.set(user, {
				user,
				full_name,
				email,
				pass: 'agent-pass-1',
				user_group,
				active: 'Y',
				voicemail_id: '8001',
				force_change_password: 'N',
				inbound: [{ group_id_values: 'AGENTDIRECT', group_name_values: 'Single Agent Direct Queue', group_rank: 0, group_grade: 1, calls_today: 0, group_web_vars: '', status: 1, daily_limit: -1, UpdateRow: 0 }],
			});
		}
		for (const [user_group, group_name] of [
			['ADMIN', 'Administrators'],
			['AGENTSGROUP', 'Agents'],
			['TESTGROUP', 'Test group'],
			['OLDGROUP', 'Group to delete'],
		]) {
			state.groups.set(user_group, { user_group, group_name, allowed_campaigns: ['-ALL-CAMPAIGNS-'], shift_enforcement: 'OFF', agent_call_log_view: 'N' });
		}
		state.callMenus = [{ menu_id: 'MAIN', menu_name: 'Main menu' }];
	}

	const campaignOf = (id) => state.campaigns.get(id) ?? (() => { throw notFound(`Campaign ${id}`); })();
	const mixOf = (campaignId, vclId) => state.mixes.get(`${campaignId}/${vclId}`) ?? (() => { throw notFound(`List mix ${vclId} of campaign ${campaignId}`); })();
	const mixById = (vclId) => [...state.mixes.values()].find((mix) => mix.vcl_id === vclId) ?? (() => { throw notFound(`List mix ${vclId}`); })();
	const queueOf = (id) => state.queues.get(id) ?? (() => { throw notFound(`Inbound queue ${id}`); })();
	const voicemailOf = (id) => state.voicemails.get(id) ?? (() => { throw notFound(`Voicemail ${id}`); })();
	const numberOf = (did) => state.numbers.get(did) ?? (() => { throw notFound(`Number ${did}`); })();
	const agentOf = (id) => state.agents.get(id) ?? (() => { throw notFound(`Agent ${id}`); })();
	const agentByEmail = (email) => [...state.agents.values()].find((agent) => agent.email === email) ?? (() => { throw notFound(`Agent ${email}`); })();
	const groupOf = (id) => state.groups.get(id) ?? (() => { throw notFound(`Agent group ${id}`); })();
	const agentView = (agent) => {
		const { inbound, ...rest } = agent;
		return withoutPass(rest);
	};

	function checkMixLists(campaign, lists) {
		if (!Array.isArray(lists) || !lists.length) throw invalid('A list mix needs at least one list.');
		for (const entry of lists) {
			if (!Number.isInteger(entry.list_id)) throw invalid('Each list_id must be a whole number.');
			if (!Array.isArray(entry.statuses) || !entry.statuses.length) throw invalid(`List ${entry.list_id} needs at least one status.`);
		}
		const total = lists.reduce((sum, entry) => sum + Number(entry.mix_percentage), 0);
		if (total !== 100) throw invalid(`Mix percentages must total 100 (got ${total}).`);
		return lists.map((entry) => ({ list_id: entry.list_id, mix_percentage: entry.mix_percentage, statuses: entry.statuses }));
	}

	const handlers = {
		'Get Global API': ({ body }) => {
			const cases = body.case;
			if (!Array.isArray(cases) || !cases.length) throw invalid('The case field is required.');
			const unknown = cases.filter((entry) => !LOOKUP_CASES.includes(entry));
			if (unknown.length) throw invalid(`Unknown case: ${unknown.join(', ')}`);
			const lists = {
				cam: () => [...state.campaigns.values()].map(({ campaign_id, campaign_name }) => ({ campaign_id, campaign_name })),
				inboundgroupoption: () => [...state.queues.values()].map(({ group_id, group_name }) => ({ group_id, group_name })),
				callmenu: () => state.callMenus,
				voicemail: () => [...state.voicemails.values()].map(({ voicemail_id, fullname }) => ({ voicemail_id, fullname })),
				agent: () => [...state.agents.values()].map(({ user, full_name }) => ({ user, full_name })),
				agentgroup: () => [...state.groups.values()].map(({ user_group, group_name }) => ({ user_group, group_name })),
			};
			return { data: Object.fromEntries(cases.map((entry) => [entry, lists[entry]()])) };
		},
		'Get Campaign List': ({ query }) => ({
			data: page([...state.campaigns.values()], query).map(({ campaign_id, campaign_name }) => ({
				campaign_id,
				campaign_name,
				list_mix: [...state.mixes.values()].filter((mix) => mix.campaign_id === campaign_id).map((mix) => mix.vcl_id),
			})),
		}),
		'Get Campaign Data Mix List': ({ query }) => {
			const campaign = campaignOf(query.campaign_id);
			return { data: { result: [...state.mixes.values()].filter((mix) => mix.campaign_id === campaign.campaign_id), dial_status: campaign.dial_status, lists: campaign.lists } };
		},
		'Get Campaign Statuses': ({ query }) => ({
			data: { dial_status: campaignOf(query.campaign_id).dial_status.map(({ status, status_name }) => ({ status, option_title: `${status} - ${status_name}` })) },
		}),
		'Get Campaign List Mix': ({ query }) => {
			const mix = mixById(query.list_mix_id);
			return { data: { ...mix, dial_status: campaignOf(mix.campaign_id).dial_status } };
		},
		'Activate Campaign List Mix': ({ body }) => {
			required(body, ['campaign_id', 'vcl_id']);
			const mix = mixOf(body.campaign_id, body.vcl_id);
			for (const other of state.mixes.values()) if (other.campaign_id === mix.campaign_id) other.status = 'INACTIVE';
			mix.status = 'ACTIVE';
			return { message: 'List mix activated', data: mix };
		},
		'Create Campaign List Mix': ({ body }) => {
			required(body, ['vcl_id', 'vcl_name', 'campaign_id', 'list_id']);
			const campaign = campaignOf(body.campaign_id);
			if (state.mixes.has(`${campaign.campaign_id}/${body.vcl_id}`)) throw taken(`List mix ${body.vcl_id}`);
			if (!Array.isArray(body.dial_status) || !body.dial_status.length) throw invalid('The dial_status field is required.');
			const mix = { vcl_id: body.vcl_id, vcl_name: body.vcl_name, campaign_id: campaign.campaign_id, status: 'INACTIVE', lmc_rows: [{ list_id: Number(body.list_id), mix_percentage: 100, statuses: body.dial_status }] };
			state.mixes.set(`${campaign.campaign_id}/${body.vcl_id}`, mix);
			return { message: 'List mix created', data: mix };
		},
		'Update Campaign List Mix': ({ body }) => {
			required(body, ['campaign_id', 'vcl_id']);
			const mix = mixOf(body.campaign_id, body.vcl_id);
			mix.lmc_rows = checkMixLists(campaignOf(body.campaign_id), body.vcl_lists);
			if (text(body.vcl_name)) mix.vcl_name = body.vcl_name;
			return { message: 'List mix updated', data: mix };
		},
		'Delete Campaign List Mix': ({ body }) => {
			required(body, ['campaign_id', 'vcl_id']);
			mixOf(body.campaign_id, body.vcl_id);
			state.mixes.delete(`${body.campaign_id}/${body.vcl_id}`);
			return { message: 'List mix deleted' };
		},

		'Get Inbound Queue': ({ params }) => ({ data: queueOf(params.group_id) }),
		'Get Inbound Queue List': ({ query }) => ({
			data: page([...state.queues.values()], query, { pageParam: false }).map(({ group_id, group_name, group_color, active, queue_priority, call_time_id }) => ({ group_id, group_name, group_color, active, queue_priority, call_time_id })),
		}),
		'Clone Inbound Queue': ({ body }) => {
			required(body, ['group_id', 'group_name', 'from_inbound_id']);
			const from = queueOf(body.from_inbound_id);
			if (state.queues.has(body.group_id)) throw taken(`Inbound queue ${body.group_id}`);
			const queue = { ...copy(from), group_id: body.group_id, group_name: body.group_name };
			state.queues.set(queue.group_id, queue);
			return { message: 'Inbound queue cloned', data: queue };
		},
		'Update Inbound Queue': ({ body }) => {
			required(body, ['group_id']);
			const queue = queueOf(body.group_id);
			Object.assign(queue, body);
			return { message: 'Inbound queue updated', data: queue };
		},
		'Delete Inbound Queue': ({ query }) => {
			queueOf(query.group_id);
			state.queues.delete(query.group_id);
			return { message: 'Inbound queue deleted' };
		},

		// Ytel documents `pass` among the fields Get Voicemail answers.
		'Get Voicemail': ({ params }) => ({ data: voicemailOf(params.id) }),
		'Delete Voicemail': ({ query }) => {
			voicemailOf(query.voicemail_id);
			state.voicemails.delete(query.voicemail_id);
			return { message: 'Voicemail deleted' };
		},
		'Create Voicemail': ({ body }) => {
			required(body, ['voicemail_id', 'pass', 'fullname']);
			if (state.voicemails.has(body.voicemail_id)) throw taken(`Voicemail ${body.voicemail_id}`);
			const box = { active: 'Y', messages: 0, old_messages: 0, email: '', delete_vm_after_email: 'N', voicemail_timezone: '', voicemail_options: '', user_group: '---ALL---', voicemail_greeting: '', ...body };
			state.voicemails.set(box.voicemail_id, box);
			return { message: 'Voicemail created', data: withoutPass(box) };
		},
		'Update Voicemail': ({ body }) => {
			required(body, ['voicemail_id']);
			const box = voicemailOf(body.voicemail_id);
			Object.assign(box, body);
			return { message: 'Voicemail updated', data: withoutPass(box) };
		},

		'Get Number': ({ params }) => {
			if (!/^\d+$/.test(params.didPattern)) throw invalid('The number must be digits.');
			return { data: numberOf(params.didPattern), callback_queue_url: null, number_set_id: null };
		},
		'Number Update': ({ body }) => {
			required(body, ['did_pattern']);
			const number = numberOf(body.did_pattern);
			Object.assign(number, body);
			return { message: 'Number updated', data: number };
		},

		'Get Agent List': () => ({ data: [...state.agents.values()].map(({ user, full_name }) => ({ user, full_name })) }),
		'Get Agent Details': ({ query }) => {
			const agent = agentOf(query.id);
			return { data: { user_info: agentView(agent), manual_dial_cid: null, admin_user_group_list: [...state.groups.keys()], voicemail: [...state.voicemails.keys()], dids: [...state.numbers.keys()] } };
		},
		'Clone Agent': ({ body }) => {
			required(body, ['from_agent', 'full_name', 'new_agent', 'pass', 'email']);
			const from = agentOf(body.from_agent);
			if (state.agents.has(body.new_agent)) throw taken(`Agent ${body.new_agent}`);
			const agent = { ...copy(from), user: body.new_agent, full_name: body.full_name, email: body.email, pass: body.pass };
			state.agents.set(agent.user, agent);
			return { message: 'Agent cloned', data: agentView(agent) };
		},
		'Update Agent Details': ({ body }) => {
			required(body, ['email']);
			const agent = agentByEmail(body.email);
			const { email, new_email, name, inbound, ...changes } = body;
			for (const [key, value] of Object.entries(changes)) if (value !== null) agent[key] = value;
			if (text(new_email)) agent.email = new_email;
			return { message: 'Agent updated', data: agentView(agent) };
		},
		"Get Agent's Inbound Groups": ({ body }) => {
			required(body, ['email']);
			return { data: agentByEmail(body.email).inbound };
		},
		"Update Agent's Inbound Groups": ({ body }) => {
			required(body, ['email']);
			const agent = agentByEmail(body.email);
			if (!Array.isArray(body.inbound_array)) throw invalid('The inbound_array field must be a list.');
			agent.inbound = copy(body.inbound_array);
			return { message: 'Inbound groups updated', data: agent.inbound };
		},
		'Delete Agent': ({ query }) => {
			agentOf(query.user_id);
			state.agents.delete(query.user_id);
			return { message: 'Agent deleted' };
		},
		'Get Agent Groups List': ({ query }) => ({ data: page([...state.groups.values()], query).map(({ user_group, group_name }) => ({ user_group, group_name })) }),
		'Get Agent Group': ({ query }) => {
			const group = groupOf(query.user_group);
			return { data: { group_info: group, campaign: [...state.campaigns.keys()] } };
		},
		'Update Agent Group': ({ body }) => {
			required(body, ['user_group']);
			const group = groupOf(body.user_group);
			Object.assign(group, body);
			return { message: 'Agent group updated', data: group };
		},
		'Clone Agent Group': ({ body }) => {
			required(body, ['from_user_group', 'user_group']);
			const from = groupOf(body.from_user_group);
			if (state.groups.has(body.user_group)) throw taken(`Agent group ${body.user_group}`);
			const group = { ...copy(from), user_group: body.user_group };
			state.groups.set(group.user_group, group);
			return { message: 'Agent group cloned', data: group };
		},
		'Delete Agent Group': ({ query }) => {
			groupOf(query.user_id);
			state.groups.delete(query.user_id);
			return { message: 'Agent group deleted' };
		},
	};

	/** YCC failures are HTTP statuses with `{message}`, not the v4 envelope. */
	const wrapped = Object.fromEntries(
		Object.entries(handlers).map(([name, handler]) => [
			`${NAME_PREFIX}${name}`,
			(context) => {
				try {
					return handler(context);
				} catch (error) {
					if (!(error instanceof YccError)) throw error;
					return { status: error.status, body: { message: error.message } };
				}
			},
		]),
	);

	seed();
	return { rows: yccRows(), handlers: wrapped, seed, state: () => state };
}

module.exports = { createYcc, yccRows };
