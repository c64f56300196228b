'use strict';
/**
 * AMS user management and work groups (issue 19): the 26 requests of the collection's "User
 * Management" (19) and "Work groups" (7) folders on `/ams/v3` and `/ams/v2`.
 *
 * NONE of these requests has a saved example: every answer follows the v4 envelope
 * `{status, count, page, payload}` (errors: HTTP 200, `status:false`, `error[{code, message,
 * moreInfo}]`), and the records hold the fields the requests' bodies and descriptions name
 * (INFERRED shapes):
 * - user `{clientId, belongAcctId, username, firstName, lastName, phone, roles[], status,
 *   twoFactorEnabled}` (the password is never answered);
 * - webphone status `{key: {accountSid, clientId}, login, status, callsid, confId, lastAction,
 *   username, number, numberSetId, serverIds}` (the list request's description);
 * - role `{name, displayName, privileges[]}`, privilege `{name, displayName, binaryPos,
 *   symbolicNumber}` (the descriptions' snippets; symbolicNumber = 1 << binaryPos);
 * - work group `{groupName, description, metadata, details, userIds[]}`.
 *
 * Decisions (INFERRED: the collection does not show them):
 * - The signed-in user (2FA, Change Password) is the simulator's test user (auth.js TEST_USER).
 * - Get WebRTC User Statuses: the collection sends `{"status": …}` as a GET body; the simulator
 *   reads a `status` query parameter (what the node sends) and, failing that, the body.
 * - Get WebRTC User Status: the body the collection sends (copied from the Change request) is
 *   ignored.
 * - 2FA: a PIN code is 4 to 8 digits (a JSON number or digits); the simulator cannot check a TOTP,
 *   so any such PIN passes; passwords must not be blank (the simulator keeps no user passwords:
 *   Change Password checks that both are given). Set Up marks the signed-in user, Check answers
 *   `{clientId, valid: true}` (409 when 2FA is not set up), Clear removes the mark (idempotent).
 * - `POST /ams/v3/workgroup` is Create, Add Users and Remove Users at once (one route, the same
 *   body keys): a new group name creates the group; for a group that exists the request cannot
 *   say whether to add or to remove, so the simulator changes nothing and answers the group as it
 *   is (with `userIds` as stored).
 * - Update Work Group (`PUT`, group name in the body) replaces description, metadata and details
 *   given; `userIds` are not changed there.
 */
const crypto = require('node:crypto');
const { YtelError, envelope, ACCOUNT_SID } = require('./store');
const { TEST_USER } = require('./auth');

const notFound = (what) => new YtelError('404', 'Not Found', what);
const invalid = (moreInfo) => new YtelError('400', 'Bad Request', moreInfo);
const conflict = (moreInfo) => new YtelError('409', 'Conflict', moreInfo);
const clone = (value) => JSON.parse(JSON.stringify(value));

const SIGNED_IN_CLIENT = '5b0e1d2c-3a4f-4e6d-8c7b-9a0f1e2d3c4b';
const EXAMPLE_GROUP_USER = '07f9bc1a-7777-4444-8888-0601e38803ca';
const USER_STATUSES = ['active', 'inactive'];
const WEBPHONE_STATUSES = ['available', 'unavailable'];
const EMAIL = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/;
const E164 = /^\+[1-9]\d{1,14}$/;

const PRIVILEGES = [
	['contact-read', 'Contact Read', 0],
	['contact-read-all', 'Contact Read All', 1],
	['contact-update', 'Contact Update', 2],
	['contact-delete', 'Contact Delete', 3],
	['user-read', 'User Read', 4],
	['user-update', 'User Update', 5],
	['webrtc-call', 'WebRTC Call', 6],
	['acct-create', 'Account Create', 7],
].map(([name, displayName, binaryPos]) => ({ name, displayName, binaryPos, symbolicNumber: 1 << binaryPos }));

const ROLES = [
	{ name: 'contact-admin', displayName: 'Contacts', privileges: ['contact-update', 'contact-delete', 'contact-read-all', 'contact-read'] },
	{ name: 'user-admin', displayName: 'Users', privileges: ['user-read', 'user-update'] },
	{ name: 'webrtc-agent', displayName: 'WebRTC Agent', privileges: ['webrtc-call', 'contact-read'] },
	{ name: 'account-admin', displayName: 'Account Administrator', privileges: ['acct-create', 'user-read', 'user-update'] },
];

function createAmsUsers({ now }) {
	const state = { users: new Map(), webphones: new Map(), groups: new Map() };

	function addUser(fields) {
		const user = {
			clientId: fields.clientId ?? crypto.randomUUID(),
			belongAcctId: fields.belongAcctId ?? ACCOUNT_SID,
			username: fields.username,
			firstName: fields.firstName ?? null,
			lastName: fields.lastName ?? null,
			phone: fields.phone ?? null,
			roles: [...(fields.roles ?? [])],
			status: fields.status ?? 'active',
			twoFactorEnabled: false,
		};
		state.users.set(user.clientId, user);
		state.webphones.set(user.clientId, {
			key: { accountSid: ACCOUNT_SID, clientId: user.clientId },
			login: null,
			status: 'unavailable',
			callsid: null,
			confId: null,
			lastAction: null,
			username: user.username,
			number: null,
			numberSetId: null,
			serverIds: [],
		});
		return user;
	}

	function seed() {
		state.users.clear();
		state.webphones.clear();
		state.groups.clear();
		addUser({ clientId: SIGNED_IN_CLIENT, username: TEST_USER.email, firstName: 'Sim', lastName: 'Admin', phone: '+14155550100', roles: ['account-admin', 'user-admin'] });
		addUser({ clientId: EXAMPLE_GROUP_USER, username: 'roy.agent@example.com', firstName: 'Roy', lastName: 'Agent', phone: '+19495550111', roles: ['webrtc-agent'] });
		const online = state.webphones.get(EXAMPLE_GROUP_USER);
		Object.assign(online, { login: now() - 3_600_000, status: 'available', lastAction: now() - 60_000, number: '+19495550112', serverIds: ['webrtc-1'] });
		state.groups.set('support', { groupName: 'support', description: 'Support desk', metadata: { region: 'West' }, details: { manager: 'Sam' }, userIds: [EXAMPLE_GROUP_USER] });
	}

	const userById = (clientId) => {
		const user = state.users.get(clientId);
		if (!user) throw notFound(`user ${clientId} not found`);
		return user;
	};
	const userByName = (username) => {
		const user = [...state.users.values()].find((candidate) => candidate.username === username);
		if (!user) throw notFound(`user ${username} not found`);
		return user;
	};
	const signedIn = () => userById(SIGNED_IN_CLIENT);
	const groupNamed = (groupName) => {
		const group = state.groups.get(groupName);
		if (!group) throw notFound(`work group ${groupName} not found`);
		return group;
	};

	function checkUserFields(body, { creating }) {
		if (creating || body.username !== undefined) {
			if (typeof body.username !== 'string' || !EMAIL.test(body.username)) throw invalid('username must be an email address');
		}
		if (body.phone !== undefined && body.phone !== null && !E164.test(String(body.phone))) throw invalid('phone must be in E.164 format');
		if (creating && (typeof body.password !== 'string' || !body.password)) throw invalid('password is required');
		if (body.status !== undefined && !USER_STATUSES.includes(body.status)) throw invalid(`status must be ${USER_STATUSES.join(' or ')}`);
		if (body.roles !== undefined && (!Array.isArray(body.roles) || body.roles.some((role) => !ROLES.some((known) => known.name === role)))) {
			throw invalid('roles must be a list of known role names');
		}
	}

	function editUser(user, body) {
		// The roles are always sent (the request's description); password and status are not editable here.
		if (!Array.isArray(body.roles)) throw invalid('roles is required');
		checkUserFields(body, { creating: false });
		if (body.username !== undefined && body.username !== user.username && [...state.users.values()].some((other) => other.username === body.username)) {
			throw conflict(`username ${body.username} is taken`);
		}
		for (const key of ['firstName', 'lastName', 'phone', 'username']) if (body[key] !== undefined) user[key] = body[key];
		user.roles = [...body.roles];
		state.webphones.get(user.clientId).username = user.username;
		return envelope([clone(user)]);
	}

	function removeUser(user) {
		state.users.delete(user.clientId);
		state.webphones.delete(user.clientId);
		for (const group of state.groups.values()) group.userIds = group.userIds.filter((id) => id !== user.clientId);
		return envelope([]);
	}

	function readPin(value, required) {
		if (value === undefined || value === null || value === '') {
			if (required) throw invalid('pincode is required');
			return undefined;
		}
		if (!/^\d{4,8}$/.test(String(value))) throw invalid('pincode must be 4 to 8 digits');
		return String(value);
	}
	function requirePassword(value) {
		if (typeof value !== 'string' || !value) throw invalid('password is required');
	}

	function readUserIds(body) {
		if (!Array.isArray(body.userIds) || body.userIds.some((id) => typeof id !== 'string' || !id)) throw invalid('userIds must be a list of user ids');
		return body.userIds;
	}

	const handlers = {
		// ---- Users
		'Get Users': () => envelope([...state.users.values()].map(clone)),
		'Get User by Id': ({ params }) => envelope([clone(userById(params.clientId))]),
		'Get User by Username': ({ params }) => envelope([clone(userByName(params.username))]),
		'Create User': ({ body }) => {
			checkUserFields(body, { creating: true });
			if ([...state.users.values()].some((user) => user.username === body.username)) throw conflict(`username ${body.username} is taken`);
			if (body.belongAcctId !== undefined && body.belongAcctId !== ACCOUNT_SID) throw notFound(`account ${body.belongAcctId} not found`);
			return envelope([clone(addUser({ ...body, clientId: undefined }))]);
		},
		'Edit User': ({ params, body }) => editUser(userById(params.clientId), body),
		'Edit User by Username': ({ params, body }) => editUser(userByName(params.username), body),
		'Change Password': ({ body }) => {
			requirePassword(body.oldPassword);
			requirePassword(body.newPassword);
			const user = signedIn();
			readPin(body.pincode, user.twoFactorEnabled);
			return envelope([{ clientId: user.clientId, username: user.username, passwordChanged: true }]);
		},
		'Change User Status': ({ params, body }) => {
			const user = userById(params.clientId);
			if (!USER_STATUSES.includes(body.status)) throw invalid(`status must be ${USER_STATUSES.join(' or ')}`);
			user.status = body.status;
			return envelope([clone(user)]);
		},
		'Delete User': ({ params }) => removeUser(userById(params.clientId)),
		'Delete User by Username': ({ params }) => removeUser(userByName(params.username)),

		// ---- Webphone (WebRTC) statuses; the path segment is spelled `webtrc` by Ytel.
		'Get Webrtc User Statuses': ({ query, body }) => {
			const wanted = query.status ?? body?.status;
			const list = [...state.webphones.values()].filter((entry) => wanted === undefined || entry.status === wanted);
			return envelope(list.map(clone));
		},
		'Get Webrtc User Status': ({ params }) => {
			userById(params.clientId);
			return envelope([clone(state.webphones.get(params.clientId))]);
		},
		'Change User Webphone status': ({ params, body }) => {
			userById(params.clientId);
			if (!WEBPHONE_STATUSES.includes(body.status)) throw invalid(`status must be ${WEBPHONE_STATUSES.join(' or ')}`);
			const entry = state.webphones.get(params.clientId);
			entry.status = body.status;
			entry.lastAction = now();
			return envelope([clone(entry)]);
		},

		// ---- Two-factor authentication (of the signed-in user; Clear 2fa by Id: another user)
		'Initialize 2fa': () => {
			const user = signedIn();
			user.twoFactorEnabled = true;
			return envelope([{ clientId: user.clientId, username: user.username, twoFactorEnabled: true }]);
		},
		'Check 2fa': ({ body }) => {
			readPin(body.pincode, true);
			requirePassword(body.password);
			const user = signedIn();
			if (!user.twoFactorEnabled) throw conflict('two-factor authentication is not set up');
			return envelope([{ clientId: user.clientId, valid: true }]);
		},
		'Clear 2fa': ({ body }) => {
			readPin(body.pincode, true);
			requirePassword(body.password);
			const user = signedIn();
			user.twoFactorEnabled = false;
			return envelope([{ clientId: user.clientId, twoFactorEnabled: false }]);
		},
		'Clear 2fa by Id': ({ params, body }) => {
			const user = userById(params.clientId);
			readPin(body.pincode, signedIn().twoFactorEnabled);
			requirePassword(body.password);
			user.twoFactorEnabled = false;
			return envelope([{ clientId: user.clientId, twoFactorEnabled: false }]);
		},

		// ---- Roles and privileges (`/ams/v2`)
		'Get Roles': () => envelope(clone(ROLES)),
		'Get Privileges': () => envelope(clone(PRIVILEGES)),

		// ---- Work groups
		'Get Work Groups': () => envelope([...state.groups.values()].map(clone)),
		'Get Work Group': ({ params }) => envelope([clone(groupNamed(params.groupname))]),
		// Create, Add Users and Remove Users share this route (see the header).
		'Create Work Group': ({ body }) => {
			if (typeof body.groupName !== 'string' || !body.groupName.trim()) throw invalid('groupName is required');
			const known = state.groups.get(body.groupName);
			if (known) {
				readUserIds(body);
				return envelope([clone(known)]);
			}
			const userIds = body.userIds === undefined ? [] : readUserIds(body);
			for (const id of userIds) userById(id);
			const group = { groupName: body.groupName, description: body.description ?? null, metadata: body.metadata ?? {}, details: body.details ?? {}, userIds: [...userIds] };
			state.groups.set(group.groupName, group);
			return envelope([clone(group)]);
		},
		'Update Work Group': ({ body }) => {
			const group = groupNamed(body.groupName);
			for (const key of ['description', 'metadata', 'details']) if (body[key] !== undefined) group[key] = body[key];
			return envelope([clone(group)]);
		},
		'Delete Work Group': ({ params }) => {
			groupNamed(params.groupname);
			state.groups.delete(params.groupname);
			return envelope([]);
		},
	};

	seed();
	return { handlers, seed, state };
}

module.exports = { createAmsUsers, SIGNED_IN_CLIENT, EXAMPLE_GROUP_USER };
