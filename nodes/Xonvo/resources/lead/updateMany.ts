import { defineOperation } from '../../../shared/operations';
import { xonvo } from '../../shared/api';
import { bulkProperties, bulkSentSample } from './bulk';
import { sentOutput } from './sent';

export const updateMany = defineOperation(xonvo, {
	value: 'updateMany',
	name: 'Update Many',
	action: 'Update many leads',
	description: 'Update a list of leads of one account, matched by their External ID, in a single request',
	method: 'PUT',
	path: '/leads/bulk',
	properties: bulkProperties('update (each with its External ID)'),
});

// XONVO answers with an empty body: output the account and how many leads went out.
updateMany.output.emptyAnswer = sentOutput(bulkSentSample);
