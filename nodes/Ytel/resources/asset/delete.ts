import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { assetType, assetName } from './shared';

export const remove = defineOperation(ytel, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an asset',
	description: 'Delete an asset by its type and name',
	method: 'DELETE',
	path: '/v4/asset/{assetType}/{assetName}',
	properties: [assetType, assetName],
});
