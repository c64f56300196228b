import { assembleResources } from '../../shared/operations';
import { ccAgent, ccAgentGroup } from './contactCenter/agent';
import { ccCampaign, ccListMix } from './contactCenter/campaign';
import { ccInboundQueue } from './contactCenter/inboundQueue';
import { ccLookup } from './contactCenter/lookup';
import { ccNumber } from './contactCenter/number';
import { ccVoicemail } from './contactCenter/voicemail';

/** The Ytel Contact Center Admin node's resources (YCC administration): agents first, as admins reach for them most. */
export const contactCenterAdminResources = assembleResources(
	[ccAgent, ccAgentGroup, ccInboundQueue, ccCampaign, ccListMix, ccVoicemail, ccNumber, ccLookup],
	'yccAgent',
);
