import type { INodeCredentialDescription } from 'n8n-workflow';

/**
 * The credential types of a node picked by one of its options (e.g. Authentication), each shown by
 * hiding it for the other choices. With `show`, n8n's editor takes the option for the node's main
 * authentication field: it lists every type in one Credential dropdown, hides the option, and
 * pre-selects the most recently saved credential of any type, whatever the option's default.
 * For programmatic nodes only: declarative routing finds a credential through `show.authentication` alone.
 */
export function credentialsByChoice(
	parameter: string,
	choices: Array<{ value: string; credential: string }>,
): INodeCredentialDescription[] {
	return choices.map(({ value, credential }) => ({
		name: credential,
		required: true,
		displayOptions: { hide: { [parameter]: choices.map((choice) => choice.value).filter((other) => other !== value) } },
	}));
}
