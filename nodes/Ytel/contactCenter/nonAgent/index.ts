import type { ResourceSpec } from '../../../shared/operations';
import { agent } from './agent';
import { withoutLoginValues } from './kit';
import { lead } from './lead';
import { list } from './list';
import { filterPhoneGroup, phone } from './phone';
import { audio, recording, report, voicemailBox } from './reads';
import { user } from './user';

/** The x5 Non-Agent API's resources of the Ytel Contact Center node (21 requests). */
export const nonAgentResources: ResourceSpec[] = [agent, lead, user, phone, filterPhoneGroup, list, recording, report, voicemailBox, audio];

for (const resource of nonAgentResources) for (const operation of resource.operations) withoutLoginValues(operation);

export { authenticationProperties, contactCenterCredentials } from './agent';
