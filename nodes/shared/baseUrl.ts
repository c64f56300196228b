import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/**
 * How a vendor's API root is found from its credential: an optional URL field that wins when
 * set (custom domains, proxies, simulators), else a template filled from other fields. One rule,
 * rendered twice: as a function for node code (which refuses bad input with a clear message) and
 * as an n8n expression for declarative routing and credential tests.
 */
export interface BaseUrlRule {
	/** Credential field holding a full API root (http or https, no user info), e.g. `baseUrl`. */
	urlField?: string;
	/** Appended to the URL field's value when it has no path, e.g. `/api/v1`. */
	defaultPath?: string;
	/**
	 * Used when the URL field is empty, e.g. `https://{subdomain}.outseta.com/api/v1` or
	 * `{host}/{version}`. Each `{field}` is a credential field, read as `fields` says.
	 */
	template?: string;
	/**
	 * How a template field is read: `label` is the part of a host name the template leaves open
	 * (a scheme, a path and the template's own domain are cut, so `acme`, `acme.outseta.com` and
	 * `https://acme.outseta.com/` are the same); `origin` is an http(s) URL whose trailing slash
	 * is dropped; `text` (the default) is trimmed.
	 */
	fields?: Record<string, 'label' | 'origin' | 'text'>;
	/** What the user must fill in when nothing usable is set, e.g. "the subdomain or a Base URL". */
	missing: string;
}

/** The reserved `.invalid` domain never resolves: where the expression lands when input is unusable. */
export const UNUSABLE_ADDRESS = 'https://credential-address-missing-or-invalid.invalid';

const PLACEHOLDER = /\{(\w+)\}/g;
const URL_SHAPE = /^https?:\/\/[^/@\s]+(\/.*)?$/i;

export class BaseUrlError extends Error {}

function templateDomainAfter(template: string, field: string): string {
	const after = template.split(`{${field}}`)[1] ?? '';
	const domain = /^\.[^/{]+/.exec(after);
	return domain ? domain[0] : '';
}

function readUrl(raw: string, what: string): string {
	if (!URL_SHAPE.test(raw)) {
		throw new BaseUrlError(`${what} must be an http:// or https:// address without a user name or password, e.g. https://example.com`);
	}
	return raw.replace(/\/+$/, '');
}

/** The API root for these credentials; throws BaseUrlError with a message for the user. */
export function resolveBaseUrl(rule: BaseUrlRule, credentials: ICredentialDataDecryptedObject): string {
	const text = (name: string) => String(credentials[name] ?? '').trim();
	if (rule.urlField && text(rule.urlField)) {
		let root = readUrl(text(rule.urlField), 'The Base URL');
		if (rule.defaultPath && /^https?:\/\/[^/]+$/i.test(root)) root += rule.defaultPath;
		return root;
	}
	if (!rule.template) throw new BaseUrlError(`Enter ${rule.missing} in the credential`);
	const template = rule.template;
	return template.replace(PLACEHOLDER, (_, name: string) => {
		const value = text(name);
		if (!value) throw new BaseUrlError(`Enter ${rule.missing} in the credential`);
		switch (rule.fields?.[name] ?? 'text') {
			case 'origin':
				// The field's label as the user sees it, e.g. "The Host".
				return readUrl(value, `The ${name.charAt(0).toUpperCase()}${name.slice(1)}`);
			case 'label': {
				const domain = templateDomainAfter(template, name).toLowerCase();
				let label = value.replace(/^https?:\/\//i, '').split('/')[0].toLowerCase();
				if (domain && label.endsWith(domain)) label = label.slice(0, -domain.length);
				if (!/^[a-z0-9-]+$/.test(label)) throw new BaseUrlError(`Enter ${rule.missing} in the credential ("${value}" is not usable)`);
				return label;
			}
			default:
				return value;
		}
	});
}

/**
 * The same rule as an n8n expression (`={{ … }}`). Unusable input yields UNUSABLE_ADDRESS, so a
 * credential test fails without reaching any real host; node code uses `resolveBaseUrl`, which
 * says what is wrong.
 */
export function baseUrlExpression(rule: BaseUrlRule): string {
	const bad = JSON.stringify(UNUSABLE_ADDRESS);
	const urlTest = `new RegExp(${JSON.stringify(URL_SHAPE.source)}, 'i')`;
	const strip = (value: string) => `${value}.replace(new RegExp('/+$'), '')`;
	const field = (name: string) => `String($credentials.${name} ?? '').trim()`;
	const statements: string[] = [];
	if (rule.urlField) {
		const withPath = rule.defaultPath
			? `(new RegExp('^https?://[^/]+$', 'i').test(u) ? u + ${JSON.stringify(rule.defaultPath)} : u)`
			: 'u';
		statements.push(
			`const raw = ${field(rule.urlField)};`,
			`if (raw) { if (!${urlTest}.test(raw)) return ${bad}; const u = ${strip('raw')}; return ${withPath}; }`,
		);
	}
	if (!rule.template) {
		statements.push(`return ${bad};`);
	} else {
		const template = rule.template;
		const parts = template.split(PLACEHOLDER).map((part, index) => {
			if (index % 2 === 0) return JSON.stringify(part);
			const kind = rule.fields?.[part] ?? 'text';
			if (kind === 'origin') return `(${urlTest}.test(${field(part)}) ? ${strip(field(part))} : null)`;
			if (kind === 'label') {
				const domain = templateDomainAfter(template, part).toLowerCase();
				const cut = domain
					? `.replace(new RegExp(${JSON.stringify(`${domain.replace(/\./g, '\\.')}$`)}), '')`
					: '';
				return `((v) => new RegExp('^[a-z0-9-]+$').test(v) ? v : null)(${field(part)}.replace(new RegExp('^https?://', 'i'), '').split('/')[0].toLowerCase()${cut})`;
			}
			return `(${field(part)} || null)`;
		});
		statements.push(
			`const parts = [${parts.filter((part) => part !== '""').join(', ')}];`,
			`return parts.some((part) => part === null) ? ${bad} : parts.join('');`,
		);
	}
	return `={{ (() => { ${statements.join(' ')} })() }}`;
}
