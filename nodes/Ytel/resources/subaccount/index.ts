import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytelAdmin } from '../../shared/api';
import { accountFields, accountName, subaccountLocator, subaccountStatus } from '../account/fields';
import { wholeListFields } from '../campaignKit';

/** Subaccounts: accounts under yours, e.g. one per company whose users you manage. */

const getAll = defineOperation(ytelAdmin, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many subaccounts',
	description: 'List the subaccounts of your account',
	method: 'GET',
	path: '/ams/v3/accounts/subaccounts',
	output: 'list',
	properties: wholeListFields(),
});

const create = defineOperation(ytelAdmin, {
	value: 'create',
	name: 'Create',
	action: 'Create a subaccount',
	description: 'Add a subaccount for a company or team; its users are created under it',
	method: 'POST',
	path: '/ams/v3/accounts',
	properties: [accountName, accountFields],
});

const updateStatus = defineOperation(ytelAdmin, {
	value: 'updateStatus',
	name: 'Update Status',
	action: 'Update the status of a subaccount',
	description: 'Make a subaccount active, inactive or closed',
	method: 'PUT',
	path: '/ams/v3/accounts/status/{accountSid}',
	properties: [subaccountLocator, subaccountStatus],
});

const remove = defineOperation(ytelAdmin, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a subaccount',
	description: 'Delete a subaccount',
	method: 'DELETE',
	path: '/ams/v3/accounts/{accountSid}',
	properties: [subaccountLocator],
});

export const subaccount: ResourceSpec = {
	name: 'Subaccount',
	value: 'subaccount',
	description: 'Accounts under yours, e.g. one per company whose users you manage',
	operations: [getAll, create, updateStatus, remove],
	defaultOperation: getAll.spec.value,
};
