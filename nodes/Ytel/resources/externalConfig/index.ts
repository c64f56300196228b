import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytelAdmin } from '../../shared/api';
import { externalKey, externalKeyText, externalProvider, externalSettingsList, externalValueOneOf, externalValues, providerLocator } from '../account/fields';
import { wholeListFields } from '../campaignKit';

/** Settings of the external services the account uses (e.g. an email provider's domain and API key). */

const getAll = defineOperation(ytelAdmin, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many external service settings',
	description: 'List the settings of the external services your account uses',
	method: 'GET',
	path: '/ams/v3/accounts/external/config',
	output: 'list',
	properties: wholeListFields(),
});

const save = defineOperation(ytelAdmin, {
	value: 'save',
	name: 'Save',
	action: 'Save an external service setting',
	description: 'Save one setting of an external service: a plain value or a secret stored encrypted',
	method: 'POST',
	path: '/ams/v3/accounts/external/config',
	properties: [externalProvider, externalKeyText, ...externalValues],
	validate: externalValueOneOf,
});

const saveMany = defineOperation(ytelAdmin, {
	value: 'saveMany',
	name: 'Save Many',
	action: 'Save many external service settings',
	description: 'Save several settings of external services in one request',
	method: 'PUT',
	path: '/ams/v3/accounts/external/config',
	properties: [externalSettingsList],
});

const deleteService = defineOperation(ytelAdmin, {
	value: 'deleteService',
	name: 'Delete Service',
	action: 'Delete the settings of an external service',
	description: 'Delete every setting of one external service',
	method: 'DELETE',
	path: '/ams/v3/accounts/external/config/{provider}',
	properties: [providerLocator],
});

const remove = defineOperation(ytelAdmin, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an external service setting',
	description: 'Delete one setting of an external service by its key',
	method: 'DELETE',
	path: '/ams/v3/accounts/external/config/{provider}/{externalKey}',
	properties: [providerLocator, externalKey],
});

export const externalConfig: ResourceSpec = {
	name: 'External Service Setting',
	value: 'externalConfig',
	description: 'Settings of the external services your account uses, e.g. an email provider',
	operations: [getAll, save, saveMany, deleteService, remove],
	defaultOperation: getAll.spec.value,
};
