'use strict';
/**
 * The x5 Non-Agent API of Ytel's contact centre (VICIdial-derived): the 19 functions of
 * `/x5/api/non_agent.php`, plus `agent_list` (`/x5/api/non-agent`) and `available_agents_totals`
 * (`/api/ytel/non-agent`).
 *
 * The collection saves no answer for any of them. Answers follow the public VICIdial document
 * (docs/NON-AGENT_API.txt of ccabrerar/vicidial): `SUCCESS: <function> <what> - a|b`,
 * `ERROR: <function> <reason> - a|b`, `NOTICE: …` lines, and the exports' rows in the asked
 * `stage` (pipe, the default; tab; csv, plain commas) with a first line of column names when
 * `header=YES`. Each handler gets the decoded query (user, pass and source already checked by the
 * server) and returns the text.
 *
 * INFERRED (no document for Ytel's variant):
 * - vm_list / moh_list: VICIdial prints only an HTML chooser ("only 'selectframe' works"); here
 *   `format=tab` prints one tab-separated line per box/class (voicemail_id, fullname, email /
 *   moh_id, moh_name, random), like sounds_list's tab format (index, filename, date, size, epoch).
 * - agent_ingroup_info `stage=text`: the document's source prints `SUCCESS:  - user|text` then
 *   `KEY: value` lines; other stages answer HTML and are not simulated.
 * - update_user: the collection's names (`in_group_rank`, `in_group_grade`, `in_group_rg_only`,
 *   `in_group_id`) are accepted as the document's (`ingroup_rank`, …, `group_id`).
 * - agent_list: rows `user|full_name|user_level|user_group|active` with a header, after checking
 *   `ytel_token` and `accountSid` (wrong: `ERROR: agent_list INVALID TOKEN - accountSid`).
 * - available_agents_totals: JSON `{status, ingroupid, total_agents, available_agents,
 *   paused_agents, incall_agents}` after the v4 bearer token (the server checks it).
 */

const EXPORT_STAGES = { pipe: '|', tab: '\t', csv: ',' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[ +]\d{2}:\d{2}:\d{2}$/;
const AGENT_USER = /^.{2,20}$/;

const line = (kind, fn, reason, values) => `${kind}: ${fn} ${reason}${values === undefined ? '' : ` - ${values.join('|')}`}\n`;
const success = (fn, reason, values) => line('SUCCESS', fn, reason, values);
const error = (fn, reason, values) => line('ERROR', fn, reason, values);
const notice = (fn, reason, values) => line('NOTICE', fn, reason, values);
const filled = (value) => value !== undefined && value !== '';
const secondsToText = (seconds, format) => {
	if (format === 'S') return String(seconds);
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = String(seconds % 60).padStart(2, '0');
	if (format === 'M') return `${h * 60 + m}:${s}`;
	return `${h}:${String(m).padStart(2, '0')}:${s}`;
};

/** Rows in the asked stage, with a header line when `header=YES`. */
function exportRows(query, columns, rows) {
	const delimiter = EXPORT_STAGES[String(query.stage ?? '').toLowerCase()] ?? '|';
	const lines = rows.map((row) => columns.map((column) => String(row[column] ?? '')).join(delimiter));
	if (query.header === 'YES') lines.unshift(columns.join(delimiter));
	return `${lines.join('\n')}\n`;
}

function seedState() {
	return {
		voicemailBoxes: [
			{ voicemail_id: '8300', fullname: 'Sales voicemail', email: 'sales@example.com' },
			{ voicemail_id: '8301', fullname: 'Support voicemail', email: '' },
		],
		mohClasses: [
			{ moh_id: 'default', moh_name: 'Default hold music', random: 'N' },
			{ moh_id: 'jazz', moh_name: 'Jazz loop', random: 'Y' },
		],
		sounds: [
			{ filename: 'welcome.wav', date: '2026-11-30 10:15:00', size: 48044, epoch: 1796033700 },
			{ filename: 'after-hours.wav', date: '2026-12-01 08:00:00', size: 96088, epoch: 1796112000 },
			{ filename: 'hold-notice.gsm', date: '2026-11-28 17:45:30', size: 12150, epoch: 1795887930 },
		],
		/** Logged-in agents: session (conf_exten), server, in-groups. */
		liveAgents: {
			'1000': { full_name: 'Dana Reyes', campaign_id: 'TESTCAMP', closer_campaigns: ' SALESLINE SUPPORT -', outbound_autodial: 'Y', manager_ingroup_set: 'N', external_igb_set_user: '' },
		},
		phoneLogins: new Set(['350a', 'cc100', 'cc101']),
		sessions: { '8600051': '10.10.10.16' },
		recordings: [
			{ start_time: '2026-12-01 09:12:44', user: '1000', recording_id: '534820', lead_id: '876409', location: 'https://recordings.example.com/20261201_091244_7275551212_1000-all.wav', uniqueid: '1796116364.1' },
			{ start_time: '2026-12-01 14:03:09', user: '1000', recording_id: '534861', lead_id: '876512', location: 'https://recordings.example.com/20261201_140309_7275551313_1000-all.wav', uniqueid: '1796133789.7' },
			{ start_time: '2026-12-02 10:00:00', user: '1001', recording_id: '534900', lead_id: '876409', location: 'https://recordings.example.com/20261202_100000_7275551212_1001-all.wav', uniqueid: '1796205600.2' },
		],
		didLog: [
			{ did_number: '3125551212', call_date: '2026-12-01 08:30:05', caller_id_number: '7275551212', length_in_sec: 123 },
			{ did_number: '3125551212', call_date: '2026-12-01 11:47:51', caller_id_number: '8155550199', length_in_sec: 0 },
			{ did_number: '3125551212', call_date: '2026-12-02 09:00:00', caller_id_number: '7275551212', length_in_sec: 61 },
		],
		/** Agent activity in seconds; exported in the asked time_format. */
		agentStats: [
			{ user: '1000', full_name: 'Dana Reyes', user_group: 'AGENTS', calls: 16, login_time: 2071, total_talk_time: 474, avg_talk_time: 29, avg_wait_time: 7, pct_of_queue: '100%', pause_time: 1411, sessions: 13, avg_session: 159, pauses: 42, avg_pause_time: 34, pause_pct: '68.1%', pauses_per_session: 3, wait_time: 104, talk_time: 474, dispo_time: 82, dead_time: 0, day: '2026-12-01' },
			{ user: '1029', full_name: 'Lee Park', user_group: 'AGENTS', calls: 1, login_time: 112, total_talk_time: 16, avg_talk_time: 16, avg_wait_time: 18, pct_of_queue: '16.7%', pause_time: 54, sessions: 3, avg_session: 37, pauses: 5, avg_pause_time: 11, pause_pct: '48.2%', pauses_per_session: 2, wait_time: 32, talk_time: 16, dispo_time: 22, dead_time: 0, day: '2026-12-01' },
		],
		leads: new Map([[193715, { lead_id: 193715, phone_number: '7275551111', list_id: '999', vendor_lead_code: 'VLC-1', province: 'Ontario' }]]),
		nextLeadId: 193716,
		users: new Map([
			['1000', { full_name: 'Dana Reyes', user_group: 'AGENTS' }],
			['1029', { full_name: 'Lee Park', user_group: 'AGENTS' }],
		]),
		userGroups: new Set(['AGENTS', 'ADMIN']),
		servers: new Set(['10.10.10.16', '192.168.198.5']),
		phones: new Map([['cc100@192.168.198.5', { phone_login: 'cc100', protocol: 'SIP', dialplan_number: '100' }]]),
		aliases: new Map([['xyz100', { alias_name: 'XYZ testing', phone_logins: 'cc100' }]]),
		campaigns: new Set(['TESTCAMP']),
		lists: new Map([['1101', { list_name: 'Spring leads', campaign_id: 'TESTCAMP', active: 'N', list_description: 'from the web form' }]]),
		filterPhoneGroups: new Map([['1111', new Set()], ['TEST_IN_FILTER', new Set(['7275551212'])]]),
		agentList: [
			{ user: '1000', full_name: 'Dana Reyes', user_level: 1, user_group: 'AGENTS', active: 'Y' },
			{ user: '1029', full_name: 'Lee Park', user_level: 1, user_group: 'AGENTS', active: 'N' },
		],
	};
}

/** Ytel Token and Account SID the simulator's Agent List accepts (the test credential's). */
const AGENT_LIST_ACCESS = { ytelToken: 'x5-agent-list-token-CANARY-3141', accountSid: 'AC-5f1e2d3c-0000-4e7a-9b1c-cc0000000001' };

/**
 * The Non-Agent functions as the x5 server's modules: `{path, functions, reset}` (see server.js).
 * @param {{ login: { user: string, pass: string } }} context the login the server accepts (its user is
 *   the first value of most answers; add_user echoes its password, as the document's example shows)
 */
function createNonAgentFunctions({ login }) {
	const account = {
		get user() {
			return login.user;
		},
		get pass() {
			return login.pass;
		},
		...AGENT_LIST_ACCESS,
	};
	let state = seedState();
	const apiUser = () => account.user;

	const handlers = {
		vm_list: (query) => {
			if (query.format !== 'tab') return '<HTML><body>voicemail boxes</body></HTML>\n';
			return state.voicemailBoxes.map((box) => `${box.voicemail_id}\t${box.fullname}\t${box.email}`).join('\n') + '\n';
		},
		moh_list: (query) => {
			if (query.format !== 'tab') return '<HTML><body>music on hold</body></HTML>\n';
			return state.mohClasses.map((moh) => `${moh.moh_id}\t${moh.moh_name}\t${moh.random}`).join('\n') + '\n';
		},
		sounds_list: (query) => {
			if (query.format !== 'tab') return '<HTML><body>audio store</body></HTML>\n';
			const sorted = [...state.sounds];
			if (/name/i.test(query.stage ?? '')) sorted.sort((a, b) => a.filename.localeCompare(b.filename));
			if (/date/i.test(query.stage ?? '')) sorted.sort((a, b) => b.epoch - a.epoch);
			if (/size/i.test(query.stage ?? '')) sorted.sort((a, b) => b.size - a.size);
			return sorted.map((file, index) => `${index}\t${file.filename}\t${file.date}.\t${file.size}\t${file.epoch}`).join('\n') + '\n';
		},
		blind_monitor: (query) => {
			const fn = 'blind_monitor';
			if (!/^[A-Za-z0-9]+$/.test(query.phone_login ?? '') || !state.phoneLogins.has(query.phone_login)) return error(fn, 'INVALID PHONE LOGIN', [query.phone_login ?? '']);
			if (!/^\d{7}$/.test(query.session_id ?? '') || !(query.session_id in state.sessions)) return error(fn, 'INVALID SESSION ID', [query.session_id ?? '']);
			if (state.sessions[query.session_id] !== query.server_ip) return error(fn, 'INVALID SERVER IP', [query.server_ip ?? '']);
			if (filled(query.stage) && !['MONITOR', 'BARGE', 'BARGESWAP', 'HIJACK', 'WHISPER'].includes(query.stage)) return error(fn, 'INVALID STAGE', [query.stage]);
			return success(fn, 'HAS BEEN LAUNCHED', [query.phone_login, `${query.server_ip.split('.').map((part) => part.padStart(3, '0')).join('*')}*${query.phone_login.replace(/\D/g, '')}`, query.session_id]);
		},
		agent_ingroup_info: (query) => {
			const fn = 'agent_ingroup_info';
			const agent = state.liveAgents[query.agent_user];
			if (!AGENT_USER.test(query.agent_user ?? '') || !agent) return error(fn, 'INVALID USER ID', [query.agent_user ?? '', apiUser()]);
			if (query.stage !== 'text') return `<TABLE><TR><TD>Agent: ${query.agent_user} - ${agent.full_name}</TD></TR></TABLE>\n`;
			return `SUCCESS:  - ${query.agent_user}|text\nSELECTED INGROUPS: ${agent.closer_campaigns}\nOUTBOUND AUTODIAL: ${agent.outbound_autodial}\nMANAGER OVERRIDE: ${agent.manager_ingroup_set}\nMANAGER: ${agent.external_igb_set_user}\n\n`;
		},
		recording_lookup: (query) => {
			const fn = 'recording_lookup';
			const values = [apiUser(), query.agent_user ?? '', query.lead_id ?? '', query.date ?? '', query.uniqueid ?? ''];
			const searched = [query.agent_user, query.lead_id, query.date, query.uniqueid].some(filled);
			if (!searched || (filled(query.date) && !DATE.test(query.date)) || (filled(query.lead_id) && !/^\d{1,10}$/.test(query.lead_id))) return error(fn, 'INVALID SEARCH PARAMETERS', values);
			const rows = state.recordings.filter(
				(rec) =>
					(!filled(query.agent_user) || rec.user === query.agent_user) &&
					(!filled(query.lead_id) || rec.lead_id === query.lead_id) &&
					(!filled(query.date) || rec.start_time.startsWith(query.date)) &&
					(!filled(query.uniqueid) || rec.uniqueid === query.uniqueid),
			);
			if (rows.length === 0) return error(fn, 'NO RECORDINGS FOUND', values);
			return exportRows(query, ['start_time', 'user', 'recording_id', 'lead_id', 'location'], rows);
		},
		did_log_export: (query) => {
			const fn = 'did_log_export';
			const values = [apiUser(), query.phone_number ?? '', query.date ?? ''];
			if (!/^.{2,20}$/.test(query.phone_number ?? '') || !DATE.test(query.date ?? '')) return error(fn, 'INVALID SEARCH PARAMETERS', values);
			const rows = state.didLog.filter((call) => call.did_number === query.phone_number && call.call_date.startsWith(query.date));
			if (rows.length === 0) return error(fn, 'NO RECORDS FOUND', values);
			return exportRows(query, ['did_number', 'call_date', 'caller_id_number', 'length_in_sec'], rows);
		},
		agent_stats_export: (query) => {
			const fn = 'agent_stats_export';
			const values = [apiUser(), query.agent_user ?? '', String(query.datetime_start ?? '').replace('+', ' '), String(query.datetime_end ?? '').replace('+', ' ')];
			if (!DATETIME.test(query.datetime_start ?? '') || !DATETIME.test(query.datetime_end ?? '') || (filled(query.agent_user) && !AGENT_USER.test(query.agent_user))) {
				return error(fn, 'INVALID SEARCH PARAMETERS', values);
			}
			if (filled(query.time_format) && !['H', 'HF', 'M', 'S'].includes(query.time_format)) return error(fn, 'INVALID SEARCH PARAMETERS', values);
			const first = query.datetime_start.slice(0, 10);
			const last = query.datetime_end.slice(0, 10);
			const rows = state.agentStats.filter((row) => row.day >= first && row.day <= last && (!filled(query.agent_user) || row.user === query.agent_user));
			if (rows.length === 0) return error(fn, 'NO RECORDS FOUND', values);
			const format = filled(query.time_format) ? query.time_format : 'HF';
			const times = ['login_time', 'total_talk_time', 'avg_talk_time', 'avg_wait_time', 'avg_session', 'avg_pause_time', 'wait_time', 'talk_time', 'dispo_time', 'dead_time'];
			const shown = rows.map((row) => ({ ...row, ...Object.fromEntries(times.map((key) => [key, secondsToText(row[key], format)])) }));
			const columns = ['user', 'full_name', 'user_group', 'calls', 'login_time', 'total_talk_time', 'avg_talk_time', 'avg_wait_time', 'pct_of_queue', 'pause_time', 'sessions', 'avg_session', 'pauses', 'avg_pause_time', 'pause_pct', 'pauses_per_session', 'wait_time', 'talk_time', 'dispo_time', 'dead_time'];
			return exportRows(query, columns, shown);
		},
		add_lead: (query) => {
			const fn = 'add_lead';
			if (!/^\d{6,16}$/.test(query.phone_number ?? '')) return error(fn, 'INVALID PHONE NUMBER LENGTH', [query.phone_number ?? '', apiUser()]);
			const listId = filled(query.list_id) ? query.list_id : '999';
			const duplicate = [...state.leads.values()].find((lead) => lead.phone_number === query.phone_number && lead.list_id === listId);
			if (duplicate && /DUPLIST/.test(query.duplicate_check ?? '')) return error(fn, 'DUPLICATE PHONE NUMBER IN LIST', [query.phone_number, listId, String(duplicate.lead_id)]);
			const leadId = state.nextLeadId++;
			state.leads.set(leadId, { ...query, lead_id: leadId, list_id: listId });
			let text = success(fn, 'LEAD HAS BEEN ADDED', [query.phone_number, apiUser(), listId, String(leadId), '-5']);
			if (query.add_to_hopper === 'Y') text += notice(fn, 'ADDED TO HOPPER', [query.phone_number, apiUser(), String(leadId), String(1677900 + leadId - 193700)]);
			return text;
		},
		update_lead: (query) => {
			const fn = 'update_lead';
			const lead = state.leads.get(Number(query.lead_id)) ?? [...state.leads.values()].find((entry) => filled(query.vendor_lead_code) && entry.vendor_lead_code === query.vendor_lead_code);
			if (!lead) return error(fn, 'NO MATCHES FOUND IN THE SYSTEM', [apiUser(), query.lead_id ?? '', query.vendor_lead_code ?? '', query.phone_number ?? '']);
			if (query.no_update === 'Y') return notice(fn, 'LEADS FOUND IN THE SYSTEM:', ['', apiUser(), String(lead.lead_id), lead.vendor_lead_code ?? '', lead.phone_number, lead.list_id, '0']).replace(': - |', ': |');
			if (query.delete_lead === 'Y') {
				state.leads.delete(lead.lead_id);
				return success(fn, 'LEAD HAS BEEN DELETED', [lead.phone_number, apiUser(), lead.list_id, String(lead.lead_id), '-5']);
			}
			for (const [key, value] of Object.entries(query)) if (filled(value)) lead[key] = value === '--BLANK--' ? '' : value;
			return success(fn, 'LEAD HAS BEEN UPDATED', [apiUser(), String(lead.lead_id)]);
		},
		add_user: (query) => {
			const fn = 'add_user';
			const required = ['agent_user', 'agent_pass', 'agent_user_level', 'agent_full_name', 'agent_user_group'];
			if (!required.every((name) => filled(query[name]))) return error(fn, 'YOU MUST USE ALL REQUIRED FIELDS', [apiUser(), ...required.map((name) => query[name] ?? '')]);
			if (!state.userGroups.has(query.agent_user_group)) return error(fn, 'USER GROUP DOES NOT EXIST', [apiUser(), query.agent_user_group]);
			if (state.users.has(query.agent_user)) return error(fn, 'USER ALREADY EXISTS', [apiUser(), query.agent_user]);
			state.users.set(query.agent_user, { full_name: query.agent_full_name, user_group: query.agent_user_group });
			// The document's example echoes the API user's password third (6666|1000|1234|…): so does this.
			return success(fn, 'USER HAS BEEN ADDED', [apiUser(), query.agent_user, account.pass, query.agent_user_level, query.agent_full_name.replace(/ /g, '+'), query.agent_user_group]);
		},
		update_user: (query) => {
			const fn = 'update_user';
			if (!filled(query.agent_user)) return error(fn, 'YOU MUST USE ALL REQUIRED FIELDS', [apiUser(), '']);
			const user = state.users.get(query.agent_user);
			if (!user) return error(fn, 'USER DOES NOT EXIST', [apiUser(), query.agent_user]);
			if (filled(query.active) && !['Y', 'N'].includes(query.active)) return error(fn, 'ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD', [apiUser()]);
			if (filled(query.agent_user_group) && !state.userGroups.has(query.agent_user_group)) return error(fn, 'YOU MUST USE A VALID USER GROUP, THIS IS AN OPTIONAL FIELD', [apiUser(), query.agent_user_group, '0']);
			let text = '';
			if (query.camp_rg_only === '1') text += notice(fn, 'USER CAMPAIGN RANKS/GRADES HAVE BEEN UPDATED', [apiUser(), query.campaign_rank ?? '', query.campaign_grade ?? '', query.campaign_id ?? '', '1']);
			const ingroupOnly = query.in_group_rg_only ?? query.ingrp_rg_only;
			if (ingroupOnly === '1') text += notice(fn, 'USER IN-GROUP RANKS/GRADES HAVE BEEN UPDATED', [apiUser(), query.in_group_rank ?? query.ingroup_rank ?? '', query.in_group_grade ?? query.ingroup_grade ?? '', query.in_group_id ?? query.group_id ?? '', '1']);
			if (filled(query.agent_full_name)) user.full_name = query.agent_full_name;
			return text + success(fn, 'USER HAS BEEN UPDATED', [apiUser(), query.agent_user]);
		},
		add_phone: (query) => {
			const fn = 'add_phone';
			const required = ['extension', 'dialplan_number', 'voicemail_id', 'phone_login', 'phone_pass', 'server_ip', 'protocol', 'registration_password', 'phone_full_name', 'local_gmt', 'outbound_cid'];
			if (!required.every((name) => filled(query[name]))) return error(fn, 'YOU MUST USE ALL REQUIRED FIELDS', [apiUser(), ...required.map((name) => query[name] ?? '')]);
			if (!state.servers.has(query.server_ip)) return error(fn, 'SERVER DOES NOT EXIST', [apiUser(), query.server_ip]);
			if (state.phones.has(`${query.extension}@${query.server_ip}`)) return error(fn, 'PHONE ALREADY EXISTS ON THIS SERVER', [apiUser(), query.server_ip, query.extension]);
			if (state.phoneLogins.has(query.phone_login)) return error(fn, 'PHONE LOGIN ALREADY EXISTS', [apiUser(), query.phone_login]);
			if (!['IAX2', 'SIP', 'Zap', 'EXTERNAL'].includes(query.protocol)) return error(fn, 'YOU MUST USE A VALID PROTOCOL', [apiUser(), query.protocol]);
			state.phones.set(`${query.extension}@${query.server_ip}`, { phone_login: query.phone_login, protocol: query.protocol, dialplan_number: query.dialplan_number });
			state.phoneLogins.add(query.phone_login);
			return success(fn, 'PHONE HAS BEEN ADDED', [apiUser(), query.extension, query.server_ip, query.protocol, query.dialplan_number]);
		},
		update_phone: (query) => {
			const fn = 'update_phone';
			if (!filled(query.extension) || !filled(query.server_ip)) return error(fn, 'YOU MUST USE ALL REQUIRED FIELDS', [apiUser(), query.extension ?? '', query.server_ip ?? '']);
			if (!state.servers.has(query.server_ip)) return error(fn, 'SERVER DOES NOT EXIST', [apiUser(), query.server_ip]);
			const key = `${query.extension}@${query.server_ip}`;
			const phone = state.phones.get(key);
			if (!phone) return error(fn, 'PHONE DOES NOT EXIST ON THIS SERVER', [apiUser(), query.server_ip, query.extension]);
			if (query.delete_phone === 'Y') {
				state.phones.delete(key);
				return success(fn, 'PHONE HAS BEEN DELETED', [apiUser(), query.extension, query.server_ip, '']);
			}
			if (filled(query.protocol) && !['IAX2', 'SIP', 'Zap', 'EXTERNAL'].includes(query.protocol)) return error(fn, 'YOU MUST USE A VALID PROTOCOL', [apiUser(), query.protocol]);
			for (const [name, value] of Object.entries(query)) if (filled(value)) phone[name] = value === '--BLANK--' ? '' : value;
			return success(fn, 'PHONE HAS BEEN UPDATED', [apiUser(), query.extension, query.server_ip, phone.protocol, phone.dialplan_number]);
		},
		add_phone_alias: (query) => {
			const fn = 'add_phone_alias';
			if (!['alias_id', 'phone_logins', 'alias_name'].every((name) => filled(query[name]))) return error(fn, 'YOU MUST USE ALL REQUIRED FIELDS', [apiUser(), query.alias_id ?? '', query.alias_name ?? '', query.phone_logins ?? '', '']);
			if (state.aliases.has(query.alias_id)) return error(fn, 'PHONE ALIAS ALREADY EXISTS', [apiUser(), query.alias_id]);
			const missing = query.phone_logins.split(',').find((login) => !state.phoneLogins.has(login));
			if (missing) return error(fn, 'PHONE DOES NOT EXIST', [apiUser(), missing]);
			state.aliases.set(query.alias_id, { alias_name: query.alias_name, phone_logins: query.phone_logins });
			return success(fn, 'PHONE ALIAS HAS BEEN ADDED', [apiUser(), query.alias_id, query.alias_name.replace(/ /g, '_'), query.phone_logins]);
		},
		update_phone_alias: (query) => {
			const fn = 'update_phone_alias';
			if (!filled(query.alias_id)) return error(fn, 'YOU MUST USE ALL REQUIRED FIELDS', [apiUser(), '', '', '', '']);
			if (!state.aliases.has(query.alias_id)) return error(fn, 'PHONE ALIAS DOES NOT EXIST', [apiUser(), query.alias_id]);
			if (query.delete_alias === 'Y') {
				state.aliases.delete(query.alias_id);
				return success(fn, 'PHONE ALIAS HAS BEEN DELETED', [apiUser(), query.alias_id, '']);
			}
			if (!filled(query.alias_name) || !filled(query.phone_logins)) return error(fn, 'YOU MUST USE ALL REQUIRED FIELDS', [apiUser(), query.alias_id, query.alias_name ?? '', query.phone_logins ?? '', '']);
			const missing = query.phone_logins.split(',').find((login) => !state.phoneLogins.has(login));
			if (missing) return error(fn, 'PHONE DOES NOT EXIST', [apiUser(), missing]);
			state.aliases.set(query.alias_id, { alias_name: query.alias_name, phone_logins: query.phone_logins });
			return success(fn, 'PHONE ALIAS HAS BEEN UPDATED', [apiUser(), query.alias_id, '']);
		},
		add_list: (query) => {
			const fn = 'add_list';
			if (!/^\d{2,14}$/.test(query.list_id ?? '') || !filled(query.list_name) || !filled(query.campaign_id)) return error(fn, 'YOU MUST USE ALL REQUIRED FIELDS', [apiUser(), query.list_id ?? '', query.list_name ?? '', query.campaign_id ?? '']);
			if (!state.campaigns.has(query.campaign_id)) return error(fn, 'CAMPAIGN DOES NOT EXIST', [apiUser(), query.campaign_id]);
			if (state.lists.has(query.list_id)) return error(fn, 'LIST ALREADY EXISTS', [apiUser(), query.list_id]);
			if (filled(query.expiration_date) && !DATE.test(query.expiration_date)) return error(fn, 'EXPIRATION DATE IS NOT VALID, THIS IS AN OPTIONAL FIELD', [apiUser(), query.expiration_date]);
			state.lists.set(query.list_id, { list_name: query.list_name, campaign_id: query.campaign_id, active: query.active || 'N', list_description: query.list_description === '--BLANK--' ? '' : query.list_description ?? '' });
			return success(fn, 'LIST HAS BEEN ADDED', [apiUser(), query.list_id, query.campaign_id]);
		},
		update_list: (query) => {
			const fn = 'update_list';
			if (!/^\d{2,14}$/.test(query.list_id ?? '')) return error(fn, 'YOU MUST USE ALL REQUIRED FIELDS', [apiUser(), query.list_id ?? '']);
			const list = state.lists.get(query.list_id);
			if (!list) return error(fn, 'LIST DOES NOT EXIST', [apiUser(), query.list_id]);
			if (filled(query.campaign_id) && !state.campaigns.has(query.campaign_id)) return error(fn, 'CAMPAIGN DOES NOT EXIST, THIS IS AN OPTIONAL FIELD', [apiUser(), query.campaign_id]);
			if (filled(query.active) && !['Y', 'N'].includes(query.active)) return error(fn, 'ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD', [apiUser(), query.active]);
			if (filled(query.list_name) && !/^.{6,30}$/.test(query.list_name)) return error(fn, 'LIST NAME MUST BE FROM 6 TO 30 CHARACTERS, THIS IS AN OPTIONAL FIELD', [apiUser(), query.list_name]);
			for (const name of ['list_name', 'campaign_id', 'active', 'list_description']) if (filled(query[name])) list[name] = query[name] === '--BLANK--' ? '' : query[name];
			let text = success(fn, 'LIST HAS BEEN UPDATED', [apiUser(), query.list_id]);
			if (query.reset_list === 'Y') text += notice(fn, 'LEADS IN LIST HAVE BEEN RESET', [apiUser(), query.list_id, '324']);
			return text;
		},
		add_fpg_phone: (query) => {
			const fn = 'add_fpg_phone';
			// The collection names the group `group_id`; the document `group`.
			const group = query.group_id ?? query.group;
			if (!/^.{6,20}$/.test(query.phone_number ?? '') || !filled(group)) return error(fn, 'YOU MUST USE ALL REQUIRED FIELDS', [apiUser(), query.phone_number ?? '', group ?? '']);
			const numbers = state.filterPhoneGroups.get(group);
			if (!numbers) return error(fn, 'FILTER PHONE GROUP DOES NOT EXIST', [apiUser(), group]);
			if (numbers.has(query.phone_number)) return error(fn, 'FILTER PHONE GROUP NUMBER ALREADY EXISTS', [apiUser(), query.phone_number, group]);
			numbers.add(query.phone_number);
			return success(fn, 'FILTER PHONE GROUP NUMBER HAS BEEN ADDED', [apiUser(), query.phone_number, group]);
		},
	};

	/** `/x5/api/non-agent?action_type=agent_list`: its own token and account on top of user/pass/source. */
	function agentList(query) {
		if (query.ytel_token !== account.ytelToken || query.accountSid !== account.accountSid) return error('agent_list', 'INVALID TOKEN', [query.accountSid ?? '']);
		return exportRows({ stage: 'pipe', header: 'YES' }, ['user', 'full_name', 'user_level', 'user_group', 'active'], state.agentList);
	}

	/** `/api/ytel/non-agent?action_type=available_agents_totals` (bearer already checked): JSON. */
	function availableAgentsTotals(query) {
		if (query.action_type !== 'available_agents_totals') return { status: false, message: 'Invalid action_type' };
		const ingroup = query.ingroupid ?? '';
		return { status: true, ingroupid: ingroup, total_agents: 4, available_agents: ingroup === 'SUPPORT' ? 1 : 2, paused_agents: 1, incall_agents: 1 };
	}

	const reset = () => {
		state = seedState();
	};
	return {
		/** non_agent.php: the function decides. */
		nonAgent: { path: '/x5/api/non_agent.php', functions: handlers, reset },
		/** `/x5/api/non-agent`: `action_type` decides (agent_list only). */
		agentList: { path: '/x5/api/non-agent', functions: { agent_list: agentList }, reset: () => undefined },
		/** `/api/ytel/non-agent` (bearer checked by the server): JSON. */
		availableAgentsTotals,
		/** Read by tests: the leads, lists and phones requests changed. */
		records: () => state,
	};
}

module.exports = { createNonAgentFunctions, AGENT_LIST_ACCESS };
