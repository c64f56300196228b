import type { ResourceSpec } from '../../../shared/operations';
import { createForProduct } from './createForProduct';
import { createRatePlanLink } from './createRatePlanLink';
import { deleteFromProduct } from './deleteFromProduct';
import { deleteRatePlanLink } from './deleteRatePlanLink';
import { getRatePlanLinks } from './getRatePlanLinks';

export const externalProduct: ResourceSpec = {
	name: 'External Product',
	value: 'externalProduct',
	description: 'Links between Rebillia products or rate plan charges and the products of an e-commerce store',
	operations: [createForProduct, deleteFromProduct, getRatePlanLinks, createRatePlanLink, deleteRatePlanLink],
	defaultOperation: 'createForProduct',
};
