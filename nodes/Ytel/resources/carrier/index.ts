import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { phonePathValue } from '../../numbers/fields';
import { ytel } from '../../shared/api';

const lookup = defineOperation(ytel, {
	value: 'lookup',
	name: 'Look Up',
	action: 'Look up the carrier of a number',
	description: 'The carrier, network and whether a phone number is wireless',
	method: 'GET',
	path: '/v4/carrier/lookup/{lookupNumber}',
	pathValues: { lookupNumber: phonePathValue },
	properties: [
		{
			displayName: 'Phone Number',
			name: 'lookupNumber',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. +14155550123',
			hint: 'In E.164 format: + and the country code, e.g. +14155550123',
			description: 'Any phone number, not only the account\'s',
		},
	],
});

export const carrier: ResourceSpec = { name: 'Carrier', value: 'carrier', operations: [lookup], defaultOperation: lookup.spec.value };
