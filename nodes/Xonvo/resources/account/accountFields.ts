import type { INodeProperties } from 'n8n-workflow';
import { bodyField, keyValueBodyField } from '../../../shared/fields';
import { extraPropertiesField, text } from '../../shared/descriptions';

/** The account properties XONVO documents; `website` and `areaCode` only on create, as its examples show. */
export function accountProperties(collection: string, forCreate: boolean): INodeProperties[] {
	return [
		...(forCreate ? [] : [text('Name', 'name', 'e.g. Acme Account')]),
		text('Email', 'email', 'e.g. name@email.com'),
		text('Phone Number', 'phoneNumber', 'e.g. +1324353535'),
		text('Description', 'description', 'e.g. We sell sneakers and T-shirts', { typeOptions: { rows: 2 } }),
		text('Type', 'type', 'e.g. ECOMMERCE', { description: 'The kind of business, e.g. ECOMMERCE' }),
		text('Country (ISO 3)', 'countryIso3', 'e.g. USA', { description: 'Three-letter country code' }),
		text('State', 'state', 'e.g. WI'),
		text('Timezone', 'timezone', 'e.g. US/Arizona'),
		text('AI Assistant Name', 'aiAssistantName', 'e.g. Mark', { description: 'The name the AI assistant introduces itself with' }),
		...(forCreate
			? [
					text('Website', 'website', 'e.g. www.example.com'),
					{
						displayName: 'Area Code',
						name: 'areaCode',
						type: 'number' as const,
						default: 0,
						placeholder: 'e.g. 434',
						description: 'The phone area code of the business; 0 is not sent',
						routing: { send: { type: 'body' as const, property: 'areaCode', value: '={{ $value || undefined }}' } },
					},
				]
			: []),
		text('External ID Attribute', 'attributeExternalId', 'e.g. SHOP_ID3223', { description: 'Sent as the EXTERNAL_ID attribute' }),
		text('Plan ID Attribute', 'attributePlanId', 'e.g. PL02', { description: 'Sent as the PLAN_ID attribute' }),
		text('Brand Name Attribute', 'attributeBrandName', 'e.g. Acme Sneakers', { description: 'Sent as the BRAND_NAME attribute: the brand leads hear' }),
		keyValueBodyField({
			displayName: 'More Attributes',
			name: 'attributes',
			collection,
			target: 'attributes',
			description: 'Other account attributes, by their UPPER_SNAKE name',
			namePlaceholder: 'e.g. SUPPORT_EMAIL',
		}),
		extraPropertiesField(collection, '{"website": "www.example.com"}'),
	].map((property) => {
		const attribute = { attributeExternalId: 'EXTERNAL_ID', attributePlanId: 'PLAN_ID', attributeBrandName: 'BRAND_NAME' }[property.name];
		return attribute ? bodyField({ ...property, routing: undefined }, `attributes.${attribute}`) : property;
	});
}
