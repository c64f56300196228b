import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * Outseta's numbered values (the collection's descriptions) as options, by name. Internal to
 * the descriptions folder: each resource's file names its own values.
 */
export const optionsOf = (labels: Record<number, string>): INodePropertyOptions[] =>
	Object.entries(labels)
		.map(([value, name]) => ({ name, value: Number(value) }))
		.sort((a, b) => a.name.localeCompare(b.name));
