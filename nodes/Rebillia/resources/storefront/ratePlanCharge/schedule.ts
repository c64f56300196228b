import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { dayField } from '../../../shared/storefrontFields';
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
			bodyPath: 'chargedThroughDate',
			description: 'The day the charge is paid up to; the next charge follows it. Sent as YYYY-MM-DD in the workflow timezone.',
		}),
	],
});
