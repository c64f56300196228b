import { defineOperation } from '../../../../shared/operations';
import { dayField } from '../../../shared/fields';
import { rebilliaStorefront } from '../../../shared/storefront';
import { ratePlanChargeIdField } from './shared';

export const schedule = defineOperation(rebilliaStorefront, {
	value: 'schedule',
	name: 'Schedule Next Charge',
	action: 'Reschedule the next charge of a rate plan charge',
	description: 'Move the next charge of a subscription charge to another day; returns the subscription rate plan',
	method: 'PUT',
	path: '/rateplan-charges/{ratePlanChargeId}/schedule-next-charge',
	properties: [
		ratePlanChargeIdField,
		dayField({
			displayName: 'Charged Through Date',
			name: 'chargedThroughDate',
			required: true,
			send: { type: 'body', property: 'chargedThroughDate' },
			description: 'The day the charge is paid up to; the next charge follows it',
		}),
	],
});
