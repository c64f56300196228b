import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { assetType, assetName, assetFile } from './shared';

export const upload = defineOperation(ytel, {
	value: 'upload',
	name: 'Upload',
	action: 'Upload an asset',
	description: 'Store a file (e.g. an audio prompt) in Ytel',
	method: 'POST',
	path: '/v4/asset',
	properties: [assetType, assetName, assetFile],
});
