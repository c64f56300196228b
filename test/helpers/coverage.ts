/**
 * Coverage by execution, for every vendor: a scenario per collection request (node parameters,
 * the exact body and query the request must carry, written from the collection's example), and
 * the check of what a simulator received against the request's fixture row.
 */
import type { IDataObject } from 'n8n-workflow';
import { exampleRequest, pathPattern, type EndpointRow, type ExampleRequest } from './rows';

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
	/** The exact query the request must carry (decoded values); undefined: none. */
	query?: Record<string, string> | ((parameters: IDataObject) => Record<string, string>);
	/** Expected HTTP status of the answer (default: any 2xx). */
	status?: number;
	check?: (output: IDataObject[], request: LoggedRequest, parameters: IDataObject) => void;
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

/** Method, path (below `prefix`), the exact query and the exact body of what was sent. */
export function expectRequestMatches<Sim>(
	row: EndpointRow,
	scenario: CoverageScenario<Sim>,
	parameters: IDataObject,
	request: LoggedRequest,
	prefix = '',
): void {
	expect(`${request.method} ${request.path}`).toMatch(new RegExp(`^${row.method} `));
	expect(request.path).toMatch(pathPattern(row, prefix));
	const query = typeof scenario.query === 'function' ? scenario.query(parameters) : scenario.query;
	expect(request.query).toEqual(query ?? {});
	for (const param of row.queryParams.filter((entry) => !entry.disabled)) expect(Object.keys(request.query)).toContain(param.name);
	if (scenario.body) {
		expect(request.body).toEqual(scenario.body(parameters));
	} else {
		expect(request.rawBody ?? '').toBe('');
	}
	if (scenario.status !== undefined) expect(request.status).toBe(scenario.status);
	else expect(request.status).toBeLessThan(300);
}
