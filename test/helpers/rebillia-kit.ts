/**
 * What the Rebillia scenarios and error tests share: records prepared in the simulator, the ids
 * the collection's examples name mapped to records the simulator holds, checks of outputs, and
 * the API key (and other secrets) kept out of everything a run shows.
 */
import type { IDataObject } from 'n8n-workflow';
import type { NodeRun } from './engine';
import { REBILLIA_KEYS, type RebilliaSim } from './rebillia-sim';
import { expectRunHasNoSecrets } from './secrets';

/** A record created through the simulator's API for a scenario that changes or deletes one. */
export async function created(sim: RebilliaSim, path: string, body: IDataObject): Promise<IDataObject> {
	const response = await sim.api('POST', path, body);
	if (response.status >= 300) throw new Error(`could not prepare ${path}: ${response.status} ${response.text}`);
	return response.body as IDataObject;
}

let counter = 0;
/** A name no earlier scenario used (the real-n8n suite does not reset the simulator between them). */
export const uniqueName = (prefix: string) => `${prefix} ${Date.now().toString(36)}-${++counter}`;

/**
 * Ids the collection's example bodies name but no example record has → records the simulator
 * holds (the invoice examples name customer 2 and show customer 4, and so on).
 */
const BODY_IDS: Record<string, Record<string, number>> = {
	customerId: { 2: 4 },
	companyCurrencyId: { 1: 44, 4: 44 },
	companyGatewayId: { 1: 3412, 13: 3412 },
	paymentMethodId: { 113: 44 },
	customerPaymentMethodId: { 113: 44 },
	productRatePlanId: { 124: 7 },
	productRateplanId: { 143: 7 },
	productRatePlanChargeId: { 7: 79, 170: 79 },
	ratePlanId: { 151: 7 },
};

/** An example body with the ids it names mapped to records the simulator holds, at every depth. */
export function mapExampleIds(value: unknown, key = ''): unknown {
	if (Array.isArray(value)) return value.map((element) => mapExampleIds(element, key));
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([child, inner]) => [child, mapExampleIds(inner, child)]));
	}
	const mapped = BODY_IDS[key]?.[String(value)];
	return mapped === undefined ? value : mapped;
}

/** One record with a numeric id and the given fields. */
export function expectRecord(output: IDataObject[], fields: IDataObject = {}): void {
	expect(output).toHaveLength(1);
	expect(output[0]).toMatchObject({ id: expect.any(Number), ...fields });
}

/** At least one record, each with the given fields. */
export function expectList(output: IDataObject[], fields: IDataObject = {}): void {
	expect(output.length).toBeGreaterThan(0);
	for (const record of output) expect(record).toMatchObject(fields);
}

export const expectDeleted = (output: IDataObject[]) => expect(output).toEqual([{ deleted: true }]);

/** The API key, and any other secret given, appear nowhere in a run (items, error, run data) in any form. */
export function expectNoSecrets(result: NodeRun, ...secrets: string[]): void {
	expectRunHasNoSecrets(result, [REBILLIA_KEYS.apiKey, ...secrets]);
}
