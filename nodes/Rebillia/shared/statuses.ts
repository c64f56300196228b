import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { queryField } from '../../shared/fields';
import { bodyProperty, optionsOf } from './fields';

/** The statuses of Rebillia's records, named once for every node. */

/**
 * Invoice statuses as Rebillia's examples and API §2.6 list them, with the invoice's own date of
 * entering the status where it has one (the trigger tells entries apart by it).
 */
export const INVOICE_STATUSES: Array<INodePropertyOptions & { value: string; enteredAt?: string }> = [
	{ name: 'Canceled', value: 'canceled', enteredAt: 'dateVoid' },
	{ name: 'Paid', value: 'paid', enteredAt: 'datePaid' },
	{ name: 'Partially Paid', value: 'partialPaid' },
	{ name: 'Partially Refunded', value: 'partialRefund', enteredAt: 'dateRefund' },
	{ name: 'Payment Due', value: 'paymentDue' },
	{ name: 'Posted', value: 'posted' },
	{ name: 'Refunded', value: 'refund', enteredAt: 'dateRefund' },
	{ name: 'Request Payment', value: 'requestPayment' },
	{ name: 'Required Authorization', value: 'requiredAuthorization' },
	{ name: 'Voided', value: 'voided', enteredAt: 'dateVoid' },
];

export const invoiceStatusOptions: INodePropertyOptions[] = INVOICE_STATUSES.map(({ name, value }) => ({ name, value }));

/** Product statuses as Rebillia's product object lists them. */
export const PRODUCT_STATUSES = optionsOf(['active', 'disabled', 'draft', 'pending', 'published']);

/** Rate plan statuses as Rebillia's rate plan object lists them. */
export const RATE_PLAN_STATUSES = optionsOf(['active', 'created', 'disabled', 'draft', 'pending', 'published']);

export const BILL_RUN_STATUSES = optionsOf(['completed', 'completedWithErrors', 'inProgress', 'pending']);

/**
 * Subscription statuses. Rebillia documents two lists (active, cancelled, paused; and active,
 * requestPayment, paused, archived): all are offered, and its 400 message says which it takes.
 */
const SUBSCRIPTION_STATUSES = optionsOf(['active', 'archived', 'cancelled', 'paused', 'requestPayment']);

/**
 * A Status filter of a list: only `records` in the chosen status. Sent as `status`, or as
 * `queryName` where Rebillia filters by status through another parameter.
 */
export function statusFilter(options: INodePropertyOptions[], defaultStatus: string, records: string, queryName = 'status', description?: string): INodeProperties {
	return queryField(
		{ displayName: 'Status', name: 'status', type: 'options', options, default: defaultStatus, description: description ?? `Only ${records} in this status` },
		queryName,
	);
}

/** The required Status of an Update Status operation, sent as the body's `status`. */
export function statusProperty(options: INodePropertyOptions[], defaultStatus: string, description?: string): INodeProperties {
	return bodyProperty({ key: 'status', label: 'Status', kind: 'options', options, default: defaultStatus, required: true, description });
}

/** A subscription's new status (the company's node and the shopper's). */
export const subscriptionStatusProperty = (defaultStatus: string): INodeProperties =>
	statusProperty(SUBSCRIPTION_STATUSES, defaultStatus, 'The new status; if Rebillia refuses it, its error message lists the statuses it takes');
