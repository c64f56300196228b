import type { IDataObject } from 'n8n-workflow';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { gatewayField } from './shared';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';
import { billingAddressField, paymentAccountFields, paymentMethodType, requireAchDetails } from '../../shared/bodies';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a customer payment method',
	description: 'Store a card or bank account for a customer from a token of the payment gateway',
	method: 'POST',
	path: '/customers/{customerId}/paymentmethods',
	properties: [
		customerLocator(),
		bodyProperty(gatewayField),
		bodyProperty(paymentMethodType),
		bodyProperty({
			key: 'paymentMethod.nonce',
			name: 'nonce',
			label: 'Gateway Token',
			kind: 'text',
			placeholder: 'e.g. tok_visa',
			description: 'The token (nonce) the payment gateway issued for the card or account',
			required: true,
		}),
		bodyCollection({
			displayName: 'Additional Fields',
			name: 'additionalFields',
			fields: [...paymentAccountFields, billingAddressField],
		}),
	],
	validate(request) {
		requireAchDetails(this, (request.body ?? {}) as IDataObject);
	},
});
