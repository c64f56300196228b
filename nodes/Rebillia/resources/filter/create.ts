import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { bodyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { extraPropertiesField, isBlank, refuse, textField, textList } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';
import { FILTER_SECTIONS } from './sections';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a saved filter',
	description: 'Save a filter of rules for a section (Filter: Get Many Fields lists the fields and operators)',
	method: 'POST',
	path: '/companies/filters',
	properties: [
		textField('Display Name', 'displayName', 'e.g. All subscriptions', { required: true }),
		bodyField(
			{ displayName: 'Section', name: 'section', type: 'options', required: true, default: 'subscriptions', options: FILTER_SECTIONS },
			'section',
		),
		{
			displayName: 'Rules',
			name: 'rules',
			type: 'fixedCollection',
			placeholder: 'Add Rule',
			typeOptions: { multipleValues: true },
			default: {},
			description: 'The conditions a record must meet',
			options: [
				{
					displayName: 'Rule',
					name: 'rule',
					values: [
						{
							displayName: 'Field ID',
							name: 'attributeId',
							type: 'number',
							default: 0,
							description: 'ID of the field the rule tests, as Get Many Fields lists it',
						},
						{
							displayName: 'Operator Display Name',
							name: 'operatorDisplayName',
							type: 'string',
							default: '',
							placeholder: 'e.g. contains',
						},
						{
							displayName: 'Operator ID',
							name: 'operatorId',
							type: 'number',
							default: 0,
							description: "ID of one of the field's allowed operators, as Get Many Fields lists them",
						},
						{
							displayName: 'Values',
							name: 'settingValues',
							type: 'string',
							default: '',
							placeholder: 'e.g. gold, silver',
							description: 'The values the field is compared with, separated by commas; empty for operators without a value',
						},
					],
				},
			],
			routing: {
				send: {
					preSend: [
						async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
							const rules = ((this.getNodeParameter('rules', {}) as IDataObject).rule ?? []) as IDataObject[];
							if (!rules.length) return requestOptions;
							const body = rules.map((rule, index) => {
								for (const [key, label] of [
									['operatorId', 'Operator ID'],
									['attributeId', 'Field ID'],
								] as const) {
									if (isBlank(rule[key]) || !(Number(rule[key]) > 0)) refuse(this, `Rule ${index + 1}: "${label}" is required`);
								}
								return {
									operatorId: Number(rule.operatorId),
									...(isBlank(rule.operatorDisplayName) ? {} : { operatorDisplayName: String(rule.operatorDisplayName).trim() }),
									attributeId: Number(rule.attributeId),
									settingValues: textList(rule.settingValues),
								};
							});
							requestOptions.body = { ...(requestOptions.body as IDataObject), rules: body };
							return requestOptions;
						},
					],
				},
			},
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				bodyField(
					{ displayName: 'Default', name: 'isDefault', type: 'boolean', default: false, description: 'Whether the filter is the default of its section' },
					'isDefault',
				),
				extraPropertiesField('additionalFields', '{"isDefault": true}'),
			],
		},
	],
});
