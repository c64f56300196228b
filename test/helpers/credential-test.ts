/**
 * A credential's Test button, run the way n8n 2.40's CredentialsTester.runRequestTest runs it:
 * a copy of a node type whose only property routes the credential's test request, executed by
 * RoutingNode, then the test's rules applied to the answer or the error. preAuthentication runs
 * first (n8n always runs it for a Test), by clearing the expirable field.
 */
import { ExecuteContext, RoutingNode } from 'n8n-core';
import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject, INode, INodeExecutionData, INodeType } from 'n8n-workflow';
import { createEmptyRunExecutionData, Workflow } from 'n8n-workflow';
import { additionalDataFor, nodeTypesOf, type TestEnvironment } from './engine';

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
	const testEnv: TestEnvironment = { ...env, credentials: { ...env.credentials, [credentialType]: data } };
	const nodeType = credentialTestNodeType(baseNode, credentialType, type);
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'credentialTest',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [credentialType]: { id: 'cred-test', name: 'Test' } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: nodeTypesOf({ credentialTest: nodeType }) });
	const context = new ExecuteContext(
		workflow,
		node,
		additionalDataFor(testEnv),
		'internal',
		createEmptyRunExecutionData(),
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	const rules = (type.test?.rules ?? []) as Array<{ type: string; properties: IDataObject }>;
	let response: INodeExecutionData[][] | null | undefined;
	try {
		response = await new RoutingNode(context, nodeType, { id: 'cred-test', name: 'Test', type: credentialType, data }).runNode();
	} catch (thrown) {
		const error = thrown as Error & { cause?: { response?: { status: number; statusText?: string }; code?: string } };
		const answer = error.cause?.response;
		if (answer) {
			for (const rule of rules) {
				if (rule.type === 'responseCode' && rule.properties.value === answer.status) {
					return { status: 'Error', message: String(rule.properties.message) };
				}
			}
			if (answer.status < 199 || answer.status > 299) {
				return { status: 'Error', message: answer.statusText || `Received HTTP status code: ${answer.status}` };
			}
		} else if (error.cause?.code) {
			return { status: 'Error', message: error.cause.code };
		}
		return { status: 'Error', message: error.message };
	}
	const body = response?.[0]?.[0]?.json as IDataObject | undefined;
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
