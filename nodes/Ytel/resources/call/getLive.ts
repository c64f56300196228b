import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { wholeListFields } from '../campaignKit';

export const getLive = defineOperation(ytel, {
	value: 'getLive',
	name: 'Get Many Live',
	action: 'Get many live calls',
	description: 'List the calls in progress on the account (an ended call leaves the list)',
	method: 'GET',
	path: '/v4/call/live',
	output: 'list',
	properties: wholeListFields(),
});
