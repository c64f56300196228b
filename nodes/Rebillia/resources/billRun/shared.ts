import { idField, includeOption } from '../../shared/fields';

export const billRunIdField = idField({
	displayName: 'Bill Run ID',
	name: 'billRunId',
	example: 49,
	description: 'The ID of the bill run (Get Many lists them)',
});

export const billRunInclude = includeOption([['Invoices', 'invoice']]);
