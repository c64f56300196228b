import type { ResourceSpec } from '../../../shared/operations';
import { defineOperation } from '../../../shared/operations';
import { ytelAdmin } from '../../shared/api';
import { listFields } from '../common';

const getAll = defineOperation(ytelAdmin, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many roles',
	description: 'List the roles a user can have, with the privileges each one grants',
	method: 'GET',
	path: '/ams/v2/roles/all',
	output: 'list',
	properties: listFields,
});

const getAllPrivileges = defineOperation(ytelAdmin, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many privileges',
	description: 'List every privilege with its bit in the sign-in token',
	method: 'GET',
	path: '/ams/v2/privileges/all',
	output: 'list',
	properties: listFields,
});

export const role: ResourceSpec = {
	name: 'Role',
	value: 'role',
	operations: [getAll],
	defaultOperation: getAll.spec.value,
};

export const privilege: ResourceSpec = {
	name: 'Privilege',
	value: 'privilege',
	operations: [getAllPrivileges],
	defaultOperation: getAllPrivileges.spec.value,
};
