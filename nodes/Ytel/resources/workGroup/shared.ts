import type { INodeProperties } from 'n8n-workflow';
import { keyValueBodyField, locatorField } from '../../../shared/fields';
import { listBodyField, locatorBodyField, text, UUID_PLACEHOLDER } from '../common';

export const workGroupLocator: INodeProperties = locatorField({
	displayName: 'Work Group',
	name: 'groupname',
	noun: 'work group',
	searchListMethod: 'searchWorkGroups',
	idPlaceholder: 'e.g. crew',
	description: 'The work group, by its name',
});

/** The work group named in the body (the requests that have no group in the path). */
export const workGroupInBody = locatorBodyField(workGroupLocator, 'groupName');

export const userIdsField = (required: boolean, collection?: string): INodeProperties =>
	listBodyField(
		{
			displayName: 'User IDs',
			name: 'userIds',
			required,
			placeholder: `${UUID_PLACEHOLDER}, …`,
			description: 'The users’ IDs, separated by commas',
		},
		'userIds',
		collection,
	);

/** Description, metadata and details: optional on create, the fields of an update. */
export function groupFields(collection?: string): INodeProperties[] {
	return [
		text('Description', 'description', 'e.g. The Crew'),
		keyValueBodyField({ displayName: 'Metadata', name: 'metadata', collection, target: 'metadata', description: 'Name/value pairs kept with the group', namePlaceholder: 'e.g. region', valuePlaceholder: 'e.g. Northeast' }),
		keyValueBodyField({ displayName: 'Details', name: 'details', collection, target: 'details', description: 'More name/value pairs about the group', namePlaceholder: 'e.g. manager', valuePlaceholder: 'e.g. Jane' }),
	];
}
