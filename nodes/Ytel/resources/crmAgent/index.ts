import type { ResourceSpec } from '../../../shared/operations';
import { x5Operation, x5Text } from '../../contactCenter/fields';

/** Agents looked up by the IDs a CRM knows them by (their custom_three field and team), in the x5 Agent API. */

const crmFields = [
	x5Text('CRM Agent ID', 'value', 'e.g. 876543', { required: true, name: 'crmAgentId', description: 'The agent’s ID in your CRM' }),
	x5Text('CRM Team ID', 'vendor_id', 'e.g. 207', { required: true, name: 'crmTeamId', description: 'The agent’s team ID in your CRM' }),
];

const logLogin = x5Operation({
	function: 'st_login_log',
	value: 'logLogin',
	name: 'Log CRM Login',
	action: 'Log a CRM login of an agent',
	description: 'Find the agent by their CRM IDs and log the CRM login event',
	properties: crmFields,
	answer: { kind: 'status', values: ['agentUser'] },
});

const getActiveLead = x5Operation({
	function: 'st_get_agent_active_lead',
	value: 'getActiveLead',
	name: 'Get Active Lead',
	action: 'Get the lead an agent is on',
	description: 'Find the agent by their CRM IDs and get the lead they are on',
	properties: crmFields,
	answer: {
		kind: 'status',
		values: ['agentUser', 'phoneNumber', 'leadId', 'vendorLeadCode', 'province', 'securityPhrase', 'sourceId'],
		types: { leadId: 'number' },
	},
});

export const crmAgent: ResourceSpec = {
	name: 'CRM Agent',
	value: 'crmAgent',
	description: 'Agents found by their CRM agent and team IDs',
	operations: [getActiveLead, logLogin],
	defaultOperation: getActiveLead.spec.value,
};
