import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { queryField } from '../../../shared/fields';
import { binaryField, multipartBody } from '../common';

export const upload = defineOperation(ytel, {
	value: 'upload',
	name: 'Upload',
	action: 'Upload numbers to the do-not-contact list',
	description: 'Add the numbers of a CSV file (one E.164 number a row) to the do-not-contact list',
	method: 'POST',
	path: '/v4/dnc/bulk',
	properties: [
		{ ...binaryField('A CSV file with one phone number in E.164 format a row'), routing: { send: { preSend: [multipartBody('file')] } } },
		{
			displayName: 'Mode',
			name: 'uploadMode',
			type: 'options',
			options: [
				{ name: 'Wait for Result', value: 'sync', description: 'Ytel answers with the entries added and the rows refused' },
				{ name: 'In Background', value: 'async', description: 'Ytel reports the progress to the callback' },
			],
			default: 'sync',
			description: 'Ytel documents this upload twice, once as asynchronous; the background mode asks for a callback',
		},
		{
			...queryField({ displayName: 'Callback', name: 'callback', type: 'string', default: 'websocket', placeholder: 'e.g. websocket', description: 'Where Ytel reports the progress' }),
			displayOptions: { show: { uploadMode: ['async'] } },
		},
		{
			...queryField({ displayName: 'Report Each Row', name: 'incrementalCallback', type: 'boolean', default: true, description: 'Whether Ytel reports every row, not only the end' }),
			displayOptions: { show: { uploadMode: ['async'] } },
		},
	],
});
