/**
 * The Ytel simulator's outgoing calls (test/simulators/ytel/webhooks-out.js) and the records the
 * Ytel Webhook Trigger changes, for the engine test and the real-n8n test alike.
 */
import type { IDataObject } from 'n8n-workflow';
import type { YtelSim } from './ytel-sim';

export interface Delivery {
	id: string;
	event: string;
	method: string;
	url: string;
	headers: Record<string, string>;
	body: string;
	status?: number;
	contentType?: string | null;
	response?: string;
	error?: string;
	done: boolean;
}

/** Has the simulator call the URL an event would reach, and waits for the answer. */
export async function deliver(sim: YtelSim, body: IDataObject, timeoutMs = 30_000): Promise<Delivery> {
	const { delivery } = await sim.control<{ delivery: string }>('deliver', body);
	const until = Date.now() + timeoutMs;
	for (;;) {
		const found = (await sim.control<Delivery[]>('deliveries', {}, 'GET')).find((entry) => entry.id === delivery);
		if (found?.done) return found;
		if (Date.now() > until) throw new Error(`delivery ${delivery} did not finish within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

/** A number of the account as Get Number answers it. */
export async function numberRecord(sim: YtelSim, phoneNumber: string): Promise<IDataObject> {
	const response = await sim.api('GET', `/v4/number/${encodeURIComponent(phoneNumber)}`);
	return (response.body as IDataObject & { payload: IDataObject[] }).payload[0];
}

/** Sets a number's fields directly (the state a test starts from). */
export async function setNumber(sim: YtelSim, phoneNumber: string, fields: IDataObject): Promise<void> {
	const response = await sim.api('PUT', `/v4/number/${encodeURIComponent(phoneNumber)}`, fields);
	if ((response.body as IDataObject).status !== true) throw new Error(`could not set ${phoneNumber}: ${response.text}`);
}

/** A callback configuration, or undefined when Ytel no longer has it. */
export async function configurationRecord(sim: YtelSim, id: string): Promise<IDataObject | undefined> {
	const response = await sim.api('GET', `/v4/callback/configuration/${encodeURIComponent(id)}`);
	const body = response.body as IDataObject & { payload?: IDataObject[] };
	return body.status === true ? body.payload?.[0] : undefined;
}
