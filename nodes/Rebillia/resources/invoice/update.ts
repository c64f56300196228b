import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { invoiceFields } from './fields';
import { bodyCollection } from '../../shared/fields';
import { invoiceLocator } from '../../shared/locators';
import { invoiceLines } from '../../shared/bodies';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update an invoice',
	description: 'Change an open invoice; lines given replace its lines',
	method: 'PUT',
	path: '/invoices/{invoiceId}',
	properties: [
		invoiceLocator(),
		bodyCollection({
			displayName: 'Update Fields',
			name: 'updateFields',
			fields: [
				{ key: 'customerId', label: 'Customer ID', kind: 'id', example: 4, description: 'Bill another customer' },
				invoiceLines,
				...invoiceFields,
			],
		}),
	],
});
