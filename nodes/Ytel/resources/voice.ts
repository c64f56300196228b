import { assembleResources } from '../../shared/operations';
import { call } from './call';
import { conference } from './conference';
import { liveList } from './liveList';

/** The Ytel Voice node's resources: calls, conferences and live lists. */
export const voiceResources = assembleResources([call, conference, liveList], 'call');
