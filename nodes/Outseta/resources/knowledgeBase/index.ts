import type { ResourceSpec } from '../../../shared/operations';
import { getArticle } from './getArticle';
import { getArticles } from './getArticles';
import { getCategories } from './getCategories';

export const knowledgeBase: ResourceSpec = {
	name: 'Knowledge Base',
	value: 'knowledgeBase',
	operations: [getArticles, getArticle, getCategories],
	defaultOperation: 'getArticles',
};
