import type { IDataObject, INode } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { baseUrlExpression, resolveBaseUrl } from '../../nodes/shared/baseUrl';
import { apiErrorFromResponse, parseRetryAfter, retryAfterMs, vendorErrorMessage } from '../../nodes/shared/errors';
import { slotDelayMs } from '../../nodes/shared/pacing';
import { pathSegment } from '../../nodes/shared/paths';
import { EPOCH, fingerprint, toUtcSecond } from '../../nodes/shared/poll';

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
		[{ Message: 'The request is invalid.', ModelState: { 'p.Email': ['Required.', 'Bad.'] } }, 'The request is invalid. (p.Email: Required. Bad.)'],
		[{ ModelState: { '': ['Only state'] } }, 'Only state'],
		['{"error":{"message":"from text"}}', 'from text'],
		['Service Unavailable', 'Service Unavailable'],
		[{ unknown: 1 }, '{"unknown":1}'],
		['', undefined],
		[undefined, undefined],
	])('reads %j', (body, expected) => {
		expect(vendorErrorMessage(body)).toBe(expected);
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

	it('names the method and path but never the query', () => {
		const error = apiErrorFromResponse(node, 'Acme', { statusCode: 500, body: '', method: 'GET', path: '/x' });
		expect(error.message).toBe('Acme error (HTTP 500)');
		expect(error.description).toBe('Acme answered HTTP 500 on GET /x');
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
	const rule = { overrideField: 'baseUrl', template: 'https://{subdomain}.outseta.com/api/v1' };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: { getByName: () => undefined, getByNameAndVersion: () => undefined, getKnownTypes: () => ({}) } as never });
	const evaluate = (credentials: IDataObject) =>
		workflow.expression.getSimpleParameterValue(node, baseUrlExpression(rule), 'internal', { $credentials: credentials }, undefined, '');

	it.each([
		[{ subdomain: 'acme', baseUrl: '' }, 'https://acme.outseta.com/api/v1'],
		[{ subdomain: ' acme ', baseUrl: '  ' }, 'https://acme.outseta.com/api/v1'],
		[{ subdomain: 'acme', baseUrl: 'http://127.0.0.1:9/api/v1///' }, 'http://127.0.0.1:9/api/v1'],
		[{ subdomain: '', baseUrl: 'https://accounts.example.com/api/v1' }, 'https://accounts.example.com/api/v1'],
	])('expression and function agree for %j', (credentials, expected) => {
		expect(resolveBaseUrl(rule, credentials)).toBe(expected);
		expect(evaluate(credentials)).toBe(expected);
	});
});

describe('poll helpers', () => {
	it('reads timestamps as UTC seconds', () => {
		expect(toUtcSecond('2017-04-05T11:23:56')).toBe('2017-04-05T11:23:56');
		expect(toUtcSecond('2018-01-29T11:25:52.4923813-05:00')).toBe('2018-01-29T16:25:52');
		expect(toUtcSecond('2023-04-11T18:23:42.9482596Z')).toBe('2023-04-11T18:23:42');
		expect(toUtcSecond('not a date')).toBe(EPOCH);
	});

	it('fingerprints are short and stable', () => {
		expect(fingerprint('abc')).toBe(fingerprint('abc'));
		expect(fingerprint('abc')).not.toBe(fingerprint('abd'));
		expect(fingerprint('a'.repeat(500)).length).toBeLessThanOrEqual(7);
	});
});
