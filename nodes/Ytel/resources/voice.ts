import { assembleResources } from '../../shared/operations';
import { call } from './call';
import { conference } from './conference';
import { disposition } from './disposition';
import { ivr } from './ivr';
import { liveList } from './liveList';
import { routeDestination } from './routeDestination';
import { routeTag } from './routeTag';
import { script } from './script';
import { transferPreset } from './transferPreset';
import { voicemail } from './voicemail';

/** The Ytel Voice node's resources: calls first, as most voice workflows start one. */
export const voiceResources = assembleResources(
	[call, conference, voicemail, liveList, routeTag, routeDestination, ivr, transferPreset, disposition, script],
	'call',
);
