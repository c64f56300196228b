import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { refuse } from '../../shared/validate';

const NEEDS_TOKEN = 'Profile operations act for the person an Outseta User Token credential signs in: pick one in Credential.';

/** Shown while Authentication is the API key: Outseta refuses profile requests made with it. */
export const userTokenNotice: INodeProperties = {
	displayName: NEEDS_TOKEN,
	name: 'userTokenNotice',
	type: 'notice',
	default: '',
	displayOptions: { show: { authentication: ['apiKey'] } },
};

/** Refuses a profile request before sending when the node uses the API key. */
export function requireUserToken(this: IExecuteSingleFunctions): void {
	if (this.getNodeParameter('authentication', 'apiKey') !== 'userToken') refuse(this, NEEDS_TOKEN, 'Outseta accepts only a user token on /profile. Nothing was sent.');
}
