import type { ResourceSpec } from '../../../shared/operations';
import { getLive } from './getLive';
import { interrupt } from './interrupt';
import { make } from './make';
import { makeGroup } from './makeGroup';
import { play } from './play';
import { record } from './record';
import { sendDigits } from './sendDigits';

export const call: ResourceSpec = {
	name: 'Call',
	value: 'call',
	description: 'Phone calls: make them, and act on the ones in progress',
	operations: [make, makeGroup, sendDigits, record, play, interrupt, getLive],
	defaultOperation: make.spec.value,
};
