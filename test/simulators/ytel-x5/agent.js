'use strict';
/**
 * The x5 Agent API (`/x5/api/agent.php`, 21 functions of the collection's "CCaaS API/Agent API"):
 * agent sessions and the answers of Ytel's (VICIdial's) Agent API document, function by function:
 * `SUCCESS: <function> function set - a|b`, `ERROR: <reason> - a|b`, `NOTICE: …`, the webserver's
 * `key: value` lines, the webphone URL as bare text. The collection saved no example answer.
 *
 * INFERRED (the document shows the lines, not the state behind them):
 * - Seeded agents: 1000 logged in, paused, a lead on screen (lead 123456, 7275551212), CRM agent
 *   876543 of team 207, webphone enabled; 1028 a remote agent on call Y0316001655000402028;
 *   2000 exists, not logged in. Unknown agents: `no user found`.
 * - Values the document leaves open are checked against its lists (park_call, transfer_conference,
 *   recording, preview_dial_action, set_timer_action, external_pause, ra_call_control stages).
 * - external_dial finds the agent by `alt_user` (custom_three), as the collection sends it; its
 *   answer's 7th value is the lead_id sent and its 11th (a caller ID from a group alias) stays empty.
 * - update_fields: `--BLANK--` empties a field; the answer lists the fields set as `name='value'`.
 */

const PARK_VALUES = ['PARK_CUSTOMER', 'GRAB_CUSTOMER', 'PARK_IVR_CUSTOMER', 'GRAB_IVR_CUSTOMER', 'PARK_XFER', 'GRAB_XFER', 'SWAP_PARK_CUSTOMER', 'SWAP_PARK_XFER', 'HANGUP_XFER_GRAB_CUSTOMER'];
const TRANSFER_VALUES = ['HANGUP_XFER', 'HANGUP_BOTH', 'BLIND_TRANSFER', 'LEAVE_VM', 'LOCAL_CLOSER', 'DIAL_WITH_CUSTOMER', 'PARK_CUSTOMER_DIAL', 'LEAVE_3WAY_CALL'];
const TIMER_VALUES = ['NONE', 'WEBFORM', 'WEBFORM2', 'D1_DIAL', 'D2_DIAL', 'D3_DIAL', 'D4_DIAL', 'D5_DIAL', 'MESSAGE_ONLY'];
const PREVIEW_VALUES = ['SKIP', 'DIALONLY', 'ALTDIAL', 'ADR3DIAL', 'FINISH'];
const LEAD_FIELDS = ['address1', 'address2', 'address3', 'alt_phone', 'city', 'comments', 'country_code', 'date_of_birth', 'email', 'first_name', 'gender', 'gmt_offset_now', 'last_name', 'middle_initial', 'phone_number', 'phone_code', 'postal_code', 'province', 'security_phrase', 'source_id', 'state', 'title', 'vendor_lead_code', 'rank', 'owner'];
const BLANK = '--BLANK--';

function seedAgents() {
	return {
		1000: {
			loggedIn: true,
			paused: true,
			status: 'PAUSED',
			customThree: '876543',
			team: '207',
			campaign: 'TESTCAMP',
			ingroups: ['TEST_IN', 'SALESLINE'],
			blended: 'YES',
			session: '8600051',
			server: '192.168.1.5',
			liveCall: 'M2141842580000000044',
			lead: { lead_id: 123456, phone_number: '7275551212', vendor_lead_code: '9987-1234765', province: 'SK', security_phrase: 'WILLIAMS', source_id: 'JUH764AJJJ9', first_name: 'Bob', last_name: 'Smith', list_id: 101 },
			recording: null,
			pauseCode: '',
			webphone: 'https://phone.ytel.example/webphone?session=8600051',
			manualQueue: [],
			timer: null,
		},
		1028: { loggedIn: true, paused: false, status: 'INCALL', remote: true, remoteCall: 'Y0316001655000402028', customThree: '', team: '', ingroups: [], manualQueue: [] },
		2000: { loggedIn: false, paused: false, status: 'LOGGED_OUT', customThree: '555000', team: '207', ingroups: [], manualQueue: [] },
	};
}

function createAgentFunctions({ now }) {
	let agents = seedAgents();
	let nextLeadId = 200001;
	const epoch = () => Math.floor(now() / 1000);
	const ok = (text) => `SUCCESS: ${text}`;
	const error = (text) => `ERROR: ${text}`;

	/** The agent of `agent_user`, or the document's answer when there is none or they are logged out. */
	function session(query, { needsLogin = true } = {}) {
		const name = query.agent_user ?? '';
		const agent = agents[name];
		if (!agent) return { answer: error(`no user found - ${name}`) };
		if (needsLogin && !agent.loggedIn) return { answer: error(`agent_user is not logged in - ${name}`) };
		return { agent, name };
	}
	const byCustomThree = (value) => Object.entries(agents).find(([, agent]) => value && agent.customThree === value);

	const functions = {
		external_hangup(query) {
			const { answer, name } = session(query);
			if (answer) return answer;
			if (query.value !== undefined && query.value !== '1') return error(`external_hangup not valid - ${query.value}|${name}`);
			return ok(`external_hangup function set - 1|${name}`);
		},
		external_status(query) {
			const { answer, agent, name } = session(query);
			if (answer) return answer;
			if (!query.value) return error(`external_status not valid - |${name}`);
			if (query.callback_datetime && !/^\d{4}-\d{2}-\d{2}[ +]\d{2}:\d{2}:\d{2}$/.test(query.callback_datetime)) return error(`external_status not valid - ${query.value}|${name}`);
			if (query.callback_type && !['USERONLY', 'ANYONE'].includes(query.callback_type)) return error(`external_status not valid - ${query.value}|${name}`);
			agent.status = query.value;
			return ok(`external_status function set - ${query.value}|${name}`);
		},
		external_pause(query) {
			const { answer, agent, name } = session(query);
			if (answer) return answer;
			if (!['PAUSE', 'RESUME'].includes(query.value)) return error(`external_pause not valid - ${query.value ?? ''}|${name}`);
			agent.paused = query.value === 'PAUSE';
			agent.status = agent.paused ? 'PAUSED' : 'READY';
			return ok(`external_pause function set - ${query.value}|${epoch()}|${name}`);
		},
		logout(query) {
			const { answer, agent, name } = session(query);
			if (answer) return answer;
			if (query.value !== 'LOGOUT') return error(`logout not valid - ${query.value ?? ''}|${name}`);
			agent.loggedIn = false;
			agent.status = 'LOGGED_OUT';
			return ok(`logout function set - LOGOUT|${epoch()}|${name}`);
		},
		external_dial(query) {
			const found = byCustomThree(query.alt_user);
			const name = found?.[0] ?? query.alt_user ?? '';
			if (!found) return error(`no user found - ${name}`);
			const agent = found[1];
			if (!agent.loggedIn) return error(`agent_user is not logged in - ${name}`);
			const number = query.value ?? '';
			if (!query.lead_id && !/^\d{7,18}$|^MANUALNEXT$/.test(number)) return error(`phone number is not valid - ${name}|${number}|${query.lead_id ?? ''}|`);
			if (query.lead_id && !/^\d+$/.test(query.lead_id)) return error(`lead_id is not valid - ${name}|${query.lead_id}`);
			for (const flag of ['search', 'preview', 'focus']) {
				if (query[flag] !== undefined && !['YES', 'NO'].includes(query[flag])) return error(`external_dial not valid - ${number}|${query.phone_code ?? ''}|${query.search ?? ''}|${name}`);
			}
			if (agent.manualQueue.includes(number)) return error(`phone_number is already in this agents manual dial queue - ${name}|${number}`);
			agent.manualQueue.push(number);
			return ok(
				`external_dial function set - ${number}|${name}|${query.phone_code ?? ''}|${query.search ?? ''}|${query.preview ?? ''}|${query.focus ?? ''}|${query.lead_id ?? ''}|${epoch()}|${query.dial_prefix ?? ''}|${query.group_alias ?? ''}||`,
			);
		},
		preview_dial_action(query) {
			const { answer, name } = session(query);
			if (answer) return answer;
			if (!PREVIEW_VALUES.includes(query.value)) return error(`preview_dial_action not valid - ${query.value ?? ''}|${name}`);
			return ok(`preview_dial_action function set - ${query.value}|${name}|${query.value}`);
		},
		external_add_lead(query) {
			const { answer, agent, name } = session(query);
			if (answer) return answer;
			const phone = query.phone_number ?? '';
			if (!LEAD_FIELDS.some((field) => query[field])) return error(`external_add_lead not valid - ${phone}|${query.phone_code ?? ''}|${name}|`);
			if (query.date_of_birth && !/^\d{4}-\d{2}-\d{2}$/.test(query.date_of_birth)) return error(`external_add_lead not valid - ${phone}|${query.phone_code ?? ''}|${name}|`);
			const leadId = nextLeadId++;
			agent.manualQueue.push(phone);
			return ok(`lead added - ${phone}|${agent.campaign ?? ''}|101|${leadId}|${name}`);
		},
		change_ingroups(query) {
			// The collection sends no agent_user: the API user's own agent session (INFERRED: agent 1000).
			const name = query.agent_user ?? '1000';
			const agent = agents[name];
			if (!agent?.loggedIn) return error(`agent_user is not logged in - ${name}`);
			const choices = (query.ingroup_choices ?? '').split(/[ +]/).filter((group) => group && group !== '-');
			if (!['CHANGE', 'ADD', 'REMOVE'].includes(query.value)) return error(`change_ingroups not valid - ${query.blended ?? ''}| ${choices.join(' ')} -`);
			if (query.value !== 'CHANGE' && !choices.length) return error(`ingroup_choices are required for ADD and REMOVE values - ${query.value}|`);
			if (query.value === 'CHANGE') agent.ingroups = choices;
			if (query.value === 'ADD') agent.ingroups = [...new Set([...agent.ingroups, ...choices])];
			if (query.value === 'REMOVE') agent.ingroups = agent.ingroups.filter((group) => !choices.includes(group));
			if (query.blended) agent.blended = query.blended;
			return ok(`change_ingroups function set - ${agent.blended ?? 'NO'}| ${agent.ingroups.join(' ')} -|${name}`);
		},
		update_fields(query) {
			const { answer, agent, name } = session(query);
			if (answer) return answer;
			if (!agent.lead) return error(`agent_user does not have a lead on their screen - ${query.user}|${name}`);
			const given = LEAD_FIELDS.filter((field) => query[field] !== undefined);
			if (!given.length) return error(`no fields have been defined - ${name}`);
			if (query.date_of_birth && query.date_of_birth !== BLANK && !/^\d{4}-\d{2}-\d{2}$/.test(query.date_of_birth)) return error(`update_fields not valid - ${name}`);
			const changes = given.map((field) => {
				const value = query[field] === BLANK ? '' : query[field];
				agent.lead[field] = value;
				return `${field}='${value}'`;
			});
			return ok(`update_fields lead updated - ${query.user}|${name}|${agent.lead.lead_id}|${changes.join(',')}`);
		},
		set_timer_action(query) {
			const { answer, agent, name } = session(query);
			if (answer) return answer;
			if (!TIMER_VALUES.includes(query.value)) return error(`set_timer_action not valid - ${name}`);
			agent.timer = { action: query.value, notes: query.notes ?? '', rank: query.rank ?? '' };
			return ok(`set_timer_action lead updated - ${query.user}|${name}|${query.value}|${query.notes ?? ''}|${query.rank ?? ''}`);
		},
		st_login_log(query) {
			if (!query.value || !query.vendor_id) return error(`st_login_log not valid - ${query.value ?? ''}|${query.vendor_id ?? ''}`);
			const found = Object.entries(agents).find(([, agent]) => agent.customThree === query.value && agent.team === query.vendor_id);
			if (!found) return error(`no user found - ${query.value}`);
			return ok(`st_login_log user found - ${found[0]}`);
		},
		st_get_agent_active_lead(query) {
			if (!query.value || !query.vendor_id) return error(`st_get_agent_active_lead not valid - ${query.value ?? ''}|${query.vendor_id ?? ''}`);
			const found = Object.entries(agents).find(([, agent]) => agent.customThree === query.value && agent.team === query.vendor_id);
			if (!found) return error(`no user found - ${query.value}`);
			const [name, agent] = found;
			if (!agent.loggedIn) return error(`user not logged in - ${name}`);
			if (!agent.lead) return error(`no active lead found - ${name}`);
			const lead = agent.lead;
			return ok(`st_get_agent_active_lead lead found - ${name}|${lead.phone_number}|${lead.lead_id}|${lead.vendor_lead_code}|${lead.province}|${lead.security_phrase}|${lead.source_id}`);
		},
		ra_call_control(query) {
			const { answer, agent, name } = session(query);
			if (answer) return answer.replace('agent_user is not logged in', 'user not logged in');
			if (!['HANGUP', 'EXTENSIONTRANSFER', 'INGROUPTRANSFER'].includes(query.stage)) return error(`stage is not valid - ${query.stage ?? ''}`);
			if (!query.value || agent.remoteCall !== query.value) return error(`no active call found - ${query.value ?? ''}`);
			if (query.stage === 'HANGUP') return ok(`ra_call_control hungup - ${name}|${query.value}|HANGUP`);
			if (query.stage === 'EXTENSIONTRANSFER') {
				if (!/^\d{3,}$/.test(query.phone_number ?? '')) return error(`phone_number is not valid - ${query.phone_number ?? ''}`);
				return ok(`ra_call_control transferred - ${name}|${query.value}|${query.phone_number}`);
			}
			if (!query.ingroup_choices) return error('ingroup is not valid - ');
			return ok(`ra_call_control transferred - ${name}|${query.value}|${query.ingroup_choices}`);
		},
		send_dtmf(query) {
			const { answer, name } = session(query);
			if (answer) return answer;
			if (!/^[0-9QPS#*]+$/.test(query.value ?? '')) return error(`send_dtmf not valid - ${query.value ?? ''}|${name}`);
			return ok(`send_dtmf function set - ${query.value}|${name}`);
		},
		transfer_conference(query) {
			const { answer, agent, name } = session(query);
			if (answer) return answer;
			if (!query.value) return error(`transfer_conference not valid - |${name}`);
			if (!TRANSFER_VALUES.includes(query.value)) return error(`value is not valid - ${query.value}|${name}`);
			if (!agent.liveCall) return error(`agent_user does not have a live call - ${name}`);
			return ok(`transfer_conference function set - ${query.value}|${query.ingroup_choices ?? ''}|${query.phone_number ?? ''}|${query.consultative ?? ''}|${name}|${agent.liveCall}|`);
		},
		park_call(query) {
			const { answer, agent, name } = session(query);
			if (answer) return answer;
			if (!PARK_VALUES.includes(query.value)) return error(`park_call not valid - ${query.value ?? ''}|${name}`);
			if (!agent.lead) return error(`agent_user does not have a lead on their screen - ${name}`);
			return ok(`park_call function set - ${query.value}|${name}`);
		},
		recording(query) {
			const { answer, agent, name } = session(query);
			if (answer) return answer;
			const tail = `${agent.server}|${agent.session}|${agent.status}`;
			if (query.value === 'STATUS') {
				const active = agent.recording;
				return active ? `NOTICE: recording active - ${name}|${active.id}|${active.filename}|${agent.server}|${active.start}|${tail}` : `NOTICE: not recording - ${name}|||||${tail}`;
			}
			if (query.value === 'START') {
				const stage = (query.stage ?? '').slice(0, 14);
				agent.recording = { id: 121242, filename: `20120810-012008__${name}_${stage}`, start: '2012-08-10 01:20:10' };
				return ok(`recording function sent - ${name}|START${stage}||||${tail}`);
			}
			if (query.value === 'STOP') {
				if (!agent.recording) return error(`stop recording error - ${name}|||||${tail}`);
				agent.recording = null;
				return ok(`recording function sent - ${name}|STOP||||${tail}`);
			}
			return error(`recording not valid - ${query.value ?? ''}|${name}`);
		},
		webserver() {
			return [
				'Webserver Data:',
				'set.timezone: America/New_York',
				'abbr.timezone: EST',
				'dst.timezone: 0',
				'host name: x5-web-1',
				'server name: x5.ytel.example',
				'php version: 8.1.2',
				'system loadavg: 0.06',
				'max_execution_time: 360',
				'',
			].join('\n');
		},
		webphone_url(query) {
			const { answer, agent, name } = session(query);
			if (answer) return answer;
			if (!['DISPLAY', 'LAUNCH'].includes(query.value)) return error(`webphone_url not valid - ${name}|${query.value ?? ''}`);
			if (!agent.webphone) return error(`webphone_url error - webphone url is empty - ${name}`);
			return agent.webphone;
		},
		call_agent(query) {
			const { answer, name } = session(query);
			if (answer) return answer;
			if (query.value !== 'CALL') return error(`call_agent not valid - ${name}|${query.value ?? ''}`);
			return ok(`call_agent function sent - ${name}`);
		},
		pause_code(query) {
			const { answer, agent, name } = session(query);
			if (answer) return answer;
			if (!query.value || query.value.length > 6) return error(`pause_code not valid - ${name}|${query.value ?? ''}`);
			if (!agent.paused) return error(`pause_code error - agent is not paused - ${name}`);
			agent.pauseCode = query.value;
			return ok(`pause_code function sent - ${name}`);
		},
	};

	return {
		path: '/x5/api/agent.php',
		functions,
		/** Functions that act on `agent_user` check it is 2–20 characters, as the API does for user IDs (INFERRED). */
		reset() {
			agents = seedAgents();
			nextLeadId = 200001;
		},
		agents: () => agents,
	};
}

module.exports = { createAgentFunctions, BLANK };
