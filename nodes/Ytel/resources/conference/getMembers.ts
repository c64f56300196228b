import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { conferenceId } from './shared';

export const getMembers = defineOperation(ytel, {
	value: 'getMembers',
	name: 'Get Members',
	action: 'Get the members of a conference',
	description: 'Get a conference’s members: member ID, call SID, caller ID, muted, deaf',
	method: 'GET',
	path: '/v4/conference/{confId}/member',
	properties: [conferenceId],
});
