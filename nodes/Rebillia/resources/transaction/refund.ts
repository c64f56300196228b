import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { DECIMAL_HINT } from '../../shared/fields';
import { transactionLocator } from '../../shared/locators';
import { REFUND_REFUSED, refuseRefundAbovePayment } from '../../shared/refusals';

export const refund = defineOperation(rebillia, {
	value: 'refund',
	name: 'Refund',
	action: 'Refund a transaction',
	description: 'Give back all or part of a settled payment',
	method: 'POST',
	path: '/transactions/{transactionId}/refund',
	properties: [
		transactionLocator(),
		{
			displayName: 'Amount (Decimal)',
			name: 'amount',
			hint: DECIMAL_HINT,
			type: 'number',
			required: true,
			default: 0,
			typeOptions: { minValue: 0, numberPrecision: 2 },
			placeholder: 'e.g. 2.50',
			description: 'Amount to refund as a decimal amount (e.g. 2.50), at most what is left of the payment; unlike charges, not in cents. Rebillia answers amounts as decimal strings such as "2.5000".',
			// Rebillia takes the refund amount in the query string, with no body.
			routing: { send: { type: 'query', property: 'amount', propertyInDotNotation: false } },
		},
	],
	validate(request) {
		const amount = Number((request.qs as IDataObject | undefined)?.amount);
		if (!(amount > 0)) {
			throw new NodeOperationError(this.getNode(), '"Amount (Decimal)" must be above 0', { itemIndex: this.getItemIndex() });
		}
		refuseRefundAbovePayment.call(this, amount);
	},
	errorMeanings: { error_form_attributes: REFUND_REFUSED },
});
