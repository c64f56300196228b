import type { INodeProperties } from 'n8n-workflow';
import { addressField, customPropertiesField, extraPropertiesField, fieldCollection, textField } from '../../shared/descriptions';

/** The person properties beyond the ones on top, shared by Create, Update and Update Profile. */
export function personProperties(collection: string, options: { withNames: boolean; withUid: boolean }): INodeProperties[] {
	return [
		...(options.withNames
			? [
					textField('Email', 'Email', 'Email', 'e.g. name@email.com'),
					textField('First Name', 'FirstName', 'FirstName', 'e.g. Ada'),
					textField('Last Name', 'LastName', 'LastName', 'e.g. Lovelace'),
				]
			: []),
		addressField('Mailing Address', 'MailingAddress', collection, options.withUid),
		textField('Phone Mobile', 'PhoneMobile', 'PhoneMobile', 'e.g. +1 555 0100'),
		textField('Phone Work', 'PhoneWork', 'PhoneWork', 'e.g. +1 555 0101'),
		textField('Timezone', 'Timezone', 'Timezone', 'e.g. Eastern Standard Time'),
		textField('Title', 'Title', 'Title', 'e.g. Head of Finance'),
		textField('Language', 'Language', 'Language', 'e.g. en'),
		customPropertiesField(collection),
		extraPropertiesField(collection),
	];
}

/** Update Fields of Person: Update and Profile: Update, one object so the node's description holds it once. */
export const personUpdateFields = fieldCollection('updateFields', personProperties('updateFields', { withNames: true, withUid: true }));
