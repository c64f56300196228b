import type { INodeProperties } from 'n8n-workflow';
import { binaryField, multipartBody } from '../common';

export const assetType: INodeProperties = {
	displayName: 'Asset Type',
	name: 'assetType',
	type: 'string',
	required: true,
	default: 'audio',
	placeholder: 'e.g. audio',
	description: 'The kind of asset, e.g. audio',
};
export const assetName: INodeProperties = {
	displayName: 'Asset Name',
	name: 'assetName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. myaudio.wav',
	description: 'The asset’s file name in Ytel',
};

/** The file, its type and name as form fields (Ytel's form leaves the file field unnamed: `file` is used). */
export const assetUpload = multipartBody('file', (context) => ({
	type: String(context.getNodeParameter('assetType', '')).trim(),
	name: String(context.getNodeParameter('assetName', '')).trim(),
}));
export const assetFile: INodeProperties = { ...binaryField('The audio file (or other asset) to store in Ytel'), routing: { send: { preSend: [assetUpload] } } };
