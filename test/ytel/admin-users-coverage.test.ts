/**
 * Every request of the Ytel collection's "User Management" (19) and "Work groups" (7) folders
 * executed by the `ytelAdmin` node through n8n-core's engine against the Ytel simulator, with the
 * ytelApi credential (a real token exchange): each matched to its row by method, full path with
 * its id values, the raw query and the exact body written from the collection's example (the
 * documented changes are listed in admin-users-scenarios.ts). Then bad input (ids with `/`, `.`,
 * `..`, usernames that are not emails, phone numbers not in E.164, PIN codes, empty roles),
 * the two traps (the GET body of the webphone statuses; Add and Remove Users sending one
 * request), pickers, secrets and the size of the node's description.
 */
import type { IDataObject } from 'n8n-workflow';
import { YtelAdmin } from '../../nodes/Ytel/YtelAdmin.node';
import { loadOptionsContext, runNode, type TestEnvironment } from '../helpers/engine';
import { expectNoSecrets } from '../helpers/secrets';
import { describeYtelCoverage, expectRefusedBeforeSending, resetYtelStateBeforeEach, ytelApiRequests, ytelNode } from '../helpers/ytel-coverage';
import { useYtelSim, YTEL_USER } from '../helpers/ytel-sim';

import { adminEnvironment, adminUsersRows as rows, adminUsersScenarios as scenarios, byId, EXAMPLE_GROUP_USER, newGroup, newUser, SEEDED_GROUP } from './admin-users-scenarios';

const sim = useYtelSim();

const environment = (overrides: IDataObject = {}): TestEnvironment => adminEnvironment(sim, overrides);
const node = (parameters: IDataObject) => ytelNode('ytelAdmin', parameters);

const apiRequests = () => ytelApiRequests(sim);

resetYtelStateBeforeEach();

describeYtelCoverage({
	title: 'Ytel Admin: every user-management and work-group request through the engine',
	label: 'ytelAdmin (users and work groups)',
	nodeType: 'ytelAdmin',
	sim,
	rows,
	rowCount: 26,
	scenarios,
	environment,
});

describe('Ytel Admin: the collection’s traps', () => {
	it('Get WebRTC User Statuses: the status filter goes in the query, never as a GET body; without it, no query', async () => {
		await sim.clearLog();
		const result = await runNode(environment(), node({ resource: 'webphoneStatus', operation: 'getAll', returnAll: true }), [{}]);
		expect(result.error).toBeUndefined();
		const [sent] = await apiRequests();
		expect(sent.url).toBe('/ams/v3/users/webtrc/list');
		expect(sent.rawBody ?? '').toBe('');
		// Every webphone user: the seeded ones and none filtered out.
		expect(result.items.map((item) => (item.json.key as IDataObject).clientId)).toEqual(expect.arrayContaining([EXAMPLE_GROUP_USER]));
		expect(result.items.length).toBeGreaterThanOrEqual(2);
	});

	it('Add Users and Remove Users send the same request (Ytel documents one for both)', async () => {
		await newGroup(sim, 'same-request');
		const bodies: unknown[] = [];
		for (const operation of ['addUsers', 'removeUsers']) {
			await sim.clearLog();
			const result = await runNode(environment(), node({ resource: 'workGroup', operation, groupname: byId('same-request'), userIds: EXAMPLE_GROUP_USER }), [{}]);
			expect(result.error).toBeUndefined();
			const [sent] = await apiRequests();
			expect(`${sent.method} ${sent.url}`).toBe('POST /ams/v3/workgroup');
			bodies.push(sent.body);
		}
		expect(bodies[0]).toEqual({ groupName: 'same-request', userIds: [EXAMPLE_GROUP_USER] });
		expect(bodies[1]).toEqual(bodies[0]);
	});
});

describe('Ytel Admin: bad input is refused before anything is sent', () => {
	const refused = (parameters: IDataObject) => expectRefusedBeforeSending(sim, environment(), node(parameters));
	const createUser = (extra: IDataObject) => ({ resource: 'user', operation: 'create', username: 'new.user@example.com', password: 'Pass-1234', roles: ['webrtc-agent'], ...extra });

	it.each(['.', '..'])('a user ID "%s" is refused by name', async (id) => {
		const result = await refused({ resource: 'user', operation: 'get', userBy: 'id', clientId: byId(id) });
		expect(result.error?.message).toBe(`"User" cannot be "${id}"`);
	});

	it.each(['.', '..'])('a work group "%s" is refused by name', async (name) => {
		const result = await refused({ resource: 'workGroup', operation: 'delete', groupname: byId(name) });
		expect(result.error?.message).toBe(`"Work Group" cannot be "${name}"`);
	});

	it.each([
		['user ID', { resource: 'user', operation: 'get', userBy: 'id', clientId: byId('a/../b') }, '/ams/v3/users/a%2F..%2Fb'],
		['username', { resource: 'user', operation: 'delete', userBy: 'username', username: byId('x/../y@example.com') }, '/ams/v3/users/usernames/x%2F..%2Fy%40example.com'],
		['user ID of a webphone', { resource: 'webphoneStatus', operation: 'get', clientId: byId('a/b') }, '/ams/v3/users/webtrc/a%2Fb'],
		['work group', { resource: 'workGroup', operation: 'get', groupname: byId('crew/../support') }, '/ams/v3/workgroup/crew%2F..%2Fsupport'],
	])('a %s with "/" stays one path segment', async (_label, parameters, path) => {
		await sim.clearLog();
		const result = await runNode(environment(), node(parameters), [{}]);
		expect((await apiRequests()).map((request) => request.path)).toEqual([path]);
		// Ytel's answer: no such record (HTTP 200, status false).
		expect(result.error?.message).toMatch(/^Ytel error \(HTTP 200, code 404\)/);
	});

	it.each(['annie', 'annie@example', 'annie @example.com', 'annie@exa/mple.com'])('a username "%s" that is not an email is refused, naming the field', async (username) => {
		const result = await refused(createUser({ username }));
		expect(result.error?.message).toBe('"Username (Email)" must be an email address, e.g. annie@example.com');
	});

	it('a new username on Update is checked too', async () => {
		const result = await refused({ resource: 'user', operation: 'update', userBy: 'id', clientId: byId(EXAMPLE_GROUP_USER), roles: ['webrtc-agent'], userUpdateFields: { username: 'roy-at-example.com' } });
		expect(result.error?.message).toBe('"New Username (Email)" must be an email address, e.g. annie@example.com');
	});

	it.each([
		['create', createUser({ phone: '949-222-1234' })],
		['update', { resource: 'user', operation: 'update', userBy: 'id', clientId: byId(EXAMPLE_GROUP_USER), roles: ['webrtc-agent'], userUpdateFields: { phone: '0044 20 7946 0000' } }],
	])('a phone number not in E.164 is refused on %s, naming the field', async (_operation, parameters) => {
		const result = await refused(parameters);
		expect(result.error?.message).toBe('"Phone" must be a phone number in E.164 format, e.g. +14155550123');
	});

	it('a phone number typed with spaces and brackets is sent in E.164', async () => {
		await sim.clearLog();
		const result = await runNode(environment(), node(createUser({ phone: '+1 (949) 555-0199' })), [{}]);
		expect(result.error).toBeUndefined();
		expect((await apiRequests()).map((request) => request.body)).toEqual([
			{ username: 'new.user@example.com', password: 'Pass-1234', roles: ['webrtc-agent'], phone: '+19495550199', status: 'active' },
		]);
	});

	it('no role on Create or Update is refused (Ytel replaces the roles with those sent)', async () => {
		// Picked from the list: n8n itself names the empty required field.
		expect((await refused(createUser({ roles: [] }))).error?.message).toContain('Parameter "Role Names or IDs" is required');
		// From an expression: the node's own check.
		expect((await refused(createUser({ roles: '={{ [] }}' }))).error?.message).toBe('"Role Names or IDs": pick at least one role');
		const update = await refused({ resource: 'user', operation: 'update', userBy: 'id', clientId: byId(EXAMPLE_GROUP_USER), roles: '={{ [] }}', userUpdateFields: { firstName: 'Roy' } });
		expect(update.error?.message).toBe('"Role Names or IDs": pick at least one role');
	});

	it.each(['12a4', '123', '123456789', '12 34'])('a PIN code "%s" is refused by name', async (pincode) => {
		const result = await refused({ resource: 'twoFactor', operation: 'check', pincode, password: 'goodPassword' });
		expect(result.error?.message).toBe('"PIN Code" must be 4 to 8 digits');
	});

	it('clearing your own 2FA without a PIN code is refused; another user’s is sent without one', async () => {
		const mine = await refused({ resource: 'twoFactor', operation: 'clear', clearFor: 'me', password: 'goodPassword' });
		expect(mine.error?.message).toBe('"PIN Code" is required to clear your own two-factor authentication');
		const { clientId } = await newUser(sim);
		await sim.clearLog();
		const result = await runNode(environment(), node({ resource: 'twoFactor', operation: 'clear', clearFor: 'user', clientId: byId(clientId), password: 'goodPassword' }), [{}]);
		expect(result.error).toBeUndefined();
		expect((await apiRequests()).map((request) => [request.method, request.path, request.body])).toEqual([['DELETE', `/ams/v3/users/clear2fa/${clientId}`, { password: 'goodPassword' }]]);
	});

	it('a work-group update with nothing to change is refused', async () => {
		const result = await refused({ resource: 'workGroup', operation: 'update', groupname: byId(SEEDED_GROUP), groupUpdateFields: {} });
		expect(result.error?.message).toBe('Update Fields: add at least one field to change');
	});

	it('a wrong password fails with no secret in the error', async () => {
		await sim.clearLog();
		const env = environment({ password: 'wrong-password-4711' });
		const result = await runNode(env, node({ resource: 'user', operation: 'getAll', returnAll: true }), [{}]);
		expect(result.error).toBeDefined();
		expect(await apiRequests()).toEqual([]);
		expectNoSecrets({ items: result.items, error: result.error, run: result.run.data }, ['wrong-password-4711', YTEL_USER.password]);
	});
});

describe('Ytel Admin: pickers and dropdowns', () => {
	const methods = new YtelAdmin().methods;
	const context = (parameters: IDataObject) => loadOptionsContext(environment(), node(parameters));

	it('users by name or username, searchable: the value is the user ID, or the username for the by-username requests', async () => {
		const { clientId, username } = await newUser(sim, 'picker.person@example.com');
		const byIdResults = await methods.listSearch.searchUsers.call(context({ resource: 'user', operation: 'get' }), 'PICKER');
		expect(byIdResults.results).toEqual([{ name: `Cover Age · ${username}`, value: clientId }]);
		const byName = await methods.listSearch.searchUsernames.call(context({ resource: 'user', operation: 'get', userBy: 'username' }), 'picker');
		expect(byName.results).toEqual([{ name: `Cover Age · ${username}`, value: username }]);
		const all = await methods.listSearch.searchUsers.call(context({ resource: 'user', operation: 'get' }));
		expect(all.results.map((result) => result.value)).toEqual(expect.arrayContaining([clientId, EXAMPLE_GROUP_USER]));
	});

	it('work groups by name, searchable', async () => {
		await newGroup(sim, 'night-shift');
		const found = await methods.listSearch.searchWorkGroups.call(context({ resource: 'workGroup', operation: 'get' }), 'NIGHT');
		expect(found.results).toEqual([{ name: 'night-shift · Made for a test', value: 'night-shift' }]);
	});

	it('roles by display name, their value the role name', async () => {
		const roles = await methods.loadOptions.getRoles.call(context({ resource: 'user', operation: 'create' }));
		expect(roles).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'WebRTC Agent', value: 'webrtc-agent' })]));
	});
});

describe('Ytel Admin: description', () => {
	it('stays within the 200 KB budget', () => {
		const size = Buffer.byteLength(JSON.stringify(new YtelAdmin().description), 'utf8');
		console.log(`Ytel ytelAdmin description size: ${(size / 1024).toFixed(1)} KB (${size} bytes)`);
		expect(size).toBeLessThanOrEqual(200 * 1024);
	});
});
