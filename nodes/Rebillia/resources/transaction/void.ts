import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { transactionLocator } from '../../shared/locators';

export const voidTransaction = defineOperation(rebillia, {
	value: 'void',
	name: 'Void',
	action: 'Void a transaction',
	description: 'Cancel an authorized or settled payment before it is paid out; its invoice is due again',
	method: 'POST',
	path: '/transactions/{transactionId}/void',
	properties: [transactionLocator()],
});
