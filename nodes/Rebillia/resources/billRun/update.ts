import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { billRunIdField } from './shared';
import { bodyCollection, bodyProperty } from '../../shared/fields';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a bill run',
	description: 'Move a pending bill run to another date and time',
	method: 'PUT',
	path: '/bill-run/{billRunId}',
	properties: [
		billRunIdField,
		bodyProperty({
			key: 'newDateTime',
			label: 'New Date and Time',
			kind: 'instant',
			description: 'When the bill run should run; sent in UTC (e.g. 2026-03-01T07:00:00Z), a picked time is read in the workflow timezone',
			required: true,
		}),
		bodyCollection({ displayName: 'Additional Fields', name: 'additionalFields', fields: [] }),
	],
});
