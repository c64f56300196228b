import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { idField } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';

export const deleteChargeCredit = defineOperation(rebillia, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a charge or credit',
	description: 'Remove a charge or credit from a customer',
	method: 'DELETE',
	path: '/customers/{customerId}/charges_credits/{chargeCreditId}',
	output: 'deleted',
	properties: [
		customerLocator(),
		idField({ displayName: 'Charge/Credit ID', name: 'chargeCreditId', example: 52, description: 'The ID of the charge or credit (Get Many lists them)' }),
	],
});
