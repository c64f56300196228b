import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField, text } from '../common';
import { method } from './shared';

export const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update a short code',
	description: 'Change a short code’s name and the URLs Ytel calls for its inbound SMS',
	method: 'PUT',
	path: '/v4/shortcode/{shortCode}',
	properties: [
		{ displayName: 'Short Code', name: 'shortCode', type: 'string', required: true, default: '', placeholder: 'e.g. 12345', description: 'Your dedicated short code' },
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				text('Friendly Name', 'friendlyName', 'e.g. My dedicated short code'),
				text('SMS URL', 'smsUrl', 'e.g. https://example.com/sms', { description: 'Ytel calls this URL for each inbound SMS' }),
				method('SMS Method', 'smsMethod'),
				text('SMS Fallback URL', 'smsFallbackUrl', 'e.g. https://example.com/sms-fallback', { description: 'Called when the SMS URL fails' }),
				method('SMS Fallback Method', 'smsFallbackMethod'),
			],
		},
		extraPropertiesField('{"friendlyName": "Support line"}'),
	],
});
