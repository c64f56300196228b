import type { IDataObject } from 'n8n-workflow';
import { SimRequest, SimulatorClient, useSimulator } from './sim-client';

const sim = require('../simulators/ytel-x5/server.js');

/** The simulator's API login: the collection's sample user and password. */
export const X5_LOGIN: { user: string; pass: string } = sim.DEFAULT_LOGIN;

export interface X5FunctionCount {
	requests: number;
	success: number;
	error: number;
	refused: number;
}

/** A running Ytel x5 (contact centre) simulator and its control routes. */
export class YtelX5Sim extends SimulatorClient<SimRequest> {
	constructor(remoteUrl?: string) {
		super(() => sim.createYtelX5Simulator(), remoteUrl);
	}

	async reset(): Promise<void> {
		await this.control('reset', {});
	}

	/** The API login the simulator accepts, and the functions it refuses to this user. */
	async configure(settings: { user?: string; pass?: string; deny?: string[] }): Promise<IDataObject> {
		return await this.control('x5', settings as IDataObject);
	}

	/** Requests per function since the last reset. */
	async counts(): Promise<Record<string, X5FunctionCount>> {
		return await this.control<Record<string, X5FunctionCount>>('counts', {}, 'GET');
	}

	/** A raw GET of one function, as a browser would send it. */
	async call(script: string, query: Record<string, string>): Promise<string> {
		const response = await fetch(`${this.url}${script}?${new URLSearchParams(query).toString()}`);
		return await response.text();
	}
}

/** An in-process x5 simulator for one describe block, reset before each test. */
export function useYtelX5Sim({ resetEach = true } = {}): YtelX5Sim {
	return useSimulator(new YtelX5Sim(), async (x5) => await x5.reset(), { resetEach });
}
