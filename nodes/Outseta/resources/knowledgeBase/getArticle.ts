import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { articleLocator, getOptions } from '../../shared/descriptions';

export const getArticle = defineOperation(outseta, {
	value: 'getArticle',
	name: 'Get Article',
	action: 'Get a knowledge base article',
	description: 'Retrieve one article with its body',
	method: 'GET',
	path: '/support/articles/{articleId}',
	properties: [articleLocator, getOptions('Uid,Title,Body', 'article')],
});
