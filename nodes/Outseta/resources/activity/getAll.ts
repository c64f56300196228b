import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { activityTypeOptions, entityTypeOptions, getManyFields, queryFilter } from '../../shared/descriptions';

export const getAll = defineOperation(outseta, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many activities',
	description: 'List the activity log: what happened to accounts, people and deals',
	method: 'GET',
	path: '/activities',
	output: 'list',
	properties: getManyFields({
		filters: [
			queryFilter({
				displayName: 'Activity Type',
				name: 'ActivityType',
				type: 'options',
				options: activityTypeOptions,
				default: 103,
				description: 'Only activities of this type, e.g. Account Stage Changed',
			}),
			queryFilter({
				displayName: 'About',
				name: 'EntityType',
				type: 'options',
				options: entityTypeOptions,
				default: 1,
				description: 'Only activities about this kind of record',
			}),
			queryFilter({
				displayName: 'Record Uid',
				name: 'EntityUid',
				type: 'string',
				default: '',
				placeholder: 'e.g. KaWx1mVr',
				description: 'Only activities about this account, person or deal',
			}),
		],
		conditionPlaceholder: 'ActivityDateTime',
		sortable: ['ActivityDateTime', 'Created', 'ActivityType'],
		fieldsExample: 'Uid,Title,ActivityDateTime', record: 'activity',
	}),
});
