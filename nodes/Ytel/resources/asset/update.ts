import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { assetType, assetName, assetFile } from './shared';

export const update = defineOperation(ytel, {
	value: 'update',
	name: 'Replace',
	action: 'Replace an asset',
	description: 'Replace the file of an asset of this type and name',
	method: 'PUT',
	path: '/v4/asset',
	properties: [assetType, assetName, assetFile],
});
