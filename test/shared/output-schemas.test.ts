/**
 * The output schemas as shipped: up to date with the generator (so a change to an operation's
 * output shows up as a schema diff), in the form n8n's editor accepts (an object with
 * properties), valid draft-07, and true for the very items they were inferred from.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../../scripts/schemas/collect';
import { plannedFiles, schemaFilesOnDisk } from '../../scripts/schemas/files';
import { inferSchema } from '../../scripts/schemas/infer';
import { vendorCounts } from '../../scripts/schemas/summary';
import { newValidator, schemaTargets } from '../helpers/output-schemas';

describe('output schemas', () => {
	const targets = schemaTargets();
	const withSchema = targets.filter((target) => target.schema);

	afterAll(() => {
		for (const count of vendorCounts(targets)) {
			console.log(`${count.vendor}: ${count.withSchema}/${count.total} operations and trigger events with an output schema`);
		}
	});

	it('finds the operations of every node and the events of every trigger', () => {
		expect(targets.filter((target) => !target.trigger).length).toBeGreaterThan(0);
		expect(targets.filter((target) => target.trigger).length).toBeGreaterThan(0);
		// One file per operation: no two operations of different shapes silently share one.
		const files = targets.map((target) => `${target.node} ${target.file}`);
		expect(new Set(files).size).toBe(files.length);
	});

	it('are committed as the generator makes them (run `npm run schemas`)', () => {
		const planned = plannedFiles(targets);
		const outdated = [...planned].filter(([file, text]) => !fs.existsSync(path.join(ROOT, file)) || fs.readFileSync(path.join(ROOT, file), 'utf8') !== text);
		expect(outdated.map(([file]) => file)).toEqual([]);
		expect(schemaFilesOnDisk().filter((file) => !planned.has(file))).toEqual([]);
	});

	it.each(withSchema.map((target) => [target.file, target] as const))('%s: an object with fields, valid, true for its examples', (_file, target) => {
		const schema = target.schema!;
		expect(schema.type).toBe('object');
		expect(Object.keys(schema.properties as object).length).toBeGreaterThan(0);
		const validator = newValidator();
		for (const item of target.items!) expect(validator.problems(target.file, item)).toEqual([]);
	});

	it('infers types from samples: any field may be null, untyped when null in every sample, ISO timestamps as date-time', () => {
		const schema = inferSchema([
			{ a: null, b: 'x', c: '2024-01-02T03:04:05Z', d: '2024-01-02 03:04:05', e: [{ f: 1 }, { f: null, g: true }], o: { p: 1 } },
			{ a: null, b: null, c: '2024-01-02T03:04:05.123', d: '2024-01-02 03:04:05', h: 2.5, o: null },
		]);
		expect(schema).toEqual({
			$schema: 'http://json-schema.org/draft-07/schema#',
			type: 'object',
			properties: {
				a: {},
				b: { type: ['string', 'null'] },
				c: { type: ['string', 'null'], format: 'date-time' },
				d: { type: ['string', 'null'] },
				e: {
					type: 'array',
					nullable: true,
					items: { type: 'object', nullable: true, properties: { f: { type: ['number', 'null'] }, g: { type: ['boolean', 'null'] } } },
				},
				h: { type: ['number', 'null'] },
				o: { type: 'object', nullable: true, properties: { p: { type: ['number', 'null'] } } },
			},
			required: ['a', 'b', 'c', 'd', 'o'],
		});
		const validator = newValidator();
		const compiled = validator.compileSchema(schema);
		expect(compiled({ a: 1, b: null, c: null, d: 'x', o: null, e: null })).toBe(true);
		expect(compiled({ a: 1, b: 2, c: null, d: 'x', o: null })).toBe(false);
		expect(compiled({ b: 'x', c: null, d: 'x', o: null })).toBe(false);
		expect(compiled({ a: 1, b: 'x', c: 'yesterday', d: 'x', o: null })).toBe(false);
	});
});
