import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { getManyFields, queryFilter } from '../../shared/descriptions';

export const getArticles = defineOperation(outseta, {
	value: 'getArticles',
	name: 'Get Articles',
	action: 'Get knowledge base articles',
	description: 'List the articles of the knowledge base',
	method: 'GET',
	path: '/support/articles',
	output: 'list',
	properties: getManyFields({
		filters: [queryFilter({ displayName: 'Category Uid', name: 'categoryUid', type: 'string', default: '', placeholder: 'e.g. pL9PqnWJ' }, 'Category.Uid')],
		conditionPlaceholder: 'Title',
		sortable: ['Title', 'Created', 'Updated'],
		fieldsExample: 'Uid,Title,Category.Name', record: 'article',
	}),
});
