import { NodeOperationError } from 'n8n-workflow';
import { bodyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { xonvo } from '../../shared/api';
import { extraPropertiesField } from '../../shared/descriptions';

const required = (displayName: string, name: string, placeholder: string, description?: string) =>
	bodyField({ displayName, name, type: 'string', required: true, default: '', placeholder, ...(description ? { description } : {}) }, name);

export const create = defineOperation(xonvo, {
	value: 'create',
	name: 'Create',
	action: 'Create an agent',
	description: 'Create an agent once; leads handled by the agent then name it by its External ID',
	method: 'POST',
	path: '/agent',
	properties: [
		required('First Name', 'firstName', 'e.g. John'),
		required('Last Name', 'lastName', 'e.g. Agent'),
		required('Phone', 'phone', 'e.g. +13444343233', 'With the country code, e.g. +1…'),
		required('External ID', 'externalId', 'e.g. agent-7', 'Your own id for the agent; leads refer to it as Agent External ID'),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [extraPropertiesField('additionalFields', '{"email": "agent@example.com"}')],
		},
	],
	validate(request) {
		const body = (request.body ?? {}) as Record<string, unknown>;
		for (const [key, label, max] of [
			['firstName', 'First Name', 250],
			['lastName', 'Last Name', 250],
			['phone', 'Phone', 100],
		] as const) {
			const length = String(body[key] ?? '').length;
			if (length > max) {
				throw new NodeOperationError(this.getNode(), `"${label}" is longer than ${max} characters (${length})`, {
					itemIndex: this.getItemIndex(),
				});
			}
		}
	},
});
