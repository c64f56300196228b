import { assembleResources } from '../../shared/operations';
import { disposition } from './disposition';
import { ivr } from './ivr';
import { routeDestination } from './routeDestination';
import { routeTag } from './routeTag';
import { script } from './script';
import { transferPreset } from './transferPreset';
import { voicemail } from './voicemail';

/** The Ytel Voice node's resources. */
export const voiceResources = assembleResources([routeTag, routeDestination, ivr, voicemail, transferPreset, disposition, script], 'routeTag');
