import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { extraPropertiesField, numberList, textField } from '../../shared/catalogSettingsFields';

/** The gateway's account credentials, sent as its `setting` object; keys are passwords. */
export const gatewaySettingProperty: INodeProperties = {
	displayName: 'Gateway Credentials',
	name: 'setting',
	type: 'collection',
	placeholder: 'Add Credential',
	default: {},
	description: "The gateway account's keys, as the gateway issued them",
	options: [
		textField('Merchant ID', 'merchantId', 'e.g. sandbox', {}, 'setting.merchantId'),
		textField('Public Key', 'publicKey', 'e.g. pk_test_51H…', {}, 'setting.publicKey'),
		textField('Private Key', 'privateKey', '', { typeOptions: { password: true } }, 'setting.privateKey'),
		textField('Transaction Key', 'transactionKey', '', { typeOptions: { password: true } }, 'setting.transactionKey'),
	],
};

/** The gateway's other settings, in a collection. */
export function gatewayProperties(collection: string): INodeProperties[] {
	return [
		{
			displayName: 'Card Type IDs',
			name: 'card',
			type: 'string',
			default: '',
			placeholder: 'e.g. 2, 3',
			description: "IDs of the card types the gateway accepts, separated by commas (sent as the gateway's card list)",
			routing: {
				send: {
					preSend: [
						async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
							const cards = numberList(this, 'Card Type IDs', this.getNodeParameter(`${collection}.card`, ''));
							if (cards.length) requestOptions.body = { ...(requestOptions.body as IDataObject), card: cards };
							return requestOptions;
						},
					],
				},
			},
		},
		extraPropertiesField(collection, '{"setting": {"merchantId": "acme"}}'),
	];
}
