import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytelAdmin } from '../../shared/api';
import { wholeListFields } from '../campaignKit';
import { accountFields, accountName, balanceAlertFields } from './fields';

/** The account the credential signs in to: its details, address, funds and balance alerts. */

const get = defineOperation(ytelAdmin, {
	value: 'get',
	name: 'Get',
	action: 'Get the account',
	description: 'Get the details of your account',
	method: 'GET',
	path: '/ams/v3/accounts',
});

const getAddress = defineOperation(ytelAdmin, {
	value: 'getAddress',
	name: 'Get Address',
	action: 'Get the address of the account',
	description: 'Get the postal address of your account',
	method: 'GET',
	path: '/ams/v3/accounts/address',
});

const update = defineOperation(ytelAdmin, {
	value: 'update',
	name: 'Update',
	action: 'Update the account',
	description: 'Replace the details of your account: fields left out are not kept, so fill every one you want to keep',
	method: 'PUT',
	path: '/ams/v3/accounts',
	properties: [accountName, accountFields],
});

const getFunds = defineOperation(ytelAdmin, {
	value: 'getFunds',
	name: 'Get Funds',
	action: 'Get the funds of the account',
	description: 'Get the balance of your account (parent accounts only)',
	method: 'GET',
	path: '/ams/v3/accounts/totalFunds',
});

const getBalanceAlerts = defineOperation(ytelAdmin, {
	value: 'getBalanceAlerts',
	name: 'Get Balance Alerts',
	action: 'Get the balance alerts of the account',
	description: 'List the emails sent when the balance drops below an amount (parent accounts only)',
	method: 'GET',
	path: '/ams/v3/accounts/balanceAlert',
	output: 'list',
	properties: wholeListFields(),
});

const addBalanceAlert = defineOperation(ytelAdmin, {
	value: 'addBalanceAlert',
	name: 'Add Balance Alert',
	action: 'Add a balance alert to the account',
	description: 'Email an address each time the balance drops below an amount (parent accounts only)',
	method: 'PUT',
	path: '/ams/v3/accounts/balanceAlert',
	properties: balanceAlertFields,
});

export const account: ResourceSpec = {
	name: 'Account',
	value: 'account',
	description: 'Your Ytel account: details, address, funds and balance alerts',
	operations: [get, getAddress, update, getFunds, getBalanceAlerts, addBalanceAlert],
	defaultOperation: get.spec.value,
};
