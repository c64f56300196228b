import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { caseLocator } from '../../shared/descriptions';

export const addClientResponse = defineOperation(outseta, {
	value: 'addClientResponse',
	name: 'Add Client Response',
	action: "Add the client's response to a support case",
	description: "Add the person's own answer to a support case",
	method: 'POST',
	// The comment travels in the path, encoded as one segment.
	path: '/support/cases/{caseId}/clientresponse/{comment}',
	properties: [
		caseLocator,
		{
			displayName: 'Comment',
			name: 'comment',
			type: 'string',
			typeOptions: { rows: 2 },
			required: true,
			default: '',
			placeholder: 'e.g. Thank you so much',
		},
	],
});
