/**
 * Some APIs take their login in the query string (`?user=…&pass=…`), so any error that carries
 * the request URL, its options or an answer echoing them would show the secrets. These helpers
 * mask them wherever an error keeps text: its message, description, context, cause and the
 * request options n8n attaches, in every form a secret travels in (see `secretForms`).
 */
import { redactSecrets } from './tokenExchange';

/** Secrets shorter than this are not masked: masking "1" would blank every digit of a message. */
const MIN_SECRET_LENGTH = 3;
/** How deep an error's objects are searched (options → config → params …). */
const MAX_DEPTH = 8;

function usable(secrets: Array<string | undefined>): string[] {
	return secrets.filter((secret): secret is string => typeof secret === 'string' && secret.trim().length >= MIN_SECRET_LENGTH);
}

export interface RedactionOptions {
	/**
	 * Secrets shorter than this are masked only where they are a whole value, never inside other
	 * text: for output items, where a 3-character user name inside a phone number must not be cut.
	 * Unset: masked wherever they appear (errors).
	 */
	substringsFrom?: number;
}

function redactString(text: string, secrets: string[], options: RedactionOptions): string {
	const inside = options.substringsFrom ? secrets.filter((secret) => secret.length >= options.substringsFrom!) : secrets;
	const whole = secrets.filter((secret) => !inside.includes(secret));
	if (whole.some((secret) => text === secret || text === encodeURIComponent(secret))) return '[redacted]';
	return redactSecrets(text, inside);
}

/** `value` with the secrets masked in every string it holds (objects and arrays are changed in place). */
function redactValue(value: unknown, secrets: string[], seen: WeakSet<object>, depth: number, options: RedactionOptions = {}): unknown {
	if (typeof value === 'string') return redactString(value, secrets, options);
	if (!value || typeof value !== 'object' || depth > MAX_DEPTH || seen.has(value)) return value;
	seen.add(value);
	if (value instanceof URL) return new URL(redactString(value.href, secrets, options));
	if (value instanceof URLSearchParams) return new URLSearchParams(redactString(value.toString(), secrets, options));
	if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return value;
	// Own keys, non-enumerable ones too: an Error's message and stack are not enumerable.
	for (const key of Object.getOwnPropertyNames(value)) {
		const descriptor = Object.getOwnPropertyDescriptor(value, key);
		if (!descriptor || !('value' in descriptor) || !descriptor.writable) continue;
		const redacted = redactValue(descriptor.value, secrets, seen, depth + 1, options);
		if (redacted !== descriptor.value) (value as Record<string, unknown>)[key] = redacted;
	}
	return value;
}

/**
 * `value` (an error, or items about to be output) with the secrets masked in everything it carries,
 * changed in place and returned: for an error its message, description, stack, context, cause (the
 * HTTP client's error, its config and URL) and any request options. Blank or very short secrets
 * are left alone.
 */
export function redactSecretsIn<T>(value: T, secrets: Array<string | undefined>, options: RedactionOptions = {}): T {
	const list = usable(secrets);
	if (!list.length) return value;
	return redactValue(value, list, new WeakSet(), 0, options) as T;
}
