import type { INodeProperties } from 'n8n-workflow';
import { locatorField } from '../../../shared/fields';
import { listBodyField } from '../common';

/** A live list, by its name (its ID in Ytel's paths). */
export const liveListLocator: INodeProperties = locatorField({
	displayName: 'Live List',
	name: 'listName',
	noun: 'live list',
	searchListMethod: 'searchLiveLists',
	idPlaceholder: 'e.g. myFirstList',
	description: 'The live list, by its name',
});

export const userIds = (required: boolean): INodeProperties =>
	listBodyField({
		displayName: 'User IDs',
		name: 'clientIds',
		required,
		placeholder: 'e.g. 00000000-0000-0000-0000-000000000000, 00000000-0000-0000-0000-000000000001',
		description: 'The Ytel users (their client IDs) who may use the list, separated by commas',
	});
