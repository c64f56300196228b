import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { invoiceLines } from '../../shared/coreBodies';
import { customerLocator } from '../../shared/coreDescriptions';
import { bodyCollection, bodyProperty, idInBody } from '../../shared/coreFields';
import { invoiceFields } from './fields';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create an invoice',
	description: 'Create an invoice for a customer with its lines',
	method: 'POST',
	path: '/invoices',
	properties: [
		idInBody(customerLocator, 'customerId'),
		bodyProperty(invoiceLines),
		bodyCollection({ displayName: 'Additional Fields', name: 'additionalFields', fields: invoiceFields, extraExample: '{"terms": "onReceipt"}' }),
	],
});
