import { assembleResources } from '../../shared/operations';
import { agentLead } from './agentLead';
import { agentSession } from './agentSession';
import { contactCenterServer } from './contactCenterServer';
import { crmAgent } from './crmAgent';
import { nonAgentResources } from '../contactCenter/nonAgent';

/** The resources of the Ytel Contact Center node (x5 API): the Agent API's agent sessions, leads and CRM lookups. */
export const contactCenterResources = assembleResources([agentSession, agentLead, crmAgent, contactCenterServer, ...nonAgentResources], 'agentSession');
