import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { idField, listFields } from '../../../shared/storefrontFields';

export const getRatePlans = defineOperation(rebilliaStorefront, {
	value: 'getRatePlans',
	name: 'Get Rate Plans',
	action: 'Get the rate plans of a product',
	description: 'The rate plans of a product in the catalog, with their charges and tiers',
	method: 'GET',
	path: '/products/{productId}/rateplans',
	output: 'list',
	properties: [
		idField({ displayName: 'Product ID', name: 'productId', noun: 'product', example: 8, description: 'The product in the Rebillia catalog' }),
		...listFields(),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					default: 'published',
					options: [
						{ name: 'Active', value: 'active' },
						{ name: 'Created', value: 'created' },
						{ name: 'Disabled', value: 'disabled' },
						{ name: 'Draft', value: 'draft' },
						{ name: 'Pending', value: 'pending' },
						{ name: 'Published', value: 'published' },
					],
					description: 'Only rate plans in this status',
					routing: { send: { type: 'query', property: 'status' } },
				},
			],
		},
	],
});
