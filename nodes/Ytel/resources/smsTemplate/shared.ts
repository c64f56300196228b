import type { INodeProperties } from 'n8n-workflow';
import { extraPropertiesField, text } from '../common';

export const title = (required: boolean) => text('Title', 'templateTitle', 'e.g. Hello world.', { required, description: 'The template’s name in Ytel' });
export const templateText = text('Text', 'templateText', 'e.g. Hello %%FIRSTNAME%%!', {
	typeOptions: { rows: 3 },
	description: 'The message; %%VARIABLE%% placeholders are filled from the contact',
});
export const mediaUrl = text('Media URL', 'templateMediaUrl', 'e.g. https://www.example.com/image.png', { description: 'A picture or file sent with the message (MMS)' });
export const extra = extraPropertiesField('{"templateMediaUrl": "https://www.example.com/image.png"}');


export const updateFields: INodeProperties = {
	displayName: 'Update Fields',
	name: 'updateFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [title(false), templateText, mediaUrl],
};
