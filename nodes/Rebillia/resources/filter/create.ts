import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { FILTER_SECTIONS } from './sections';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a saved filter',
	description: 'Save a filter of rules for a section (Filter: Get Many Fields lists the fields and operators)',
	method: 'POST',
	path: '/companies/filters',
	properties: [
		bodyProperty({ key: 'displayName', label: 'Display Name', kind: 'text', placeholder: 'e.g. All subscriptions', required: true }),
		bodyProperty({ key: 'section', label: 'Section', kind: 'options', options: FILTER_SECTIONS, default: 'subscriptions', required: true }),
		bodyProperty({
			key: 'rules',
			label: 'Rules',
			kind: 'list',
			entry: 'Rule',
			description: 'The conditions a record must meet',
			fields: [
				{
					key: 'attributeId',
					label: 'Field ID',
					kind: 'id',
					numberInput: true,
					example: 88,
					required: true,
					description: 'ID of the field the rule tests, as Get Many Fields lists it',
				},
				{ key: 'operatorDisplayName', label: 'Operator Display Name', kind: 'text', placeholder: 'e.g. contains' },
				{
					key: 'operatorId',
					label: 'Operator ID',
					kind: 'id',
					numberInput: true,
					example: 3,
					required: true,
					description: "ID of one of the field's allowed operators, as Get Many Fields lists them",
				},
				{
					key: 'settingValues',
					label: 'Values',
					kind: 'textList',
					always: true,
					placeholder: 'e.g. gold, silver',
					description: 'The values the field is compared with, separated by commas; empty for operators without a value',
				},
			],
		}),
		bodyCollection({
			displayName: 'Additional Fields',
			name: 'additionalFields',
			fields: [{ key: 'isDefault', label: 'Default', kind: 'boolean', description: 'Whether the filter is the default of its section' }],
			extraExample: '{"isDefault": true}',
		}),
	],
});
