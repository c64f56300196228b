import type { ResourceSpec } from '../../../shared/operations';
import { addListener, addMember } from './addMember';
import { getMembers } from './getMembers';
import { mapAudio } from './mapAudio';
import { clearMutes, deafen, hangup, kick, mute, undeafen, unmute } from './memberActions';
import { playAndLeave } from './playAndLeave';

export const conference: ResourceSpec = {
	name: 'Conference',
	value: 'conference',
	description: 'Conferences in progress and their members',
	operations: [getMembers, addMember, addListener, kick, hangup, mute, unmute, deafen, undeafen, clearMutes, playAndLeave, mapAudio],
	defaultOperation: getMembers.spec.value,
};
