import type { IHttpRequestMethods } from 'n8n-workflow';
import { defineOperation, type Operation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { conferenceId, memberId } from './shared';

/** The requests that act on one member: conference and member in the path, no body. */
function memberAction(value: string, name: string, action: string, description: string, method: IHttpRequestMethods, last: string): Operation {
	return defineOperation(ytel, {
		value,
		name,
		action,
		description,
		method,
		path: `/v4/conference/{confId}/member/{memberId}/${last}`,
		properties: [conferenceId, memberId],
	});
}

export const kick = memberAction('kick', 'Remove Member', 'Remove a member from a conference', 'Remove a member from the conference (today the same as Hang Up Member)', 'POST', 'kick');
export const hangup = memberAction('hangup', 'Hang Up Member', 'Hang up a conference member', 'Hang up the call the member joined on', 'POST', 'hangup');
export const mute = memberAction('mute', 'Mute Member', 'Mute a conference member', 'Mute a member: the others no longer hear them', 'POST', 'mute');
export const unmute = memberAction('unmute', 'Unmute Member', 'Unmute a conference member', 'Unmute a member muted through the API', 'DELETE', 'mute');
export const deafen = memberAction('deafen', 'Deafen Member', 'Deafen a conference member', 'The member hears nothing from the conference (they can still speak unless muted)', 'POST', 'deaf');
export const undeafen = memberAction('undeafen', 'Undeafen Member', 'Undeafen a conference member', 'The member hears the conference again', 'DELETE', 'deaf');
export const clearMutes = memberAction(
	'clearMutes',
	'Clear Member Mutes',
	'Clear a member’s mutes and audio rules',
	'Remove every audio rule and mute of the member',
	'POST',
	'clearAllMute',
);
