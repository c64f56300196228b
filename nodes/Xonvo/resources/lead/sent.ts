import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

/**
 * What a lead request sent, per node run and item: XONVO answers these with an empty body, so
 * the node outputs what went out instead (the lead, or the account and count of a bulk list).
 * Keyed by the run's execute data (one object per node run), so nothing outlives the run.
 */
const sentByRun = new WeakMap<object, Map<number, IDataObject>>();

export function rememberSent(context: IExecuteSingleFunctions, sent: IDataObject): void {
	const run = context.getExecuteData() as object;
	if (!sentByRun.has(run)) sentByRun.set(run, new Map());
	sentByRun.get(run)!.set(context.getItemIndex(), sent);
}

/** The output for an empty answer: what was sent, or `sample` for the output schema. */
export function sentOutput(sample: IDataObject) {
	return (context: IExecuteSingleFunctions | undefined): IDataObject => {
		if (!context) return sample;
		return sentByRun.get(context.getExecuteData() as object)?.get(context.getItemIndex()) ?? {};
	};
}
