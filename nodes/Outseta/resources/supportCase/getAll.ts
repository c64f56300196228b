import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { caseSourceOptions, caseStatusOptions, getManyFields, queryFilter } from '../../shared/descriptions';
import { simplifyCase } from '../../shared/simplify';

export const getAll = defineOperation(outseta, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many support cases',
	description: 'List support cases, for example those of one person',
	method: 'GET',
	path: '/support/cases',
	output: 'list',
	simplify: simplifyCase,
	properties: getManyFields({
		filters: [
			queryFilter({ displayName: 'From Person Email', name: 'fromPersonEmail', type: 'string', default: '', placeholder: 'e.g. name@email.com' }, 'FromPerson.Email'),
			queryFilter({ displayName: 'From Person Uid', name: 'fromPersonUid', type: 'string', default: '', placeholder: 'e.g. bB9l5DW8' }, 'FromPerson.Uid'),
			queryFilter({ displayName: 'Source', name: 'Source', type: 'options', options: caseSourceOptions, default: 1 }),
			queryFilter({ displayName: 'Status', name: 'Status', type: 'options', options: caseStatusOptions, default: 1 }),
		],
		conditionPlaceholder: 'Subject or Created',
		sortable: ['Created', 'Updated', 'SubmittedDateTime', 'Status'],
		fieldsExample: 'Uid,Subject,FromPerson.Email', record: 'supportCase',
		simplify: true,
	}),
});
