import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';
import { accountFields } from '../../shared/bodies';

export const insert = defineOperation(rebillia, {
	value: 'insert',
	name: 'Insert',
	action: 'Insert a customer payment method',
	description: 'Record a payment method already stored at the gateway (under a gateway profile), without tokenizing it again',
	method: 'POST',
	path: '/customers/{customerId}/paymentmethods/insert',
	properties: [
		customerLocator(),
		bodyProperty({
			key: 'customerGatewayProfileId',
			label: 'Gateway Profile ID',
			kind: 'id',
			example: 1,
			description: 'The Rebillia ID of the customer gateway profile (Create Gateway Profile returns it)',
			required: true,
		}),
		bodyProperty({
			key: 'token',
			label: 'Gateway Token',
			kind: 'text',
			placeholder: 'e.g. card_1IdfLAHM3LZNSqFl',
			description: 'The payment method’s token at the gateway',
			required: true,
		}),
		bodyProperty({ key: 'type', label: 'Type', kind: 'text', placeholder: 'e.g. card', description: 'Card or ACH', required: true }),
		bodyProperty({ ...accountFields.accountNumber, required: true }),
		bodyCollection({
			displayName: 'Additional Fields',
			name: 'additionalFields',
			fields: [
				accountFields.accountName,
				{ key: 'expMonth', label: 'Expiry Month', kind: 'number', description: 'Card expiry month, 1 to 12' },
				{ key: 'expYear', label: 'Expiry Year', kind: 'number', description: 'Card expiry year, e.g. 2027' },
				accountFields.accountType,
				accountFields.accountKind,
				accountFields.bankName,
				accountFields.routingNumber,
				{
					key: 'customerAddressBookId',
					label: 'Billing Address ID',
					kind: 'id',
					example: 1,
					description: "An address of the customer's address book to bill to",
				},
			],
		}),
	],
});
