import { assembleResources } from '../../shared/operations';
import { billing } from './billing';
import { carrier } from './carrier';
import { log } from './log';
import { number } from './number';
import { numberSet } from './numberSet';
import { statistics } from './statistics';
import { timezone } from './timezone';

/** The Ytel Numbers node's resources: numbers and their sets, carrier lookup, logs, statistics, usage, timezones. */
export const numbersResources = assembleResources([number, numberSet, carrier, log, statistics, billing, timezone], 'number');
