import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { GATEWAY_EXTRA_EXAMPLE, gatewayCredentials, gatewayFields, gatewayName } from './gatewayFields';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a company gateway',
	description: 'Connect a payment gateway account to the company',
	method: 'POST',
	path: '/gateways',
	properties: [
		bodyProperty({
			key: 'gblGatewayId',
			label: 'Gateway Type ID',
			kind: 'id',
			numberInput: true,
			example: 2,
			required: true,
			description: "Rebillia's ID of the kind of gateway to connect (its global gateway ID), e.g. 2",
		}),
		bodyProperty({ ...gatewayName, required: true }),
		gatewayCredentials,
		bodyCollection({ displayName: 'Additional Fields', name: 'additionalFields', fields: gatewayFields, extraExample: GATEWAY_EXTRA_EXAMPLE }),
	],
});
