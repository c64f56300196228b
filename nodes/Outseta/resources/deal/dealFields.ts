import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { accountLocator, bodyField, customPropertiesField, extraPropertiesField, textField } from '../../shared/descriptions';

/** The people on a deal, by Uid (one a line, or separated by commas), sent as `DealPeople[].Person.Uid`. */
function dealPeopleField(collection: string): INodeProperties {
	return {
		displayName: 'People',
		name: 'people',
		type: 'string',
		default: '',
		placeholder: 'e.g. 8vWy1Wbw, qrm0A4QX',
		description: 'Uids of the people on the deal, separated by commas; on Update they replace the ones there',
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const raw = this.getNodeParameter(`${collection}.people`, '') as unknown;
						const uids = (Array.isArray(raw) ? raw : String(raw ?? '').split(/[\n,]/)).map((uid) => String(uid).trim()).filter(Boolean);
						if (uids.length) {
							requestOptions.body = { ...(requestOptions.body as IDataObject), DealPeople: uids.map((Uid) => ({ Person: { Uid } })) };
						}
						return requestOptions;
					},
				],
			},
		},
	};
}

/** The deal properties after the name and stage, shared by Create and Update. */
export function dealProperties(collection: string): INodeProperties[] {
	return [
		bodyField({ displayName: 'Amount', name: 'amount', type: 'number', typeOptions: { numberPrecision: 2 }, default: 0 }, 'Amount'),
		{ ...accountLocator, required: false, description: 'The account the deal is with', routing: { send: { type: 'body', property: 'Account.Uid', value: '={{ $value || undefined }}' } } },
		textField('Assigned To (Client Identifier)', 'assignedTo', 'AssignedToPersonClientIdentifier', 'e.g. rep-7', {
			description: 'Client identifier of the team member who owns the deal',
		}),
		dealPeopleField(collection),
		customPropertiesField(collection),
		extraPropertiesField(collection, '{"DealPipelineStage": {"Uid": "wZmNZm2O"}}'),
	];
}

export const stageField = (required: boolean): INodeProperties =>
	textField('Pipeline Stage Uid', 'stageUid', 'DealPipelineStage.Uid', 'e.g. 4XQYqQPB', {
		required,
		description: 'The Uid of the deal pipeline stage (Outseta shows it in the pipeline settings)',
	});
