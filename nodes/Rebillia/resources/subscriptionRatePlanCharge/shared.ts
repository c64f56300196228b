import { idField } from '../../shared/fields';

export const ratePlanChargeIdField = idField({
	displayName: 'Rate Plan Charge ID',
	name: 'ratePlanChargeId',
	example: 2777,
	description: 'The ID of a charge of one of the subscription’s rate plans (Subscription Rate Plan: Get lists them)',
});
