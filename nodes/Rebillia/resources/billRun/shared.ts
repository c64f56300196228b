import { includeOption } from '../../shared/coreDescriptions';
import { idField } from '../../shared/coreFields';

export const billRunIdField = idField({
	displayName: 'Bill Run ID',
	name: 'billRunId',
	placeholder: 'e.g. 49',
	description: 'The ID of the bill run (Get Many lists them)',
});

export const billRunInclude = includeOption([['Invoices', 'invoice']]);
