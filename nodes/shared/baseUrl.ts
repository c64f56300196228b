import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/**
 * How a vendor's API root is found from its credential: an optional override field that wins
 * when set (custom domains, proxies, simulators), else a template filled from other fields.
 * One rule, rendered twice: as an n8n expression for declarative routing and credential tests,
 * and as a function for programmatic code (triggers, list searches).
 */
export interface BaseUrlRule {
	/** Credential field holding a full API root, e.g. `baseUrl`. */
	overrideField: string;
	/** e.g. `https://{subdomain}.outseta.com/api/v1`; `{field}` is a trimmed credential field. */
	template: string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

export function baseUrlExpression(rule: BaseUrlRule): string {
	const templated = rule.template
		.split(PLACEHOLDER)
		.map((part, index) =>
			index % 2 === 1 ? `String($credentials.${part} ?? '').trim()` : JSON.stringify(part),
		)
		.filter((part) => part !== '""')
		.join(' + ');
	const override = `String($credentials.${rule.overrideField} ?? '').trim()`;
	return `={{ (${override} || (${templated})).replace(new RegExp('/+$'), '') }}`;
}

export function resolveBaseUrl(rule: BaseUrlRule, credentials: ICredentialDataDecryptedObject): string {
	const field = (name: string) => String(credentials[name] ?? '').trim();
	const root = field(rule.overrideField) || rule.template.replace(PLACEHOLDER, (_, name: string) => field(name));
	return root.replace(/\/+$/, '');
}
