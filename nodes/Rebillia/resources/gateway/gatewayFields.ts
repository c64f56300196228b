import type { FieldSpec } from '../../shared/fields';
import { bodyCollection } from '../../shared/fields';

const credential = (name: string, label: string, placeholder: string, password = false): FieldSpec => ({
	key: `setting.${name}`,
	name,
	label,
	kind: 'text',
	placeholder,
	...(password ? { typeOptions: { password: true } } : {}),
});

/** The gateway's account credentials, sent as its `setting` object; keys are passwords. */
export const gatewayCredentials = bodyCollection({
	displayName: 'Gateway Credentials',
	name: 'setting',
	placeholder: 'Add Credential',
	description: "The gateway account's keys, as the gateway issued them",
	extra: false,
	fields: [
		credential('merchantId', 'Merchant ID', 'e.g. sandbox'),
		credential('publicKey', 'Public Key', 'e.g. pk_test_51H…'),
		credential('privateKey', 'Private Key', '', true),
		credential('transactionKey', 'Transaction Key', '', true),
	],
});

/** The gateway's other settings. */
export const gatewayFields: FieldSpec[] = [
	{
		key: 'card',
		label: 'Card Type IDs',
		kind: 'textList',
		ids: true,
		placeholder: 'e.g. 2, 3',
		description: "IDs of the card types the gateway accepts, separated by commas (sent as the gateway's card list)",
	},
];

export const GATEWAY_EXTRA_EXAMPLE = '{"setting": {"merchantId": "acme"}}';

export const gatewayName: FieldSpec = { key: 'displayName', label: 'Display Name', kind: 'text', placeholder: 'e.g. Pay in store' };
