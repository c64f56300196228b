import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { invoiceLines } from '../../shared/coreBodies';
import { invoiceLocator } from '../../shared/coreDescriptions';
import { bodyCollection } from '../../shared/coreFields';
import { invoiceFields } from './fields';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update an invoice',
	description: 'Change an open invoice; lines given replace its lines',
	method: 'PUT',
	path: '/invoices/{invoiceId}',
	properties: [
		invoiceLocator,
		bodyCollection({
			displayName: 'Update Fields',
			name: 'updateFields',
			fields: [
				{ key: 'customerId', label: 'Customer ID', kind: 'id', placeholder: 'e.g. 4', description: 'Bill another customer' },
				invoiceLines,
				...invoiceFields,
			],
		}),
	],
});
