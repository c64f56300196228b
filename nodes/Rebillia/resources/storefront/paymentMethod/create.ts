import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { bodyField } from '../../../../shared/fields';
import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { extraPropertiesField, idField } from '../../../shared/storefrontFields';

const text = (displayName: string, name: string, bodyPath: string, placeholder: string, extra: Partial<INodeProperties> = {}) =>
	bodyField({ displayName, name, type: 'string', default: '', placeholder, ...extra } as INodeProperties, bodyPath);

const address = (displayName: string, name: string, placeholder: string) => text(displayName, name, `billingAddress.${name}`, placeholder);

export const create = defineOperation(rebilliaStorefront, {
	value: 'create',
	name: 'Create',
	action: 'Add a payment method for the shopper',
	description: 'Save a card or bank account for the shopper from a token of the payment gateway',
	method: 'POST',
	path: '/paymentmethods',
	properties: [
		idField({
			displayName: 'Gateway ID',
			name: 'companyGatewayId',
			noun: 'gateway',
			example: 3412,
			description: 'The store’s payment gateway that issued the token',
			send: { type: 'body', property: 'companyGatewayId' },
		}),
		bodyField(
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				required: true,
				default: 'card',
				options: [
					{ name: 'Card', value: 'card' },
					{ name: 'Bank Account (ACH)', value: 'ACH' },
				],
			},
			'type',
		),
		text('Payment Token', 'nonce', 'paymentMethod.nonce', 'e.g. tok_visa', {
			description: 'The token (nonce) the payment gateway returned for the card or account; required for cards',
		}),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				text('Account Name', 'accountName', 'accountName', 'e.g. Marta Morales', { description: 'The name on the card or account' }),
				text('Account Type', 'accountType', 'accountType', 'e.g. checking'),
				text('Account Kind', 'accountKind', 'accountKind', 'e.g. business'),
				text('Account Number', 'accountNumber', 'accountNumber', 'e.g. 000123456789', { description: 'Required for a bank account (ACH)' }),
				text('Bank Name', 'bankName', 'bankName', 'e.g. First Bank', { description: 'Required for a bank account (ACH)' }),
				text('Routing Number', 'routingNumber', 'routingNumber', 'e.g. 110000000', { description: 'Required for a bank account (ACH)' }),
				extraPropertiesField('additionalFields', '{"billingAddress": {"street2": "Suite 4"}}'),
			],
		},
		{
			displayName: 'Billing Address',
			name: 'billingAddress',
			type: 'collection',
			placeholder: 'Add Address Field',
			default: {},
			options: [
				address('Street', 'street1', 'e.g. 123 Main St'),
				address('Street Line 2', 'street2', 'e.g. Suite 4'),
				address('City', 'city', 'e.g. Barboursville'),
				address('State', 'state', 'e.g. Virginia'),
				address('Zip', 'zip', 'e.g. 22923'),
				address('Country Code', 'countryCode', 'e.g. US'),
			],
		},
	],
	validate(request) {
		const body = (request.body ?? {}) as IDataObject;
		const fail = (label: string) =>
			new NodeOperationError(this.getNode(), `"${label}" is required for ${body.type === 'ACH' ? 'a bank account (ACH)' : 'a card'}`, {
				itemIndex: this.getItemIndex(),
			});
		if (body.type === 'ACH') {
			for (const [key, label] of [
				['accountNumber', 'Account Number'],
				['bankName', 'Bank Name'],
				['routingNumber', 'Routing Number'],
			]) {
				if (!body[key]) throw fail(label);
			}
		} else if (!(body.paymentMethod as IDataObject | undefined)?.nonce) {
			throw fail('Payment Token');
		}
	},
});
