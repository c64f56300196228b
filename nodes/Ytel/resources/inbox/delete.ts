import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { inboxInPath } from './shared';

export const remove = defineOperation(ytel, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an inbox',
	description: 'Delete an inbox',
	method: 'DELETE',
	path: '/v4/inbox/{inboxName}',
	properties: [inboxInPath],
});
