import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { XonvoApi } from '../../credentials/XonvoApi.credentials';
import { Xonvo } from '../../nodes/Xonvo/Xonvo.node';
import { XonvoTrigger } from '../../nodes/Xonvo/XonvoTrigger.node';
import type { TestEnvironment } from './engine';
import { testNode } from './engine';
import { XONVO_USER, type XonvoSim } from './xonvo-sim';

export * from './xonvo-sim';

export function xonvoCredentials(sim: XonvoSim, overrides: IDataObject = {}): ICredentialDataDecryptedObject {
	return {
		baseUrl: `${sim.apiRoot}/`,
		username: XONVO_USER.username,
		password: XONVO_USER.password,
		accountId: '',
		requestsPerSecond: 50,
		...overrides,
	};
}

export function xonvoEnvironment(sim: XonvoSim, overrides: IDataObject = {}): TestEnvironment {
	return {
		nodeTypes: { xonvo: new Xonvo(), xonvoTrigger: new XonvoTrigger() },
		credentialTypes: { xonvoApi: new XonvoApi() },
		credentials: { xonvoApi: xonvoCredentials(sim, overrides) },
	};
}

const CREDENTIAL = { xonvoApi: { id: 'xonvo-cred-1', name: 'XONVO test credential' } };

export function xonvoNode(parameters: IDataObject) {
	return testNode('xonvo', parameters, { credentials: CREDENTIAL });
}

export function xonvoTriggerNode(parameters: IDataObject) {
	return testNode('xonvoTrigger', parameters, { name: 'XONVO Trigger', credentials: CREDENTIAL });
}

export const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });
