/**
 * One scenario per request of the Ytel collection's "User Management" (19) and "Work groups" (7)
 * folders, run by the `ytelAdmin` node: shared by the engine suite (admin-users-coverage.test.ts)
 * and the real-n8n suite (test/e2e/ytel.e2e.ts). Every scenario makes its own user or group, so
 * the ids in paths are new each time.
 *
 * Documented changes to the collection's requests (the node writes them this way on purpose):
 * - Get WebRTC User Statuses: the collection sends `{"status": "available"}` as a GET body, which
 *   n8n never sends; the node sends it as the query `?status=available`.
 * - Get WebRTC User Status: the collection's body (a copy of the Change request's) is not sent.
 * - Create User: `clientId: null` goes through Extra Properties (the node never sends an empty
 *   field on its own).
 */
import type { IDataObject } from 'n8n-workflow';
import { YtelApi } from '../../credentials/YtelApi.credentials';
import { YtelAdmin } from '../../nodes/Ytel/YtelAdmin.node';
import { exampleBodyOf, idOf, rowFor, type CoverageScenario } from '../helpers/coverage';
import type { TestEnvironment } from '../helpers/engine';
import { rowsOf } from '../helpers/rows';
import type { YtelSim } from '../helpers/ytel-sim';
import { ytelCredentials } from './numbers-env';

export const adminUsersRows = rowsOf('Ytel', [
	['CPaaS API', 'User Management'],
	['CPaaS API', 'Work groups'],
]);
export const exampleBody = (name: string): IDataObject => exampleBodyOf(rowFor(adminUsersRows, { row: name }));
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** The `ytelAdmin` node with the real ytelApi credential against the simulator; `overrides` change the credential. */
export function adminEnvironment(sim: YtelSim, overrides: IDataObject = {}): TestEnvironment {
	return { nodeTypes: { ytelAdmin: new YtelAdmin() }, credentialTypes: { ytelApi: new YtelApi() }, credentials: { ytelApi: ytelCredentials(sim, overrides) } };
}

/** Seeded by the simulator: the user the Work-group examples name (a webphone user, available). */
export const EXAMPLE_GROUP_USER = '07f9bc1a-7777-4444-8888-0601e38803ca';
/** Seeded work group. */
export const SEEDED_GROUP = 'support';

let users = 0;
/** A new user made through the API; its ID and username. */
export async function newUser(sim: YtelSim, username = `coverage.user${++users}@example.com`): Promise<{ clientId: string; username: string }> {
	const response = await sim.api('POST', '/ams/v3/users', { username, password: 'Coverage-Pass-1', firstName: 'Cover', lastName: 'Age', roles: ['webrtc-agent'], status: 'active' });
	const payload = (response.body as IDataObject & { payload: IDataObject[] }).payload;
	if (!payload?.[0]) throw new Error(`could not create a user: ${JSON.stringify(response.body)}`);
	return { clientId: String(payload[0].clientId), username };
}

/** A new work group made through the API. */
export async function newGroup(sim: YtelSim, groupName: string, userIds: string[] = []): Promise<string> {
	const response = await sim.api('POST', '/ams/v3/workgroup', { groupName, description: 'Made for a test', userIds });
	if ((response.body as IDataObject).status !== true) throw new Error(`could not create a work group: ${JSON.stringify(response.body)}`);
	return groupName;
}

const record = (output: IDataObject[], expected: IDataObject) => {
	expect(output).toHaveLength(1);
	expect(output[0]).toMatchObject(expected);
};

export type AdminUsersScenario = CoverageScenario<YtelSim>;
type Scenario = AdminUsersScenario;
const clientPath = (parameters: IDataObject) => ({ clientId: idOf(parameters.clientId) });
const usernamePath = (parameters: IDataObject) => ({ username: idOf(parameters.username) });
const groupPath = (parameters: IDataObject) => ({ groupname: idOf(parameters.groupname) });

/** Edit User's example body as the node's fields. */
function editParameters(): IDataObject {
	const { roles, firstName, lastName, phone, username } = exampleBody('Edit User');
	return { roles, userUpdateFields: { firstName, lastName, phone, username } };
}

/** Work-group metadata/details objects as name/value pairs. */
const pairs = (object: unknown) => ({ pair: Object.entries(object as IDataObject).map(([name, value]) => ({ name, value })) });

export const adminUsersScenarios: Scenario[] = [
	// ------------------------------------------------------------ Users
	{
		row: 'Get Users',
		parameters: { resource: 'user', operation: 'getAll', returnAll: true },
		check: (output) => expect(output.map((entry) => entry.clientId)).toEqual(expect.arrayContaining([EXAMPLE_GROUP_USER])),
	},
	{
		row: 'Get User by Id',
		path: clientPath,
		parameters: async (sim) => ({ resource: 'user', operation: 'get', userBy: 'id', clientId: byId((await newUser(sim)).clientId) }),
		check: (output, _request, parameters) => record(output, { clientId: idOf(parameters.clientId), firstName: 'Cover' }),
	},
	{
		row: 'Get User by Username',
		path: usernamePath,
		parameters: async (sim) => ({ resource: 'user', operation: 'get', userBy: 'username', username: byId((await newUser(sim)).username) }),
		check: (output, _request, parameters) => record(output, { username: idOf(parameters.username), clientId: expect.any(String) }),
	},
	{
		row: 'Create User',
		parameters: () => {
			const { username, password, roles, firstName, lastName, phone, status, belongAcctId } = exampleBody('Create User');
			return Promise.resolve({
				resource: 'user',
				operation: 'create',
				username,
				password,
				roles,
				firstName,
				lastName,
				phone,
				status,
				userAdditionalFields: { belongAcctId, extraProperties: '{"clientId": null}' },
			});
		},
		body: () => exampleBody('Create User'),
		check: (output) => {
			record(output, { username: 'example@dev.com', roles: ['webrtc-agent'], clientId: expect.any(String) });
			expect(output[0]).not.toHaveProperty('password');
		},
	},
	{
		row: 'Edit User',
		path: clientPath,
		parameters: async (sim) => ({ resource: 'user', operation: 'update', userBy: 'id', clientId: byId((await newUser(sim)).clientId), ...editParameters() }),
		body: () => exampleBody('Edit User'),
		check: (output, _request, parameters) => record(output, { clientId: idOf(parameters.clientId), username: 'example@dev.com', firstName: 'Annie' }),
	},
	{
		row: 'Edit User by Username',
		path: usernamePath,
		parameters: async (sim) => ({ resource: 'user', operation: 'update', userBy: 'username', username: byId((await newUser(sim)).username), ...editParameters() }),
		body: () => exampleBody('Edit User by Username'),
		check: (output) => record(output, { username: 'example@dev.com', lastName: 'Apple', phone: '+1234567899' }),
	},
	{
		row: 'Change Password',
		parameters: () => {
			const { oldPassword, newPassword, pincode } = exampleBody('Change Password');
			return Promise.resolve({ resource: 'user', operation: 'changePassword', oldPassword, newPassword, passwordOptions: { pincode: String(pincode) } });
		},
		body: () => exampleBody('Change Password'),
		check: (output) => record(output, { passwordChanged: true }),
	},
	{
		row: 'Change User Status',
		path: clientPath,
		parameters: async (sim) => {
			const { clientId } = await newUser(sim);
			await sim.api('PUT', `/ams/v3/users/status/${clientId}`, { status: 'inactive' });
			return { resource: 'user', operation: 'changeStatus', clientId: byId(clientId), status: exampleBody('Change User Status').status };
		},
		body: () => exampleBody('Change User Status'),
		check: (output, _request, parameters) => record(output, { clientId: idOf(parameters.clientId), status: 'active' }),
	},
	{
		row: 'Delete User',
		path: clientPath,
		parameters: async (sim) => ({ resource: 'user', operation: 'delete', userBy: 'id', clientId: byId((await newUser(sim)).clientId) }),
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	{
		row: 'Delete User by Username',
		path: usernamePath,
		parameters: async (sim) => ({ resource: 'user', operation: 'delete', userBy: 'username', username: byId((await newUser(sim)).username) }),
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	// ------------------------------------------------------------ Webphone (WebRTC) status
	{
		row: 'Get Webrtc User Statuses',
		parameters: { resource: 'webphoneStatus', operation: 'getAll', returnAll: true, webphoneFilters: { status: 'available' } },
		// The collection's GET body, sent as the query (no body on a GET).
		query: { status: String(exampleBody('Get Webrtc User Statuses').status) },
		check: (output) => {
			expect(output.map((entry) => (entry.key as IDataObject).clientId)).toEqual([EXAMPLE_GROUP_USER]);
			expect(output[0]).toMatchObject({ status: 'available', number: expect.any(String) });
		},
	},
	{
		row: 'Get Webrtc User Status',
		path: clientPath,
		parameters: async (sim) => ({ resource: 'webphoneStatus', operation: 'get', clientId: byId((await newUser(sim)).clientId) }),
		check: (output, _request, parameters) => record(output, { key: { clientId: idOf(parameters.clientId) }, status: 'unavailable' }),
	},
	{
		row: 'Change User Webphone status',
		path: clientPath,
		parameters: async (sim) => ({ resource: 'webphoneStatus', operation: 'update', clientId: byId((await newUser(sim)).clientId), status: exampleBody('Change User Webphone status').status }),
		body: () => exampleBody('Change User Webphone status'),
		check: (output, _request, parameters) => record(output, { key: { clientId: idOf(parameters.clientId) }, status: 'available' }),
	},
	// ------------------------------------------------------------ Two-factor authentication
	{
		row: 'Initialize 2fa',
		parameters: { resource: 'twoFactor', operation: 'setUp' },
		check: (output) => record(output, { twoFactorEnabled: true }),
	},
	{
		row: 'Check 2fa',
		parameters: async (sim) => {
			await sim.api('POST', '/ams/v3/users/setup2fa');
			const { pincode, password } = exampleBody('Check 2fa');
			return { resource: 'twoFactor', operation: 'check', pincode: String(pincode), password };
		},
		body: () => exampleBody('Check 2fa'),
		check: (output) => record(output, { valid: true }),
	},
	{
		row: 'Clear 2fa',
		parameters: async (sim) => {
			await sim.api('POST', '/ams/v3/users/setup2fa');
			const { pincode, password } = exampleBody('Clear 2fa');
			return { resource: 'twoFactor', operation: 'clear', clearFor: 'me', pincode: String(pincode), password };
		},
		body: () => exampleBody('Clear 2fa'),
		check: (output) => record(output, { twoFactorEnabled: false }),
	},
	{
		row: 'Clear 2fa by Id',
		path: clientPath,
		parameters: async (sim) => {
			const { pincode, password } = exampleBody('Clear 2fa by Id');
			return { resource: 'twoFactor', operation: 'clear', clearFor: 'user', clientId: byId((await newUser(sim)).clientId), pincode: String(pincode), password };
		},
		body: () => exampleBody('Clear 2fa by Id'),
		check: (output, _request, parameters) => record(output, { clientId: idOf(parameters.clientId), twoFactorEnabled: false }),
	},
	// ------------------------------------------------------------ Roles and privileges (/ams/v2)
	{
		row: 'Get Roles',
		parameters: { resource: 'role', operation: 'getAll', returnAll: true },
		check: (output) => expect(output).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'webrtc-agent', privileges: expect.any(Array) })])),
	},
	{
		row: 'Get Privileges',
		parameters: { resource: 'privilege', operation: 'getAll', returnAll: true },
		check: (output) => expect(output).toEqual(expect.arrayContaining([{ name: 'acct-create', displayName: 'Account Create', binaryPos: 7, symbolicNumber: 128 }])),
	},
	// ------------------------------------------------------------ Work groups
	{
		row: 'Get Work Groups',
		parameters: { resource: 'workGroup', operation: 'getAll', returnAll: true },
		check: (output) => expect(output.map((entry) => entry.groupName)).toEqual(expect.arrayContaining([SEEDED_GROUP])),
	},
	{
		row: 'Get Work Group',
		path: groupPath,
		parameters: async (sim) => ({ resource: 'workGroup', operation: 'get', groupname: byId(await newGroup(sim, 'crew')) }),
		check: (output) => record(output, { groupName: 'crew', description: 'Made for a test' }),
	},
	{
		row: 'Create Work Group',
		parameters: () => {
			const { groupName, description, metadata, details, userIds } = exampleBody('Create Work Group');
			return Promise.resolve({
				resource: 'workGroup',
				operation: 'create',
				groupName,
				groupAdditionalFields: { description, metadata: pairs(metadata), details: pairs(details), userIds: (userIds as string[]).join(', ') },
			});
		},
		body: () => exampleBody('Create Work Group'),
		check: (output) => record(output, { groupName: 'crew', userIds: [EXAMPLE_GROUP_USER], metadata: { region: 'Northeast' } }),
	},
	{
		row: 'Update Work Group',
		parameters: async (sim) => {
			const { groupName, description, metadata, details } = exampleBody('Update Work Group');
			return {
				resource: 'workGroup',
				operation: 'update',
				groupname: byId(await newGroup(sim, String(groupName))),
				groupUpdateFields: { description, metadata: pairs(metadata), details: pairs(details) },
			};
		},
		body: () => exampleBody('Update Work Group'),
		check: (output) => record(output, { groupName: 'crew', description: 'The Crew', details: { manager: 'Jane' } }),
	},
	{
		row: 'Delete Work Group',
		path: groupPath,
		parameters: async (sim) => ({ resource: 'workGroup', operation: 'delete', groupname: byId(await newGroup(sim, 'crew-to-delete')) }),
		check: (output) => expect(output).toEqual([{ success: true }]),
	},
	{
		row: 'Add Users to Work Group',
		parameters: async (sim) => {
			const { groupName, userIds } = exampleBody('Add Users to Work Group');
			return { resource: 'workGroup', operation: 'addUsers', groupname: byId(await newGroup(sim, String(groupName))), userIds: (userIds as string[]).join(',') };
		},
		body: () => exampleBody('Add Users to Work Group'),
		check: (output) => record(output, { groupName: 'crew' }),
	},
	{
		row: 'Remove Users from Work Group',
		parameters: async (sim) => {
			const { groupName, userIds } = exampleBody('Remove Users from Work Group');
			return { resource: 'workGroup', operation: 'removeUsers', groupname: byId(await newGroup(sim, String(groupName), userIds as string[])), userIds: (userIds as string[]).join(',') };
		},
		body: () => exampleBody('Remove Users from Work Group'),
		check: (output) => record(output, { groupName: 'crew' }),
	},
];
