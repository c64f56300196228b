import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { refuse } from '../call/shared';
import { conferenceId } from './shared';

const LABEL = 'Audio Rules';

/**
 * AudioMapping: the collection's body is not JSON (`{{memberId}}` unquoted, `"nospeak|clear"`).
 * Its documented shape: a JSON array of `{source, destination, linkType}`, member IDs as numbers.
 */
const rules: INodeProperties = {
	displayName: LABEL,
	name: 'audioRules',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Audio Rule',
	default: {},
	required: true,
	description: 'Who can hear whom: each rule stops (or allows again) the audio from one member to another',
	options: [
		{
			displayName: 'Rule',
			name: 'rule',
			values: [
				{ displayName: 'From Member ID', name: 'source', type: 'number', default: 0, description: 'The member whose audio the rule is about' },
				{ displayName: 'To Member ID', name: 'destination', type: 'number', default: 0, description: 'The member who hears (or no longer hears) them' },
				{
					displayName: 'Rule',
					name: 'linkType',
					type: 'options',
					options: [
						{ name: 'Cannot Hear', value: 'nospeak', description: 'The audio from the first member does not reach the second' },
						{ name: 'Clear', value: 'clear', description: 'Remove the rule between them' },
					],
					default: 'nospeak',
				},
			],
		},
	],
	routing: {
		send: {
			preSend: [
				async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
					const entries = ((this.getNodeParameter('audioRules', {}) as IDataObject).rule ?? []) as IDataObject[];
					if (!entries.length) refuse(this, `"${LABEL}" needs at least one rule`, 'Add a rule with the two member IDs. Nothing was sent to Ytel.');
					requestOptions.body = entries.map((entry, index) => {
						const source = Number(entry.source);
						const destination = Number(entry.destination);
						for (const [name, value] of [['From Member ID', source], ['To Member ID', destination]] as const) {
							if (!Number.isInteger(value) || value < 0) refuse(this, `"${LABEL}" rule ${index + 1}: "${name}" must be a member ID (a whole number)`);
						}
						return { source, destination, linkType: String(entry.linkType ?? 'nospeak') };
					});
					return requestOptions;
				},
			],
		},
	},
};

export const mapAudio = defineOperation(ytel, {
	value: 'mapAudio',
	name: 'Set Audio Rules',
	action: 'Set who hears whom in a conference',
	description: 'Stop the audio from one member to another, or clear such a rule',
	method: 'POST',
	path: '/v4/conference/{confId}/audioMap',
	properties: [conferenceId, rules],
});
