import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { bodyField, entityTypeOptions, textField } from '../../shared/descriptions';

export const createCustom = defineOperation(outseta, {
	value: 'createCustom',
	name: 'Create Custom',
	action: 'Create a custom activity',
	description: "Add your own entry to an account's, a person's or a deal's activity log",
	method: 'POST',
	path: '/activities/customactivity',
	properties: [
		textField('Title', 'title', 'Title', 'e.g. Onboarding call booked', {
			required: true,
			description: 'Shown in the activity log; drip campaigns can start or stop on it',
		}),
		bodyField(
			{ displayName: 'About', name: 'entityType', type: 'options', options: entityTypeOptions, default: 1, description: 'What kind of record the activity is about' },
			'EntityType',
		),
		textField('Record Uid', 'entityUid', 'EntityUid', 'e.g. 4XQYqQPB', {
			required: true,
			description: 'The Uid of the account, person or deal',
		}),
		textField('Description', 'description', 'Description', 'e.g. Booked through the website', { typeOptions: { rows: 2 } }),
		textField('Activity Data', 'activityData', 'ActivityData', 'e.g. {"source": "website"}', {
			description: 'Any text to keep with the activity, such as serialized JSON',
		}),
	],
});
