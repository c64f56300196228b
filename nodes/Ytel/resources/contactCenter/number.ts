import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytelYcc } from '../../shared/api';
import { computedBodyField } from '../campaignKit';
import { didDigits, settingsJson } from './kit';

/** Phone numbers (DIDs) as the contact centre routes them. */

const numberField = {
	displayName: 'Number',
	name: 'didPattern',
	type: 'string' as const,
	default: '',
	required: true,
	placeholder: 'e.g. 12223334444',
	description: 'The phone number (DID) in digits with its country code; a leading + and separators are dropped',
};

const get = defineOperation(ytelYcc, {
	value: 'get',
	name: 'Get',
	action: 'Get a number',
	description: 'Get how the contact centre routes a number',
	method: 'GET',
	path: '/number-edit/{didPattern}',
	pathValues: { didPattern: didDigits },
	properties: [numberField],
});

const update = defineOperation(ytelYcc, {
	value: 'update',
	name: 'Update',
	action: 'Update a number',
	description: 'Change how the contact centre routes a number',
	method: 'POST',
	path: '/number-update',
	properties: [
		computedBodyField(numberField, 'did_pattern', function (value, label) {
			return didDigits.call(this, value, label);
		}),
		settingsJson(
			'Number Settings (JSON)',
			'numberSettings',
			'{"did_description": "Main line", "did_route": "IN_GROUP", "group_id": "SUPPORT"}',
			'The settings to change (Get lists them all)',
		),
	],
});

export const ccNumber: ResourceSpec = {
	name: 'Number',
	value: 'yccNumber',
	description: 'How the contact centre routes phone numbers (DIDs)',
	operations: [get, update],
	defaultOperation: get.spec.value,
};
