/**
 * One check, for every vendor, that no secret shows in what a run leaves behind (output items,
 * the error with its cause and context, run data): each secret is searched as typed, base64-encoded
 * (alone and as `user:secret`, the Basic header's form) and URL-encoded (encodeURIComponent and
 * form-style `+`), in JSON, through util.inspect and through the errors' own property names.
 */
import { inspect } from 'node:util';
import type { NodeRun } from './engine';

/** A secret, optionally with the user it travels with in a Basic header. */
export type Secret = string | { user: string; secret: string };

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const base64Url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Every form a secret could leak in. */
export function secretForms(secret: Secret): string[] {
	const value = typeof secret === 'string' ? secret : secret.secret;
	const forms = [
		value,
		base64(value),
		base64(value).replace(/=+$/, ''),
		base64Url(value),
		encodeURIComponent(value),
		new URLSearchParams({ s: value }).toString().slice(2),
		encodeURIComponent(value).replace(/%20/g, '+'),
	];
	if (typeof secret !== 'string') {
		const pair = `${secret.user}:${secret.secret}`;
		forms.push(base64(pair), base64(pair).replace(/=+$/, ''), base64Url(pair), encodeURIComponent(pair));
	}
	return [...new Set(forms.filter((form) => form.length > 0))];
}

/** Errors reachable from a value: itself and its causes (own, non-enumerable properties included). */
function errorsIn(value: unknown, seen = new Set<unknown>()): Error[] {
	if (!(value instanceof Error) || seen.has(value)) return [];
	seen.add(value);
	const record = value as Error & { cause?: unknown; context?: unknown };
	return [value, ...errorsIn(record.cause, seen)];
}

/** Everything a value shows: JSON, util.inspect, and each error's own property names. */
export function visibleText(value: unknown): string {
	const parts: string[] = [];
	const tryJson = (part: unknown, keys?: string[]) => {
		try {
			parts.push(JSON.stringify(part, keys) ?? '');
		} catch (error) {
			parts.push(`(not JSON: ${(error as Error).message})`);
		}
	};
	tryJson(value);
	parts.push(inspect(value, { depth: 12, maxArrayLength: null, maxStringLength: null }));
	const roots = value && typeof value === 'object' && 'error' in value ? [(value as { error?: unknown }).error, value] : [value];
	for (const root of roots) {
		for (const error of errorsIn(root)) {
			const names = Object.getOwnPropertyNames(error);
			tryJson(error, names);
			for (const name of names) parts.push(inspect((error as unknown as Record<string, unknown>)[name], { depth: 12, maxStringLength: null }));
		}
	}
	return parts.join('\n');
}

/** No form of any secret in the value (a NodeRun, an error, items). */
export function expectNoSecrets(value: unknown, secrets: Secret[]): void {
	const text = visibleText(value);
	const leaked = secrets.flatMap((secret) => secretForms(secret).filter((form) => text.includes(form)));
	expect(leaked).toEqual([]);
}

/** No form of any secret in what a run leaves behind: items, the error, run data. */
export function expectRunHasNoSecrets(result: NodeRun, secrets: Secret[]): void {
	expectNoSecrets({ items: result.items, error: result.error, run: result.run.data }, secrets);
}
