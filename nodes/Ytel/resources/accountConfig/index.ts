import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytelAdmin } from '../../shared/api';
import { settingFilters, settingKeyLocator, settingKeyText, settingsList, settingValue } from '../account/fields';
import { wholeListFields } from '../campaignKit';

/** Account settings (Ytel's account configs): key and value pairs; some cannot be changed. */

const getAll = defineOperation(ytelAdmin, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many account settings',
	description: 'List the settings of your account, all or only some keys',
	method: 'GET',
	path: '/ams/v3/accounts/config',
	output: 'list',
	properties: [...wholeListFields(), settingFilters],
});

const get = defineOperation(ytelAdmin, {
	value: 'get',
	name: 'Get',
	action: 'Get an account setting',
	description: 'Get one setting of your account by its key',
	method: 'GET',
	path: '/ams/v3/accounts/config/{key}',
	properties: [settingKeyLocator],
});

const save = defineOperation(ytelAdmin, {
	value: 'save',
	name: 'Save',
	action: 'Save an account setting',
	description: 'Save the value of one setting; Ytel refuses the settings that cannot be changed',
	method: 'POST',
	path: '/ams/v3/accounts/config',
	properties: [settingKeyText, settingValue],
});

const saveMany = defineOperation(ytelAdmin, {
	value: 'saveMany',
	name: 'Save Many',
	action: 'Save many account settings',
	description: 'Save several settings in one request',
	method: 'PUT',
	path: '/ams/v3/accounts/config',
	properties: [settingsList],
});

const remove = defineOperation(ytelAdmin, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an account setting',
	description: 'Delete one setting of your account by its key (only settings that can be changed)',
	method: 'DELETE',
	path: '/ams/v3/accounts/config/{key}',
	properties: [settingKeyLocator],
});

export const accountConfig: ResourceSpec = {
	name: 'Account Setting',
	value: 'accountConfig',
	description: 'Settings of your account as key and value pairs, e.g. the company phone',
	operations: [getAll, get, save, saveMany, remove],
	defaultOperation: getAll.spec.value,
};
