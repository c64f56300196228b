import { queryField } from '../../../shared/fields';
import { binaryField, conflictModeOptions, contactLocator } from '../common';

export const contactId = contactLocator();








export const conflictModeQuery = queryField({
	displayName: 'Conflict Mode',
	name: 'conflictMode',
	type: 'options',
	options: conflictModeOptions,
	default: 'REJECT',
	description: 'What Ytel does with a row whose keys belong to an existing contact',
});

export const csvFile = binaryField('A CSV file of contacts, one per row, with Ytel variable names as column headers');
