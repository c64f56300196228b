import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { deepMerge, locatorField } from '../../../shared/fields';
import { UUID_PLACEHOLDER } from '../common';
import { refuse } from '../call/shared';

/** The conference (Ytel lists no conferences: its ID comes from the call flow, e.g. a callback). */
export const conferenceId: INodeProperties = {
	displayName: 'Conference ID',
	name: 'confId',
	type: 'string',
	default: '',
	required: true,
	placeholder: UUID_PLACEHOLDER,
	description: 'The conference’s ID',
};

/** The conference ID, in the path and also in the body (these requests carry it in both). */
export const conferenceIdInBody: INodeProperties = {
	...conferenceId,
	routing: {
		send: {
			preSend: [
				async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
					const value = String(this.getNodeParameter('confId', '') ?? '').trim();
					if (!value) refuse(this, '"Conference ID" is required', 'Enter a value for "Conference ID".');
					requestOptions.body = deepMerge((requestOptions.body ?? {}) as IDataObject, { confId: value });
					return requestOptions;
				},
			],
		},
	},
};

/** A member of the conference above: from its members, or by member ID. */
export const memberId: INodeProperties = locatorField({
	displayName: 'Member',
	name: 'memberId',
	noun: 'member',
	searchListMethod: 'searchConferenceMembers',
	idPlaceholder: 'e.g. 12',
	description: 'The member of the conference (its member ID)',
});
