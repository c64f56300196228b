/**
 * Replays the request of every saved example of the collection (22) against the simulator and
 * compares the answer BY VALUE with `shapeDifferences`: the example's status, every key it shows,
 * the same JSON types, `null` where it holds `null`.
 *
 * "Nothing the example does not show" is read per kind of object: the examples come from several
 * years of the API (2018 people have 16 properties, the 2023 Register example's person 36), so a
 * key may be served when some example shows it on the same kind of object (a Person, an Account,
 * …). List items are compared with the example item of the same Uid; other served items with the
 * first example item, where only a value that is null on one side and set on the other (data,
 * not shape) is let through.
 *
 * Broken examples (API_FACTS §5) are repaired here, never in the fixture files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { shapeDifferences } from '../helpers/fidelity';
import { TEST_USER, useOutsetaSim } from '../helpers/outseta';

interface ExampleRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	bodyMode: string | null;
	body: unknown;
}
interface Example {
	folderPath: string[];
	name: string;
	request: ExampleRequest;
	recorded: ExampleRequest;
	response: { status: number | null; body: unknown; bodyRaw: string | null };
}
type Json = Record<string, unknown>;

const examples: Example[] = JSON.parse(
	fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'outseta', 'examples.json'), 'utf8'),
);

/** The example's status and body, repaired where the collection saved them broken. */
function expectedOf(example: Example): { status: number; body: unknown } {
	switch (example.name) {
		case 'Get all accounts': {
			// The second item was cut off (no Subscriptions, Uid, Created, Updated): keep the whole one.
			const body = example.response.body as Json;
			return { status: 200, body: { ...body, items: (body.items as Json[]).filter((item) => item.Uid) } };
		}
		case 'Get all transactions by account':
			// The saved body is invalid JSON: the `]` closing "items" is missing.
			return { status: 200, body: JSON.parse(example.response.bodyRaw!.replace(/\}\s*\}\s*$/, '}]}')) };
		case 'Get Profile':
			// A documentation example with no recorded status.
			return { status: 200, body: example.response.body };
		default:
			return { status: example.response.status!, body: example.response.body };
	}
}

/** The kind of an example object, by the properties only that kind has. */
function kindOf(value: Json): string {
	const has = (key: string) => key in value;
	if (has('access_token')) return 'Token';
	if (has('metadata') && has('items')) return 'Envelope';
	if (has('limit') && has('offset') && has('total')) return 'Metadata';
	if (has('AccountStage')) return 'Account';
	if (has('IsPrimary')) return 'PersonAccount';
	if (has('AddressLine1')) return 'Address';
	if (has('Email') && has('FirstName')) return 'Person';
	if (has('TransactionDate')) return 'Transaction';
	if (has('InvoiceDate')) return 'Invoice';
	if (has('Tax')) return 'InvoiceLineItem';
	if (has('AddOn')) return 'SubscriptionAddOn';
	if (has('BillingRenewalTerm')) return 'Subscription';
	if (has('MonthlyRate')) return 'Plan';
	if (has('EntityUid')) return 'Activity';
	if (has('EmailListSubscriberStatus')) return 'EmailListSubscription';
	if (has('WelcomeBody')) return 'EmailList';
	if (has('CaseHistories')) return 'Case';
	if (has('HistoryDateTime')) return 'CaseHistory';
	return 'Unknown';
}

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);

/** Every key any example shows, per kind of object. */
const keysByKind = new Map<string, Set<string>>();
function collectKeys(value: unknown) {
	if (Array.isArray(value)) return value.forEach(collectKeys);
	if (!isObject(value)) return;
	const kind = kindOf(value);
	if (!keysByKind.has(kind)) keysByKind.set(kind, new Set());
	for (const [key, child] of Object.entries(value)) {
		keysByKind.get(kind)!.add(key);
		collectKeys(child);
	}
}
examples.forEach((example) => collectKeys(expectedOf(example).body));

/** The example object at a reported path (`items[].Subscriptions[]`); the first element of lists. */
function exampleAt(root: unknown, where: string): unknown {
	if (!where) return root;
	return where.split('.').reduce<unknown>((value, segment) => {
		const [, key, lists] = /^(.*?)((?:\[\])*)$/.exec(segment)!;
		let next = isObject(value) ? value[key] : undefined;
		for (let depth = 0; depth < lists.length / 2; depth++) next = Array.isArray(next) ? next[0] : undefined;
		return next;
	}, root);
}

/** The differences left once keys some other example shows on the same kind of object are allowed. */
function unexplained(example: unknown, differences: string[]): string[] {
	return differences.filter((line) => {
		const match = /^(?:(.*)\.)?([^.]+): served, but no example shows it$/.exec(line);
		if (!match) return true;
		const parent = exampleAt(example, match[1] ?? '');
		return !(isObject(parent) && keysByKind.get(kindOf(parent))?.has(match[2]));
	});
}

/** Items are matched by Uid; the rest are compared with the first item, null-or-set values aside. */
function envelopeDifferences(expected: Json, served: Json): string[] {
	if (!isObject(served) || !Array.isArray(served.items)) return [`(body): the example is a list envelope, the simulator served ${JSON.stringify(served).slice(0, 80)}`];
	const differences = shapeDifferences(expected.metadata, served.metadata, 'metadata');
	for (const key of Object.keys(served)) if (!(key in expected)) differences.push(`${key}: served, but no example shows it`);
	const items = expected.items as Json[];
	const servedItems = served.items as Json[];
	for (const item of items) {
		const match = servedItems.find((candidate) => candidate.Uid === item.Uid);
		if (!match) differences.push(`items[]: the example's item ${String(item.Uid)} is not served`);
		else differences.push(...shapeDifferences(item, match, 'items[]'));
	}
	const dataOnly = /the example holds null, the simulator served \w+$|the example holds \w+, the simulator served null$/;
	for (const item of servedItems.filter((candidate) => !items.some((known) => known.Uid === candidate.Uid))) {
		differences.push(...shapeDifferences(items[0], item, 'items[]').filter((line) => !dataOnly.test(line)));
	}
	return differences;
}

/** Path values the examples leave as placeholders, for the records the simulator seeds. */
const PLACEHOLDERS: Record<string, string> = {
	'[personUid]': 'qrm0A4QX',
	'[accountUid]': 'KaWx1mVr',
	'[listId]': 'exmepWVG',
	'[caseUid]': 'wZmNZm2O',
	'[subscriptionUid]': 'z49E5z97',
};
const QUERY_VALUES: Record<string, string> = { 'true/false': 'true' };

/**
 * The request that produced the example: the collection's path with the values of the recorded
 * request where it has them (e.g. the account of the transactions), the recorded body, the
 * collection's query.
 */
function replayPath(example: Example): string {
	const requestSegments = example.request.path.split('/');
	const recordedSegments = example.recorded.path.replace(/^\/api\/v1/, '').split('/');
	return requestSegments
		.map((segment, index) => {
			const recorded = recordedSegments[index];
			const placeholder = /^\[.*\]$/.test(segment);
			if (placeholder && recordedSegments.length === requestSegments.length && recorded && !recorded.includes('[')) {
				return encodeURIComponent(recorded);
			}
			return PLACEHOLDERS[segment] ?? segment;
		})
		.join('/');
}

describe('Outseta simulator fidelity to the collection examples', () => {
	const sim = useOutsetaSim({ resetEach: false });

	it('carries all 22 saved examples', () => {
		expect(examples).toHaveLength(22);
		expect(new Set(examples.map((example) => example.name)).size).toBe(22);
	});

	it.each(examples.map((example) => [example.name, example] as const))('%s', async (_name, example) => {
		await sim.reset();
		const expected = expectedOf(example);
		const query = new URLSearchParams(
			Object.entries(example.request.query).map(([key, value]): [string, string] => [key, QUERY_VALUES[value] ?? value]),
		).toString();
		const target = `${replayPath(example)}${query ? `?${query}` : ''}`;
		let body = ['GET', 'DELETE'].includes(example.request.method) ? undefined : example.recorded.body ?? example.request.body ?? undefined;
		let options = {};
		if (example.request.bodyMode === 'urlencoded') {
			// "Get Auth Token with API Keys": the username of the seeded user, with the API key header.
			body = { username: TEST_USER.username };
			options = { form: true };
		}
		if (example.name === 'Get Profile') options = { authorization: `bearer ${await sim.token()}` };

		const response = await sim.api(example.request.method, target, body, options);

		expect(response.status).toBe(expected.status);
		if (expected.body === null) {
			// Saved with `Content-Length: 0`.
			expect(response.body).toBe('');
			return;
		}
		const differences = isObject(expected.body) && kindOf(expected.body) === 'Envelope'
			? envelopeDifferences(expected.body, response.body)
			: shapeDifferences(expected.body, response.body);
		expect(unexplained(expected.body, differences)).toEqual([]);
	});

	it('lets through only keys an example shows on the same kind of object', () => {
		const served = { Email: 'a@example.com', FirstName: 'A', PasswordMustChange: false, Invented: 1 };
		const example = { Email: 'b@example.com', FirstName: 'B' };
		expect(unexplained(example, shapeDifferences(example, served))).toEqual(['Invented: served, but no example shows it']);
	});
});
