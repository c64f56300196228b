import { locatorField } from '../../../shared/fields';

/** Knowledge base: the article picker. */

export const articleLocator = locatorField({
	displayName: 'Article',
	name: 'articleId',
	noun: 'article',
	searchListMethod: 'searchArticles',
	idPlaceholder: 'e.g. y9qxBr3Q',
});
