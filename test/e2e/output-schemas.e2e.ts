/**
 * The output schemas as real n8n 2.40.7 serves them to its editor: for every operation and
 * trigger event the generator knows, `GET /schemas/<package>.<node>/<version>/<resource>/<operation>.json`
 * (no resource for trigger events) answers 200 with the committed schema where there is one,
 * and 404 where there is none. Prints the per-vendor counts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectTargets, ROOT, type SchemaTarget } from '../../scripts/schemas/collect';
import { N8nInstance, PACKAGE } from './n8n-instance';

/** The URL n8n's editor builds (its `getSchemaPreview`): version padded to three parts. */
function schemaUrl(base: string, target: SchemaTarget): string {
	const parts = ['schemas', `${PACKAGE}.${target.node}`, target.version, target.resource, target.operation].filter(Boolean);
	return `${base}/${parts.join('/')}.json`;
}

describe('output schemas in real n8n', () => {
	const instance = new N8nInstance();
	const targets = collectTargets();
	const answers = new Map<SchemaTarget, { status: number; body?: any }>();

	beforeAll(async () => {
		await instance.prepare();
		const server = await instance.start();
		for (const target of targets) {
			const response = await fetch(schemaUrl(server.url, target));
			answers.set(target, { status: response.status, body: response.status === 200 ? await response.json() : undefined });
		}
	});

	afterAll(async () => {
		const vendors = [...new Set(targets.map((target) => target.vendor))];
		for (const vendor of vendors) {
			const mine = targets.filter((target) => target.vendor === vendor);
			const served = mine.filter((target) => answers.get(target)?.status === 200);
			const events = mine.filter((target) => target.trigger);
			console.log(
				`${vendor}: n8n serves an output schema for ${served.length}/${mine.length} ` +
					`(operations ${served.filter((target) => !target.trigger).length}/${mine.length - events.length}, ` +
					`trigger events ${served.filter((target) => target.trigger).length}/${events.length})`,
			);
		}
		await instance.dispose();
	});

	it('knows operations and trigger events', () => {
		expect(targets.some((target) => !target.trigger && target.schema)).toBe(true);
		expect(targets.some((target) => target.trigger && target.schema)).toBe(true);
	});

	it.each(targets.map((target) => [`${target.node} ${target.label}`, target] as const))('%s', (_name, target) => {
		const answer = answers.get(target)!;
		if (!target.schema) {
			expect(answer.status).toBe(404);
			return;
		}
		expect(answer.status).toBe(200);
		const committed = JSON.parse(fs.readFileSync(path.join(ROOT, target.file), 'utf8'));
		// The form the editor accepts: an object schema with its top-level fields.
		expect(answer.body.type).toBe('object');
		expect(Object.keys(answer.body.properties).sort()).toEqual(Object.keys(committed.properties).sort());
		expect(answer.body).toEqual(committed);
	});
});
