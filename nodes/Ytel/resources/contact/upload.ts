import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { multipartBody } from '../common';
import { conflictModeQuery, csvFile } from './shared';

export const upload = defineOperation(ytel, {
	value: 'upload',
	name: 'Upload',
	action: 'Upload contacts from a CSV file',
	description: 'Add or update contacts from a CSV file and wait for the result',
	method: 'POST',
	path: '/v4/contact/upload',
	properties: [{ ...csvFile, routing: { send: { preSend: [multipartBody('parts')] } } }, conflictModeQuery],
});
