import { assembleResources } from '../../shared/operations';
import { account } from './account';
import { agent } from './agent';
import { lead } from './lead';

/** Every XONVO resource and operation, as the node shows them. */
export const xonvoResources = assembleResources([lead, agent, account], 'lead');
