import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';

export const getDefault = defineOperation(rebillia, {
	value: 'getDefault',
	name: 'Get Default',
	action: 'Get the default company currency',
	description: 'Get the currency the company bills in by default',
	method: 'GET',
	path: '/currencies/default',
});
