import { idField } from '../../shared/fields';
import type { FieldSpec } from '../../shared/fields';

export const paymentMethodIdField = idField({
	displayName: 'Payment Method ID',
	name: 'paymentMethodId',
	example: 44,
	description: 'The ID of one of the customer’s payment methods (Get Many lists them)',
});

export const gatewayField: FieldSpec = {
	key: 'companyGatewayId',
	label: 'Gateway',
	kind: 'id',
	loadOptions: 'getGateways',
	required: true,
};

