import type { INodeProperties } from 'n8n-workflow';
import { bodyField, locatorField } from '../../../shared/fields';
import { inBody } from './body';

/** People: the person picker, and an existing or a new person where a request takes one. */

export const personLocator = locatorField({
	displayName: 'Person',
	name: 'personId',
	noun: 'person',
	searchListMethod: 'searchPeople',
	idPlaceholder: 'e.g. qrm0A4QX',
});

/**
 * An existing person (picker) or a new one (email, first and last name under a heading), sent
 * under `prefix` (e.g. `Person`). `mode` names the choice parameter.
 */
export function personChoice(mode: string, prefix: string, label = 'Person'): INodeProperties[] {
	const show = (value: string) => ({ displayOptions: { show: { [mode]: [value] } } });
	const text = (displayName: string, name: string, key: string, placeholder: string, required = false) => ({
		...bodyField({ displayName, name, type: 'string', default: '', required, placeholder }, `${prefix}.${key}`),
		...show('new'),
	});
	return [
		{
			displayName: label,
			name: mode,
			type: 'options',
			noDataExpression: true,
			default: 'existing',
			options: [
				{ name: 'Existing Person', value: 'existing' },
				{ name: 'New Person', value: 'new' },
			],
		},
		{ ...inBody(personLocator, prefix), ...show('existing') },
		{
			displayName: 'New person: Outseta adds them to the CRM with these details',
			name: 'newPersonHeading',
			type: 'notice',
			default: '',
			...show('new'),
		},
		text('Email', 'personEmail', 'Email', 'e.g. name@email.com', true),
		text('First Name', 'personFirstName', 'FirstName', 'e.g. Ada'),
		text('Last Name', 'personLastName', 'LastName', 'e.g. Lovelace'),
	];
}
