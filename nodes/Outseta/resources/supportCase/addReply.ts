import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { caseLocator, inBody, textField } from '../../shared/descriptions';

export const addReply = defineOperation(outseta, {
	value: 'addReply',
	name: 'Add Reply',
	action: 'Reply to a support case',
	description: "Add an agent's reply to a support case",
	method: 'POST',
	path: '/support/cases/{caseId}/replies',
	properties: [
		// Outseta wants the case in the body too.
		inBody(caseLocator, 'Case'),
		textField('Agent Name', 'agentName', 'AgentName', 'e.g. Sam from Support', { required: true }),
		textField('Comment', 'comment', 'Comment', 'e.g. We reset your password; check your inbox.', { required: true, typeOptions: { rows: 4 } }),
	],
});
