import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { listFields } from '../common';

export const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many assets',
	description: 'List the assets, all of them or those of one type',
	method: 'GET',
	path: '/v4/asset',
	output: 'list',
	properties: [
		...listFields,
		{
			displayName: 'Filters',
			name: 'assetFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Asset Type',
					name: 'type',
					type: 'string',
					default: '',
					placeholder: 'e.g. audio',
					description: 'Only assets of this type',
					routing: { send: { type: 'query', property: 'type', value: '={{ $value.trim() === "" ? undefined : $value.trim() }}' } },
				},
			],
		},
	],
});
