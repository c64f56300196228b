import { defineOperation } from '../../../shared/operations';
import { xonvo } from '../../shared/api';
import { bulkProperties, bulkSentSample } from './bulk';
import { sentOutput } from './sent';

export const createMany = defineOperation(xonvo, {
	value: 'createMany',
	name: 'Create Many',
	action: 'Create many leads',
	description: 'Create a list of leads in one account in a single request',
	method: 'POST',
	path: '/leads/bulk',
	properties: bulkProperties('create'),
});

// XONVO answers with an empty body: output the account and how many leads went out.
createMany.output.emptyAnswer = sentOutput(bulkSentSample);
