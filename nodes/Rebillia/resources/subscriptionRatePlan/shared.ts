import { idField } from '../../shared/coreFields';

export const ratePlanIdField = idField({
	displayName: 'Rate Plan ID',
	name: 'ratePlanId',
	placeholder: 'e.g. 7',
	description: 'The ID of one of the subscription’s rate plans (Get Many lists them)',
});
