import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField } from '../common';
import { contactDataField, keysField } from './fields';

export const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create a contact',
	description: 'Add a contact with its fields and lookup keys',
	method: 'POST',
	path: '/v4/contact',
	properties: [contactDataField, keysField, extraPropertiesField('{"extData": {"variablename": "value"}}')],
	validate(request) {
		const body = (request.body ?? {}) as IDataObject;
		if (!body.extData && !body.keys) {
			throw new NodeOperationError(this.getNode(), 'Contact: add at least one contact field or key', {
				itemIndex: this.getItemIndex(),
			});
		}
	},
});
