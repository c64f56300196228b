import type { INodeProperties } from 'n8n-workflow';
import type { ResourceSpec } from '../../../shared/operations';
import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { binaryField, listFields, multipartBody } from '../common';

const assetType: INodeProperties = {
	displayName: 'Asset Type',
	name: 'assetType',
	type: 'string',
	required: true,
	default: 'audio',
	placeholder: 'e.g. audio',
	description: 'The kind of asset, e.g. audio',
};
const assetName: INodeProperties = {
	displayName: 'Asset Name',
	name: 'assetName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. myaudio.wav',
	description: 'The asset’s file name in Ytel',
};

/** The file, its type and name as form fields (Ytel's form leaves the file field unnamed: `file` is used). */
const assetUpload = multipartBody('file', (context) => ({
	type: String(context.getNodeParameter('assetType', '')).trim(),
	name: String(context.getNodeParameter('assetName', '')).trim(),
}));
const assetFile: INodeProperties = { ...binaryField('The audio file (or other asset) to store in Ytel'), routing: { send: { preSend: [assetUpload] } } };

export const upload = defineOperation(ytel, {
	value: 'upload',
	name: 'Upload',
	action: 'Upload an asset',
	description: 'Store a file (e.g. an audio prompt) in Ytel',
	method: 'POST',
	path: '/v4/asset',
	properties: [assetType, assetName, assetFile],
});

export const update = defineOperation(ytel, {
	value: 'update',
	name: 'Replace',
	action: 'Replace an asset',
	description: 'Replace the file of an asset of this type and name',
	method: 'PUT',
	path: '/v4/asset',
	properties: [assetType, assetName, assetFile],
});

export const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many assets',
	description: 'List the assets, all of them or those of one type',
	method: 'GET',
	path: '/v4/asset',
	output: 'list',
	properties: [
		...listFields,
		{
			displayName: 'Filters',
			name: 'assetFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Asset Type',
					name: 'type',
					type: 'string',
					default: '',
					placeholder: 'e.g. audio',
					description: 'Only assets of this type',
					routing: { send: { type: 'query', property: 'type', value: '={{ $value.trim() === "" ? undefined : $value.trim() }}' } },
				},
			],
		},
	],
});

export const remove = defineOperation(ytel, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an asset',
	description: 'Delete an asset by its type and name',
	method: 'DELETE',
	path: '/v4/asset/{assetType}/{assetName}',
	properties: [assetType, assetName],
});

export const asset: ResourceSpec = { name: 'Asset', value: 'asset', operations: [upload, getAll, update, remove], defaultOperation: 'upload' };
