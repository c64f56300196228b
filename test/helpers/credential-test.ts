/**
 * A credential's Test button, run the way n8n 2.40's CredentialsTester.runRequestTest runs it:
 * a copy of a node type whose only property routes the credential's test request, executed by
 * RoutingNode, then the test's rules applied to the answer or the error. preAuthentication runs
 * first (n8n always runs it for a Test), by clearing the expirable field.
 */
import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject, INodeType } from 'n8n-workflow';
import { runNode, testNode, type TestEnvironment } from './engine';

export interface TestVerdict {
	status: 'OK' | 'Error';
	message: string;
	/** Requests the test sent are read from the simulator by the caller. */
}

function credentialTestNodeType(base: INodeType, credentialType: string, type: ICredentialType): INodeType {
	return {
		description: {
			...base.description,
			credentials: [{ name: credentialType, required: true }],
			properties: [
				{ displayName: 'Temp', name: 'temp', type: 'string', routing: { request: type.test!.request }, default: '' },
			],
		},
	};
}

export async function runCredentialTest(
	env: TestEnvironment,
	credentialType: string,
	baseNode: INodeType,
	credentials: ICredentialDataDecryptedObject,
): Promise<TestVerdict> {
	const type = env.credentialTypes[credentialType];
	const expirable = type.properties.find((property) => property.type === 'hidden' && property.typeOptions?.expirable);
	const data = { ...credentials, ...(expirable ? { [expirable.name]: '' } : {}) };
	const testEnv: TestEnvironment = {
		...env,
		credentials: { ...env.credentials, [credentialType]: data },
		nodeTypes: { credentialTest: credentialTestNodeType(baseNode, credentialType, type) },
	};
	const node = testNode('credentialTest', {}, { credentials: { [credentialType]: { id: 'cred-test', name: 'Test' } } });
	const result = await runNode(testEnv, node);
	const rules = (type.test?.rules ?? []) as Array<{ type: string; properties: IDataObject }>;
	const error = result.error as
		| (Error & { cause?: { response?: { status: number; statusText?: string }; code?: string }; httpCode?: string | null })
		| undefined;
	if (error) {
		// n8n reads the status from the error's cause; the engine hands the run's error over without
		// its cause, so its httpCode (NodeApiError copies the status there) stands in.
		const response =
			error.cause?.response ?? (error.httpCode && /^\d{3}$/.test(error.httpCode) ? { status: Number(error.httpCode), statusText: undefined } : undefined);
		if (response) {
			for (const rule of rules) {
				if (rule.type === 'responseCode' && rule.properties.value === response.status) {
					return { status: 'Error', message: String(rule.properties.message) };
				}
			}
			if (response.status < 199 || response.status > 299) {
				return { status: 'Error', message: response.statusText || `Received HTTP status code: ${response.status}` };
			}
		} else if (error.cause?.code) {
			return { status: 'Error', message: error.cause.code };
		}
		return { status: 'Error', message: error.message };
	}
	const body = result.items[0]?.json as IDataObject | undefined;
	for (const rule of rules) {
		if (rule.type === 'responseSuccessBody') {
			const value = String(rule.properties.key)
				.split('.')
				.reduce<unknown>((current, key) => (current && typeof current === 'object' ? (current as IDataObject)[key] : undefined), body);
			if (value === rule.properties.value) return { status: 'Error', message: String(rule.properties.message) };
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}
