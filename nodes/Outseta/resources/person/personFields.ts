import type { INodeProperties } from 'n8n-workflow';
import {
	addressField,
	bodyField,
	customPropertiesField,
	extraPropertiesField,
} from '../../shared/descriptions';

const text = (displayName: string, name: string, placeholder: string): INodeProperties =>
	bodyField({ displayName, name, type: 'string', default: '', placeholder }, name);

/** The writable person properties, shared by Create and Update. */
export function personProperties(collection: string, forUpdate: boolean): INodeProperties[] {
	return [
		...(forUpdate ? [text('Email', 'Email', 'e.g. name@email.com')] : []),
		text('First Name', 'FirstName', 'e.g. Ada'),
		text('Last Name', 'LastName', 'e.g. Lovelace'),
		addressField('Mailing Address', 'MailingAddress', forUpdate),
		text('Phone Mobile', 'PhoneMobile', 'e.g. +1 555 0100'),
		text('Phone Work', 'PhoneWork', 'e.g. +1 555 0101'),
		text('Timezone', 'Timezone', 'e.g. Eastern Standard Time'),
		text('Title', 'Title', 'e.g. Head of Finance'),
		text('Language', 'Language', 'e.g. en'),
		customPropertiesField(collection),
		extraPropertiesField(collection),
	].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
