import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { gatewayField } from './shared';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';
import { accountFields, billingAddressField } from '../../shared/bodies';

const ACH_FIELDS: Array<[string, string]> = [
	['accountNumber', 'Account Number'],
	['bankName', 'Bank Name'],
	['routingNumber', 'Routing Number'],
];

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
		bodyProperty({
			key: 'type',
			label: 'Type',
			kind: 'options',
			options: [
				{ name: 'Card', value: 'card' },
				{ name: 'ACH (Bank Account)', value: 'ACH' },
			],
			default: 'card',
			required: true,
		}),
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
			fields: [
				accountFields.accountName,
				accountFields.accountType,
				accountFields.accountKind,
				{ ...accountFields.accountNumber, description: 'Required for ACH' },
				{ ...accountFields.bankName, description: 'Required for ACH' },
				{ ...accountFields.routingNumber, description: 'Required for ACH' },
				billingAddressField,
			],
		}),
	],
	validate(request) {
		const body = (request.body ?? {}) as IDataObject;
		if (body.type !== 'ACH') return;
		for (const [key, label] of ACH_FIELDS) {
			if (body[key] === undefined || body[key] === '') {
				throw new NodeOperationError(this.getNode(), `"${label}" is required for an ACH payment method`, { itemIndex: this.getItemIndex() });
			}
		}
	},
});
