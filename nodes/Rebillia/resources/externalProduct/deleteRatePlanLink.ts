import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { idLocator } from '../../shared/fields';

export const deleteRatePlanLink = defineOperation(rebillia, {
	value: 'deleteRatePlanLink',
	name: 'Unlink From Rate Plan Charge',
	action: 'Unlink a store product from a rate plan charge',
	description: 'Remove a link between a store product and a rate plan charge',
	method: 'DELETE',
	path: '/product-rateplans/external-products/{linkId}',
	output: 'deleted',
	properties: [
		idLocator({ displayName: 'Link ID', name: 'linkId', noun: 'link', example: 1, description: 'The ID of the link, as Get Many Rate Plan Links shows it' }),
	],
});
