import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { queryField } from '../../../shared/fields';
import { multipartBody } from '../common';
import { conflictModeQuery, csvFile } from './shared';

export const uploadAsync = defineOperation(ytel, {
	value: 'uploadAsync',
	name: 'Upload in Background',
	action: 'Upload contacts from a CSV file in the background',
	description: 'Start an upload of contacts from a CSV file; Ytel reports the progress to the callback',
	method: 'POST',
	path: '/v4/contact/uploadAsync',
	properties: [
		{ ...csvFile, routing: { send: { preSend: [multipartBody('parts')] } } },
		conflictModeQuery,
		queryField({ displayName: 'Callback', name: 'callback', type: 'string', default: 'websocket', placeholder: 'e.g. websocket', description: 'Where Ytel reports the progress' }),
		queryField({ displayName: 'Report Each Row', name: 'incrementalCallback', type: 'boolean', default: true, description: 'Whether Ytel reports every row, not only the end' }),
	],
});
