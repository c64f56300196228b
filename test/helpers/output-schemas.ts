/**
 * Checks what a node really outputs against the output schema it ships: the committed file of
 * the operation (or trigger event), compiled with a JSON Schema validator. Per vendor, a test
 * runs its coverage scenarios through the engine with default output settings and hands the
 * items here; at the end every operation with a schema must have been checked at least once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { collectTargets, ROOT, type SchemaTarget } from '../../scripts/schemas/collect';
import { ISO_DATE_TIME } from '../../scripts/schemas/infer';

// The project's validator: ajv 8 (a devDependency), which reads `nullable` by default; ajv 6
// (found through eslint until then) needs the option.
const Ajv = require('ajv');
const AJV_OPTIONS = Ajv.default ? { allErrors: true } : { allErrors: true, nullable: true };
const AjvClass = Ajv.default ?? Ajv;

type Validate = ((data: unknown) => boolean) & { errors?: Array<{ instancePath?: string; dataPath?: string; message?: string }> | null };

let targetsCache: SchemaTarget[] | undefined;

/** Every operation and event the generator knows, with its schema as generated now. */
export function schemaTargets(): SchemaTarget[] {
	return (targetsCache ??= collectTargets());
}

/** A validator for committed schema files; `date-time` is the generator's ISO-8601 pattern. */
export function newValidator() {
	const ajv = new AjvClass(AJV_OPTIONS);
	ajv.addFormat('date-time', ISO_DATE_TIME);
	const compiled = new Map<string, Validate>();
	return {
		compileSchema(schema: object): Validate {
			return ajv.compile(schema);
		},
		compile(file: string): Validate {
			if (!compiled.has(file)) compiled.set(file, ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'))));
			return compiled.get(file)!;
		},
		/** Problems of one item against a schema file, one line each; empty when it validates. */
		problems(file: string, item: unknown): string[] {
			const validate = this.compile(file);
			if (validate(item)) return [];
			return (validate.errors ?? []).map((error) => `${error.instancePath ?? error.dataPath ?? ''} ${error.message ?? ''}`.trim());
		},
	};
}

/** Node parameters with the output settings at their defaults: Simplify on, no list of fields. */
export function withDefaultOutput(parameters: IDataObject): IDataObject {
	const { simplify: _simplify, ...rest } = parameters;
	const options = parameters.options as IDataObject | undefined;
	if (!options || !('fields' in options)) return rest;
	const { fields: _fields, ...otherOptions } = options;
	return { ...rest, options: otherOptions };
}

/**
 * One vendor's check: `validate(node, parameters, items)` after each run; `finish()` returns the
 * operations with a schema that no run checked, and prints the count.
 */
export function outputSchemaCheck(vendorFolder: string) {
	const validator = newValidator();
	const targets = schemaTargets().filter((target) => target.vendor === vendorFolder);
	const checked = new Set<SchemaTarget>();
	const find = (node: string, parameters: IDataObject) => {
		const operation = String(parameters.operation ?? parameters.event);
		return targets.find(
			(target) => target.node === node && target.operation === operation && (target.trigger || target.resource === parameters.resource),
		);
	};
	return {
		targets,
		/** The target for a run; undefined when the generator does not know it (fails the run). */
		targetFor: find,
		/** Validates each item; returns the problems, prefixed by the item's index. */
		validate(node: string, parameters: IDataObject, items: IDataObject[]): string[] {
			const target = find(node, parameters);
			if (!target) return [`no operation ${JSON.stringify({ node, resource: parameters.resource, operation: parameters.operation ?? parameters.event })}`];
			if (!target.schema) return [];
			expect(items.length).toBeGreaterThan(0);
			const problems = items.flatMap((item, index) => validator.problems(target.file, item).map((problem) => `item ${index}: ${problem}`));
			if (!problems.length) checked.add(target);
			return problems;
		},
		finish(): SchemaTarget[] {
			const withSchema = targets.filter((target) => target.schema);
			const unchecked = withSchema.filter((target) => !checked.has(target));
			console.log(
				`${vendorFolder} output schemas: ${withSchema.length}/${targets.length} operations and events have one; ` +
					`${withSchema.length - unchecked.length}/${withSchema.length} validated the node's real output`,
			);
			return unchecked;
		},
	};
}
