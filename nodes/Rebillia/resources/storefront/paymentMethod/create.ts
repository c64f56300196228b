import type { IDataObject } from 'n8n-workflow';
import { defineOperation } from '../../../../shared/operations';
import { paymentAccountFields, paymentMethodType, requireAchDetails, streetFields } from '../../../shared/bodies';
import { bodyCollection, bodyProperty, idLocator, refuse, textSpec } from '../../../shared/fields';
import { rebilliaStorefront } from '../../../shared/storefront';

/** The storefront takes the country of a billing address as a code, the other parts as the core API does. */
const billingAddress = [...streetFields.filter((field) => field.key !== 'countryId'), textSpec('countryCode', 'Country Code', 'e.g. US')].map(
	(field) => ({ ...field, key: `billingAddress.${field.key}`, name: field.key }),
);

export const create = defineOperation(rebilliaStorefront, {
	value: 'create',
	name: 'Create',
	action: 'Add a payment method for the shopper',
	description: 'Save a card or bank account for the shopper from a token of the payment gateway',
	method: 'POST',
	path: '/paymentmethods',
	properties: [
		idLocator({
			displayName: 'Gateway ID',
			name: 'companyGatewayId',
			noun: 'gateway',
			example: 3412,
			description: 'The store’s payment gateway that issued the token',
			send: { type: 'body', property: 'companyGatewayId' },
		}),
		bodyProperty(paymentMethodType),
		bodyProperty({
			key: 'paymentMethod.nonce',
			name: 'nonce',
			label: 'Payment Token',
			kind: 'text',
			placeholder: 'e.g. tok_visa',
			description: 'The token (nonce) the payment gateway returned for the card or account; required for cards',
		}),
		bodyCollection({
			displayName: 'Additional Fields',
			name: 'additionalFields',
			fields: paymentAccountFields,
			extraExample: '{"billingAddress": {"street2": "Suite 4"}}',
		}),
		bodyCollection({ displayName: 'Billing Address', name: 'billingAddress', placeholder: 'Add Address Field', fields: billingAddress, extra: false }),
	],
	validate(request) {
		const body = (request.body ?? {}) as IDataObject;
		requireAchDetails(this, body);
		if (body.type !== 'ACH' && !(body.paymentMethod as IDataObject | undefined)?.nonce) refuse(this, '"Payment Token" is required for a card');
	},
});
