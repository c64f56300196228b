import { defineOperation } from '../../../shared/operations';
import { xonvo } from '../../shared/api';
import { bulkProperties } from './bulk';

export const createMany = defineOperation(xonvo, {
	value: 'createMany',
	name: 'Create Many',
	action: 'Add many leads',
	description: 'Add a list of leads to one account in a single request',
	method: 'POST',
	path: '/leads/bulk',
	properties: bulkProperties('add'),
});
