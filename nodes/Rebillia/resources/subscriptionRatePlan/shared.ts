import { idField } from '../../shared/fields';

export const ratePlanIdField = idField({
	displayName: 'Rate Plan ID',
	name: 'ratePlanId',
	example: 7,
	description: 'The ID of one of the subscription’s rate plans (Get Many lists them)',
});
