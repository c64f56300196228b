/**
 * Coverage by execution, for every vendor: a scenario per collection request (node parameters,
 * the exact body and query the request must carry, written from the collection's example), and
 * the check of what a simulator received against the request's fixture row.
 */
import type { IDataObject } from 'n8n-workflow';
import { exampleRequest, type EndpointRow, type ExampleRequest } from './rows';

export interface LoggedRequest {
	method: string;
	url: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string | undefined>;
	body: unknown;
	rawBody?: string;
	status: number;
}

export interface CoverageScenario<Sim> {
	/** The row's request name; with `folder` when names repeat across folders. */
	row: string;
	folder?: string[];
	parameters: IDataObject | ((sim: Sim) => Promise<IDataObject>);
	/** The exact JSON body the request must carry; undefined: no body at all. */
	body?: (parameters: IDataObject) => unknown;
	/**
	 * The row's path parameters' values, by the row's own names (`{ customer_id: 4 }`), from the
	 * test data, never from the node: required when the row has any; no two may be equal.
	 */
	path?: PathValues | ((parameters: IDataObject) => PathValues);
	/**
	 * The exact query the request must carry: decoded values, each expected once and encoded as
	 * RFC 3986 percent-encoding (every byte but `A-Z a-z 0-9 - . _ ~`); or the raw query string
	 * itself. Undefined: none.
	 */
	query?: ExpectedQuery | ((parameters: IDataObject) => ExpectedQuery);
	/** Expected HTTP status of the answer (default: any 2xx). */
	status?: number;
	check?: (output: IDataObject[], request: LoggedRequest, parameters: IDataObject) => void;
}

export type PathValues = Record<string, string | number>;
export type ExpectedQuery = Record<string, string> | string;

/** The id a scenario parameter holds: a resource locator's value, or the value itself. */
export function idOf(parameter: unknown): string {
	const value = parameter && typeof parameter === 'object' && 'value' in parameter ? (parameter as { value: unknown }).value : parameter;
	if (value === undefined || value === null || value === '') throw new Error(`no id in ${JSON.stringify(parameter)}`);
	return String(value);
}

export async function parametersOf<Sim>(scenario: CoverageScenario<Sim>, sim: Sim): Promise<IDataObject> {
	return typeof scenario.parameters === 'function' ? await scenario.parameters(sim) : scenario.parameters;
}

export function rowFor(rows: EndpointRow[], scenario: { row: string; folder?: string[] }): EndpointRow {
	const matches = rows.filter(
		(row) => row.name === scenario.row && (!scenario.folder || scenario.folder.every((part, index) => row.folderPath[index] === part)),
	);
	if (matches.length !== 1) throw new Error(`${matches.length} rows named "${scenario.row}" ${scenario.folder ? `in ${scenario.folder.join('/')}` : ''}`);
	return matches[0];
}

/** A deep copy of the collection's example body of a row, to build expected bodies from. */
export function exampleBodyOf(row: EndpointRow): IDataObject {
	const request: ExampleRequest = exampleRequest(row.vendor, row.name, row.folderPath);
	return JSON.parse(JSON.stringify(request.body ?? {})) as IDataObject;
}

/** A value as a percent-encoded URL component, RFC 3986 strict (also `!'()*`). */
export const strictEncode = (value: string) =>
	encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/** The raw query string of a logged request (after `?`, as sent). */
export const rawQueryOf = (request: { url: string }) => (request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '');

/**
 * The row's path template filled with the scenario's values (each one URL-encoded as a single
 * segment), after checking the values name exactly the row's parameters and are all different.
 */
export function expectedPathOf(row: EndpointRow, values: PathValues | undefined, prefix = ''): string {
	const label = `${row.method} ${row.path}`;
	if (row.pathParams.length === 0 && values === undefined) return `${prefix}${row.path}`;
	expect({ row: label, pathParams: Object.keys(values ?? {}).sort() }).toEqual({ row: label, pathParams: [...row.pathParams].sort() });
	const given = Object.entries(values!).map(([name, value]) => [name, String(value)] as const);
	const repeated = given.filter(([, value], index) => given.some(([, other], before) => before < index && other === value));
	expect({ row: label, sameValueAsAnotherParameter: repeated }).toEqual({ row: label, sameValueAsAnotherParameter: [] });
	for (const [name, value] of given) expect({ row: label, [name]: value.length > 0 }).toEqual({ row: label, [name]: true });
	return `${prefix}${row.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(values![name])))}`;
}

/** The requested path (raw) is exactly the row's template filled with the scenario's values. */
export function expectPathMatches(row: EndpointRow, path: CoverageScenario<unknown>['path'], parameters: IDataObject, request: { path: string }, prefix = ''): void {
	const values = typeof path === 'function' ? path(parameters) : path;
	expect(request.path).toBe(expectedPathOf(row, values, prefix));
}

/**
 * The raw query string as sent: each key once, every expected pair encoded exactly (order free),
 * nothing more; a string expectation is compared as it is.
 */
export function expectQueryMatches(expected: ExpectedQuery | undefined, request: { url: string }): void {
	const raw = rawQueryOf(request);
	if (typeof expected === 'string') {
		expect(raw).toBe(expected);
		return;
	}
	const pairs = raw === '' ? [] : raw.split('&');
	const keys = pairs.map((pair) => decodeURIComponent(pair.split('=')[0].replace(/\+/g, ' ')));
	expect({ query: raw, repeatedKeys: keys.filter((key, index) => keys.indexOf(key) !== index) }).toEqual({ query: raw, repeatedKeys: [] });
	const wanted = Object.entries(expected ?? {}).map(([key, value]) => `${strictEncode(key)}=${strictEncode(value)}`);
	expect({ query: raw, pairs: [...pairs].sort() }).toEqual({ query: raw, pairs: [...wanted].sort() });
}

/** The run's output: at least one item (every scenario's answer has a record or a result), then the scenario's own check. */
export function expectScenarioOutput<Sim>(
	scenario: CoverageScenario<Sim>,
	output: IDataObject[],
	request: LoggedRequest,
	parameters: IDataObject,
): void {
	expect(output.length).toBeGreaterThan(0);
	scenario.check?.(output, request, parameters);
}

/** Method, path (below `prefix`), the exact query and the exact body of what was sent. */
export function expectRequestMatches<Sim>(
	row: EndpointRow,
	scenario: CoverageScenario<Sim>,
	parameters: IDataObject,
	request: LoggedRequest,
	prefix = '',
): void {
	expect(`${request.method} ${request.path}`).toMatch(new RegExp(`^${row.method} `));
	expectPathMatches(row, scenario.path as CoverageScenario<unknown>['path'], parameters, request, prefix);
	const query = typeof scenario.query === 'function' ? scenario.query(parameters) : scenario.query;
	expectQueryMatches(query, request);
	for (const param of row.queryParams.filter((entry) => !entry.disabled)) expect(Object.keys(request.query)).toContain(param.name);
	if (scenario.body) {
		expect(request.body).toEqual(scenario.body(parameters));
	} else {
		expect(request.rawBody ?? '').toBe('');
	}
	if (scenario.status !== undefined) expect(request.status).toBe(scenario.status);
	else expect(request.status).toBeLessThan(300);
}
