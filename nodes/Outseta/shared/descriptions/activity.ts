import { optionsOf } from './numbered';

/** Activities: what an activity is about, and its types. */

/** Activity EntityType: what an activity is about. */
export const entityTypeOptions = optionsOf({ 1: 'Account', 2: 'Person', 3: 'Deal' });

/** The 29 activity types of "Get all activities", by name. */
export const ACTIVITY_TYPE_LABELS: Record<number, string> = {
	10: 'Custom Activity',
	50: 'Note',
	51: 'Email',
	52: 'Phone Call',
	53: 'Meeting',
	100: 'Account Created',
	101: 'Account Updated',
	102: 'Account Person Added',
	103: 'Account Stage Changed',
	104: 'Account Deleted',
	105: 'Account Billing Information Updated',
	200: 'Person Created',
	201: 'Person Updated',
	202: 'Person Deleted',
	203: 'Person Logged In',
	204: 'Person Subscribed to List',
	205: 'Person Unsubscribed from List',
	206: 'Person Added to Segment',
	207: 'Person Removed from Segment',
	208: 'Person Opened Email',
	209: 'Person Clicked Email',
	210: 'Person Email Bounced',
	211: 'Person Marked Email as Spam',
	212: 'Person Support Ticket Created',
	213: 'Person Support Ticket Updated',
	300: 'Deal Created',
	301: 'Deal Updated',
	302: 'Deal Person Added',
	303: 'Deal Account Added',
};
export const activityTypeOptions = optionsOf(ACTIVITY_TYPE_LABELS);
