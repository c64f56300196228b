import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { getManyFields, queryFilter } from '../../shared/descriptions';
import { simplifyPerson } from '../../shared/simplify';

export const getAll = defineOperation(outseta, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many people',
	description: 'List people, with filters and sorting',
	method: 'GET',
	path: '/crm/people',
	output: 'list',
	simplify: simplifyPerson,
	properties: getManyFields({
		filters: [
			queryFilter({
				displayName: 'Email',
				name: 'Email',
				type: 'string',
				placeholder: 'e.g. name@email.com',
				default: '',
				description: 'Only the person with this email',
			}),
		],
		conditionPlaceholder: 'MailingAddress.City or Created',
		sortable: ['Created', 'Updated', 'Email', 'FirstName', 'LastName'],
		fieldsExample: 'Uid,Email,PersonAccount.Account.Name', record: 'person',
		simplify: true,
	}),
});
