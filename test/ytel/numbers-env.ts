/** The Ytel Numbers node with the real `ytelApi` credential (email and password) against a simulator. */
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { YtelApi } from '../../credentials/YtelApi.credentials';
import { YtelNumbers } from '../../nodes/Ytel/YtelNumbers.node';
import type { LoggedRequest } from '../helpers/coverage';
import type { TestEnvironment } from '../helpers/engine';
import { YTEL_USER, type YtelSim } from '../helpers/ytel-sim';

export const CREDENTIAL = { ytelApi: { id: 'ytel-cred-1', name: 'Ytel test credential' } };

/** The ytelApi credential (email and password) against the simulator; shared by the Ytel node tests. */
export function ytelCredentials(sim: YtelSim, overrides: IDataObject = {}): ICredentialDataDecryptedObject {
	return {
		authMode: 'emailPassword',
		email: YTEL_USER.email,
		password: YTEL_USER.password,
		apiToken: '',
		baseUrl: sim.url,
		yccBaseUrl: 'https://ycc-api.ytel.com/api/v2',
		requestsPerSecond: 150,
		accessToken: '',
		refreshToken: '',
		...overrides,
	};
}

export function numbersEnvironment(sim: YtelSim): TestEnvironment {
	return { nodeTypes: { ytelNumbers: new YtelNumbers() }, credentialTypes: { ytelApi: new YtelApi() }, credentials: { ytelApi: ytelCredentials(sim) } };
}

/** The password and the tokens the sign-in stored (all that may never show). */
export const secretsOf = (env: TestEnvironment) =>
	[YTEL_USER.password, String(env.credentials.ytelApi.accessToken ?? ''), String(env.credentials.ytelApi.refreshToken ?? '')].filter((secret) => secret.length > 6);

/** What reached Ytel's v4 API (the token exchange left out), oldest first. */
export const v4Requests = async (sim: YtelSim) => ((await sim.requests()) as unknown as LoggedRequest[]).filter((request) => request.path.startsWith('/v4/'));

