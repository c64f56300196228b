import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, Workflow } from 'n8n-workflow';
import { baseUrlExpression, resolveBaseUrl, UNUSABLE_ADDRESS, type BaseUrlRule } from '../../nodes/shared/baseUrl';
import { apiErrorFromResponse, errorFromThrown, parseRetryAfter, rateLimitPauseMs, readVendorError, retryAfterMs, vendorErrorMessage } from '../../nodes/shared/errors';
import { defineVendor } from '../../nodes/shared/api';
import { slotDelayMs } from '../../nodes/shared/pacing';
import { pruneBody } from '../../nodes/shared/paging';
import { pathSegment } from '../../nodes/shared/paths';
import { decodeValues, encodeValues, epochMillis, fingerprint, isoTimestamps } from '../../nodes/shared/poll';

const node: INode = {
	id: 'n',
	name: 'Node',
	type: 'test',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

describe('pathSegment', () => {
	it.each([
		['abc', 'abc'],
		['  abc ', 'abc'],
		['a/../b?x', 'a%2F..%2Fb%3Fx'],
		['x#y', 'x%23y'],
		['ü &=%', '%C3%BC%20%26%3D%25'],
		[42, '42'],
	])('encodes %j as %j', (value, expected) => {
		expect(pathSegment(node, 'Person', value)).toBe(expected);
	});

	it.each([[''], ['   '], [null], [undefined], ['.'], ['..'], [' .. ']])('refuses %j, naming the field', (value) => {
		expect(() => pathSegment(node, 'Person', value)).toThrow(/"Person" (is required|cannot be)/);
	});
});

describe('vendorErrorMessage', () => {
	it.each([
		[{ error: { message: 'nested' } }, 'nested'],
		[{ error: 'plain error' }, 'plain error'],
		[{ Message: 'ASP.NET message' }, 'ASP.NET message'],
		[{ ErrorMessage: 'Error message' }, 'Error message'],
		[{ message: 'lower' }, 'lower'],
		[{ timestamp: '2024-01-01T00:00:00.000+00:00', status: 400, error: 'Bad Request', message: 'phone: must not be blank', path: '/lead' }, 'phone: must not be blank'],
		[{ timestamp: '2024-01-01T00:00:00.000+00:00', status: 404, error: 'Not Found', message: 'No message available', path: '/x' }, 'Not Found'],
		[{ timestamp: '2024-01-01T00:00:00.000+00:00', status: 500, error: 'Internal Server Error', message: '', path: '/x' }, 'Internal Server Error'],
		[{ code: 'error_form_attributes', message: 'Invalid form data' }, 'Invalid form data'],
		[{ status: false, error: [{ code: '403', message: 'Authentication Error', moreInfo: 'Bad token' }] }, 'Authentication Error'],
		[{ error: 'invalid_grant', error_description: 'The user name or password is incorrect.' }, 'The user name or password is incorrect.'],
		['<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>', '502 Bad Gateway'],
		['{"error":{"message":"from text"}}', 'from text'],
		['Service Unavailable', 'Service Unavailable'],
		[{ unknown: 1 }, '{"unknown":1}'],
		['', undefined],
		[undefined, undefined],
	])('reads %j', (body, expected) => {
		expect(vendorErrorMessage(body)).toBe(expected);
	});

	it('reads the vendor shape first, and a machine code next to the message', () => {
		const reading = {
			read: (body: unknown) => {
				const state = (body as { ModelState?: Record<string, string[]> }).ModelState;
				return state ? { message: Object.entries(state).map(([field, problems]) => `${field}: ${problems.join(' ')}`).join('; ') } : undefined;
			},
		};
		expect(vendorErrorMessage({ Message: 'Invalid.', ModelState: { 'p.Email': ['Required.'] } }, reading)).toBe('p.Email: Required.');
		expect(vendorErrorMessage({ message: 'plain' }, reading)).toBe('plain');
		expect(readVendorError({ code: 'error_form_attributes', message: 'Invalid form data' })).toEqual({
			message: 'Invalid form data',
			code: 'error_form_attributes',
		});
	});

	it('truncates long raw bodies', () => {
		expect(vendorErrorMessage('x'.repeat(1000))?.length).toBeLessThan(310);
	});
});

describe('apiErrorFromResponse', () => {
	it('carries status, vendor message and the Retry-After hint', () => {
		const error = apiErrorFromResponse(node, 'Acme', {
			statusCode: 429,
			body: { error: { message: 'slow down' } },
			headers: { 'Retry-After': '3' },
		});
		expect(error.httpCode).toBe('429');
		expect(error.message).toContain('Acme rate limit reached (HTTP 429)');
		expect(error.description).toContain('slow down');
		expect(retryAfterMs(error)).toBe(3000);
		expect(JSON.stringify(error)).not.toContain('retryAfter');
	});

	it('says the credentials were rejected on 401', () => {
		const error = apiErrorFromResponse(node, 'Acme', { statusCode: 401, body: { Message: 'Denied.' } });
		expect(error.message).toBe('Acme rejected the credentials (HTTP 401): Denied.');
	});

	it('says which credential was rejected when the node chooses between several', () => {
		const api = defineVendor({
			service: 'Acme',
			credentialType: 'acmeKeyApi',
			authentication: { apiKey: 'acmeKeyApi', userToken: 'acmeUserApi' },
			baseUrl: { urlField: 'url', missing: 'the URL' },
			defaultRequestsPerSecond: 1,
			errors: { rejected: { acmeKeyApi: 'the API key', acmeUserApi: 'the user token' } },
		});
		const withAuth = (authentication?: string) => ({ ...node, parameters: authentication ? { authentication } : {} });
		expect(apiErrorFromResponse(withAuth('userToken'), api, { statusCode: 401, body: '' }).message).toBe('Acme rejected the user token (HTTP 401)');
		expect(apiErrorFromResponse(withAuth('apiKey'), api, { statusCode: 401, body: '' }).message).toBe('Acme rejected the API key (HTTP 401)');
		expect(apiErrorFromResponse(withAuth(), api, { statusCode: 401, body: '' }).message).toBe('Acme rejected the API key (HTTP 401)');
	});

	it('names the method and path but never the query', () => {
		const error = apiErrorFromResponse(node, 'Acme', { statusCode: 500, body: '', method: 'GET', path: '/x' });
		expect(error.message).toBe('Acme error (HTTP 500)');
		expect(error.description).toBe('Acme answered HTTP 500 on GET /x');
	});
});

describe('errorFromThrown', () => {
	const api = defineVendor({
		service: 'Acme',
		credentialType: 'acmeApi',
		baseUrl: { urlField: 'url', missing: 'the URL' },
		defaultRequestsPerSecond: 1,
	});
	/** What n8n's httpRequestWithAuthentication throws for an HTTP error: its NodeApiError around the client's error. */
	const thrownByN8n = (status: number, data: unknown) => {
		const clientError = Object.assign(new Error(`Request failed with status code ${status}`), {
			isAxiosError: true,
			response: { status, data, headers: {} },
			config: { method: 'get', url: '/people/x', baseURL: 'https://acme.test' },
		});
		return new NodeApiError(node, clientError as unknown as JsonObject);
	};

	it('reads the vendor answer inside what n8n 2.x throws', () => {
		const error = errorFromThrown(node, api, thrownByN8n(404, { message: 'Person x was not found' }), { method: 'GET', path: '/people/x' });
		expect(error).toMatchObject({ message: 'Acme error (HTTP 404): Person x was not found', httpCode: '404' });
	});

	it('reads the status and JSON answer n8n 1.x keeps, having dropped the client error', () => {
		const thrown = thrownByN8n(404, { message: 'Person x was not found' });
		// n8n 1.x's error class redeclares `cause`, so the client error is gone; status and JSON body stay.
		Object.defineProperty(thrown, 'cause', { value: undefined });
		thrown.context.data = { message: 'Person x was not found' };
		const error = errorFromThrown(node, api, thrown, { method: 'GET', path: '/people/x' });
		expect(error).toMatchObject({ message: 'Acme error (HTTP 404): Person x was not found', httpCode: '404' });
		expect(error.message).not.toBe(thrown.message);
	});

	it('passes its own errors on untouched, whatever their status', () => {
		const own = apiErrorFromResponse(node, api, { statusCode: 200, body: { status: false, message: 'refused' } });
		expect(errorFromThrown(node, api, own)).toBe(own);
	});
});

describe('pruneBody', () => {
	it('drops values left out and the objects that only held them, and keeps what was given empty', () => {
		expect(pruneBody({ Name: 'x', Account: { Uid: undefined }, Person: { Uid: 'p', Email: undefined }, Tags: [], Extra: {} })).toEqual({
			Name: 'x',
			Person: { Uid: 'p' },
			Tags: [],
			Extra: {},
		});
		expect(pruneBody({ A: { B: { C: undefined } } })).toBeUndefined();
		expect(pruneBody({ Lines: [{ Amount: 1, Note: undefined }] })).toEqual({ Lines: [{ Amount: 1 }] });
		expect(pruneBody('text')).toBe('text');
	});
});

describe('rate-limit headers', () => {
	it('pause only when nothing is left, for the reset delta or until an epoch reset', () => {
		const now = 1_700_000_000_000;
		expect(rateLimitPauseMs({ 'RateLimit-Remaining': '3', 'RateLimit-Reset': '5' }, now)).toBeUndefined();
		expect(rateLimitPauseMs({ 'ratelimit-remaining': '0', 'ratelimit-reset': '2' }, now)).toBe(2000);
		expect(rateLimitPauseMs({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(now / 1000 + 3) }, now)).toBe(3000);
		expect(rateLimitPauseMs({ 'x-ratelimit-remaining': '0' }, now)).toBe(1000);
		expect(rateLimitPauseMs({}, now)).toBeUndefined();
	});
});

describe('Rebillia-style codes in the error title', () => {
	it('puts the machine code next to the status', () => {
		const error = apiErrorFromResponse(node, 'Rebillia', { statusCode: 400, body: { code: 'error_form_attributes', message: 'Invalid form data' } });
		expect(error.message).toBe('Rebillia error (HTTP 400, error_form_attributes): Invalid form data');
	});
});

describe('parseRetryAfter', () => {
	it('reads seconds and HTTP dates', () => {
		expect(parseRetryAfter('2')).toBe(2000);
		expect(parseRetryAfter('Thu, 01 Jan 2099 00:00:10 GMT', Date.parse('Thu, 01 Jan 2099 00:00:00 GMT'))).toBe(10000);
		expect(parseRetryAfter(undefined)).toBeUndefined();
		expect(parseRetryAfter('soon')).toBeUndefined();
	});
});

describe('slotDelayMs', () => {
	it('spaces requests of one credential at the rate, with a margin, and keeps credentials apart', () => {
		const now = 1_000_000;
		const delays = Array.from({ length: 5 }, () => slotDelayMs('unit-a', 4, now));
		expect(delays[0]).toBe(0);
		expect(delays[4]).toBeCloseTo(4 * 262.5, 5);
		expect(slotDelayMs('unit-b', 4, now)).toBe(0);
		// Idle time is not banked: after a pause the next request goes at once.
		expect(slotDelayMs('unit-a', 4, now + 60_000)).toBe(0);
	});
});

describe('base URL rule', () => {
	const outsetaRule: BaseUrlRule = {
		urlField: 'baseUrl',
		defaultPath: '/api/v1',
		template: 'https://{subdomain}.outseta.com/api/v1',
		fields: { subdomain: 'label' },
		missing: 'the subdomain or a Base URL',
	};
	const hostRule: BaseUrlRule = { template: '{host}/{version}', fields: { host: 'origin' }, missing: 'the host' };
	const urlOnly: BaseUrlRule = { urlField: 'baseUrl', missing: 'the base URL' };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: { getByName: () => undefined, getByNameAndVersion: () => undefined, getKnownTypes: () => ({}) } as never });
	const evaluate = (rule: BaseUrlRule, credentials: IDataObject) =>
		workflow.expression.getSimpleParameterValue(node, baseUrlExpression(rule), 'internal', { $credentials: credentials }, undefined, '');

	it.each([
		[outsetaRule, { subdomain: 'acme', baseUrl: '' }, 'https://acme.outseta.com/api/v1'],
		[outsetaRule, { subdomain: ' acme ', baseUrl: '  ' }, 'https://acme.outseta.com/api/v1'],
		[outsetaRule, { subdomain: 'acme.outseta.com' }, 'https://acme.outseta.com/api/v1'],
		[outsetaRule, { subdomain: 'https://Acme.outseta.com/' }, 'https://acme.outseta.com/api/v1'],
		[outsetaRule, { subdomain: 'acme', baseUrl: 'http://127.0.0.1:9/api/v1///' }, 'http://127.0.0.1:9/api/v1'],
		[outsetaRule, { subdomain: '', baseUrl: 'https://accounts.example.com/api/v1' }, 'https://accounts.example.com/api/v1'],
		[outsetaRule, { subdomain: '', baseUrl: 'https://accounts.example.com/' }, 'https://accounts.example.com/api/v1'],
		[hostRule, { host: 'https://api.example.com/', version: 'v1' }, 'https://api.example.com/v1'],
		[urlOnly, { baseUrl: 'https://admin.example.com/' }, 'https://admin.example.com'],
	])('expression and function agree: %#', (rule, credentials, expected) => {
		expect(resolveBaseUrl(rule, credentials)).toBe(expected);
		expect(evaluate(rule, credentials)).toBe(expected);
	});

	it.each([
		[outsetaRule, { subdomain: '', baseUrl: '' }, /Enter the subdomain or a Base URL/],
		[outsetaRule, { subdomain: 'a b' }, /not usable/],
		[urlOnly, { baseUrl: '' }, /Enter the base URL/],
		[urlOnly, { baseUrl: 'ftp://x.example.com' }, /http:\/\/ or https:\/\//],
		[urlOnly, { baseUrl: 'https://user:secret@x.example.com' }, /without a user name or password/],
		[hostRule, { host: 'api.example.com', version: 'v1' }, /http:\/\/ or https:\/\//],
		[hostRule, { host: 'https://api.example.com', version: '' }, /Enter the host/],
	])('refuses unusable input with a message: %#', (rule, credentials, message) => {
		expect(() => resolveBaseUrl(rule, credentials)).toThrow(message);
		expect(evaluate(rule, credentials)).toBe(UNUSABLE_ADDRESS);
	});
});

describe('poll helpers', () => {
	it('reads and writes vendor timestamps', () => {
		const iso = isoTimestamps({ zonelessAs: 'utc', writeZone: false });
		expect(iso.parse('2017-04-05T11:23:56')).toBe(Date.UTC(2017, 3, 5, 11, 23, 56));
		expect(iso.parse('2018-01-29T11:25:52.4923813-05:00')).toBe(Date.parse('2018-01-29T16:25:52.492Z'));
		expect(iso.parse('2021-03-01 00:00:00')).toBe(Date.UTC(2021, 2, 1));
		expect(iso.parse('not a date')).toBeUndefined();
		expect(iso.parse(null)).toBeUndefined();
		expect(iso.format(Date.UTC(2017, 3, 5, 11, 23, 56, 700))).toBe('2017-04-05T11:23:56');
		expect(isoTimestamps({ zonelessAs: 'utc', writeZone: true }).format(0)).toBe('1970-01-01T00:00:00Z');
		expect(epochMillis.parse(1700000000123)).toBe(1700000000123);
		expect(epochMillis.parse('1700000000123')).toBe(1700000000123);
		expect(epochMillis.parse('x')).toBeUndefined();
	});

	it('encodes watched values compactly and back', () => {
		const fields = [
			{ name: 'deliveredCount', kind: 'number' as const },
			{ name: 'qualified', kind: 'boolean' as const },
			{ name: 'lastDeliveredTime', kind: 'time' as const },
		];
		const values = { deliveredCount: 12, qualified: true, lastDeliveredTime: '2022-06-01T12:15:55.360Z' };
		const encoded = encodeValues(fields, values);
		expect(encoded.length).toBeLessThan(20);
		expect(decodeValues(fields, encoded)).toEqual(values);
		expect(decodeValues(fields, encodeValues(fields, { deliveredCount: 0, qualified: false, lastDeliveredTime: null }))).toEqual({
			deliveredCount: 0,
			qualified: false,
			lastDeliveredTime: null,
		});
	});

	it('fingerprints are short and stable', () => {
		expect(fingerprint('abc')).toBe(fingerprint('abc'));
		expect(fingerprint('abc')).not.toBe(fingerprint('abd'));
		expect(fingerprint('a'.repeat(500)).length).toBeLessThanOrEqual(7);
	});
});
