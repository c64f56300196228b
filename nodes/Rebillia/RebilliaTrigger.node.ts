import {
	NodeConnectionTypes,
	type IDataObject,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';
import { simplifyField } from '../shared/fields';
import { isoTimestamps, pollNewByMaxId, pollNewBySeenSet, type IdFeed, type SeenFeed } from '../shared/poll';
import { nextPage, type PageCursor } from '../shared/paging';
import { vendorRequest } from '../shared/request';
import { eventOption } from '../shared/triggerOutput';
import { rebillia, rebilliaRecords } from './shared/api';
import { billRunEvent, invoiceEntryEvent, invoiceEvent, simplifyCustomer, subscriptionEvent, transactionEvent } from './shared/simplify';
import { INVOICE_STATUSES, invoiceStatusOptions } from './shared/statuses';

/** Records read per page; a burst larger than a page is read page by page. */
export const TRIGGER_PAGE_SIZE = 50;
/** Entries the status events remember (the bound of their state). */
export const REMEMBERED_ENTRIES = 500;

const FAILED_PAYMENT = new Set(['declined', 'error']);

/** Rebillia's timestamps: `YYYY-MM-DD hh:mm:ss` (UTC) in records, ISO-8601 with +00:00 in the invoice envelope. */
const rebilliaTime = isoTimestamps({ zonelessAs: 'utc', writeZone: false });

interface NewRecordEvent {
	path: string;
	simplify: (record: IDataObject) => IDataObject;
}

const NEW_RECORD_EVENTS: Record<string, NewRecordEvent> = {
	newCustomer: { path: '/customers', simplify: simplifyCustomer },
	newSubscription: { path: '/subscriptions', simplify: subscriptionEvent },
	newInvoice: { path: '/invoices', simplify: invoiceEvent },
	newTransaction: { path: '/transactions', simplify: transactionEvent },
};

/**
 * A Rebillia list read page by page, newest first by `orderBy`; the reader is called with pages 0,
 * 1, 2, … of one poll. The bare-array lists document no paging: `page`/`itemPerPage` are sent, and
 * a list that ignores them (answering more than a page) is read whole in one request. A short page
 * does not mean the end (a silent cap would look the same): the next pages ask for the size served
 * (the shared `nextPage`); an empty page, the envelope's total of records, or else its
 * `totalPages`, does.
 */
function pagedList(context: IPollFunctions, path: string, qs: IDataObject) {
	let cursor: PageCursor = { size: TRIGGER_PAGE_SIZE, index: 0 };
	let read = 0;
	return async (page: number) => {
		if (page === 0) {
			cursor = { size: TRIGGER_PAGE_SIZE, index: 0 };
			read = 0;
		}
		const body = await vendorRequest.call(context, rebillia, {
			method: 'GET',
			path,
			qs: { ...qs, sortBy: 'desc', itemPerPage: cursor.size, page: cursor.index + 1 },
		});
		const records = rebilliaRecords(body);
		read += records.length;
		const envelope = !Array.isArray(body) && body && typeof body === 'object' ? (body as IDataObject) : {};
		const number = (key: string) => (typeof envelope[key] === 'number' ? (envelope[key] as number) : undefined);
		const total = number('totalItems');
		const totalPages = number('totalPages');
		const more =
			records.length > 0 &&
			records.length <= cursor.size &&
			(total !== undefined ? read < total : totalPages === undefined || cursor.index + 1 < totalPages);
		cursor = nextPage(cursor, records.length, read, number('itemsPerPage'));
		return { records, more };
	};
}

/** By id; `createdAt` tells the id cursor when to give up waiting for an id it passed (a late commit). */
function newRecordFeed(context: IPollFunctions, path: string): IdFeed {
	return {
		newestFirst: pagedList(context, path, { orderBy: 'id' }),
		id: (record) => Number(record.id),
		createdAt: (record) => rebilliaTime.parse(record.createdAt),
	};
}

/**
 * Invoices entering one status. Paid: the paid list (`status=paid`, the paged envelope) by payment
 * date, newest first; an invoice paid again after a refund has a new payment date and counts
 * again. Other statuses have no entry date in that list's slim items: the invoice list by
 * `updatedAt` (a status change updates it), newest first, filtered here by status.
 */
function invoiceStatusFeed(context: IPollFunctions, status: string): SeenFeed {
	if (status === 'paid') {
		return {
			newestFirst: pagedList(context, '/invoices', { status, orderBy: 'datePaid' }),
			id: (record) => `${String(record.id)}|${String(record.datePaid ?? '')}`,
			enteredAt: (record) => rebilliaTime.parse(record.datePaid),
		};
	}
	const ownDate = INVOICE_STATUSES.find((entry) => entry.value === status)?.enteredAt;
	return {
		newestFirst: pagedList(context, '/invoices', { orderBy: 'updatedAt' }),
		id: (record) => `${String(record.id)}|${String(record.status)}|${ownDate ? String(record[ownDate] ?? '') : ''}`,
		enteredAt: (record) => rebilliaTime.parse(record.updatedAt),
	};
}

/** Completed bill runs, most recently completed first (`query=completed` matches both completed statuses). */
function completedBillRunFeed(context: IPollFunctions): SeenFeed {
	return {
		newestFirst: pagedList(context, '/bill-run', { query: 'completed', orderBy: 'completedOn' }),
		id: (record) => `${String(record.id)}|${String(record.completedOn ?? '')}`,
		enteredAt: (record) => rebilliaTime.parse(record.completedOn),
	};
}

/** An Event option, remembered with what it emits by default: the list's records, simplified. */
const event = (option: { name: string; value: string; description: string }, path: string, simplify: (record: IDataObject) => IDataObject) =>
	eventOption(option, { method: 'GET', path, items: (body) => rebilliaRecords(body).map(simplify) });

export class RebilliaTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Rebillia Trigger',
		name: 'rebilliaTrigger',
		icon: { light: 'file:../../icons/rebillia.svg', dark: 'file:../../icons/rebillia.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{ {"newCustomer": "New Customer", "newSubscription": "New Subscription", "newInvoice": "New Invoice", "newTransaction": "New Transaction", "invoiceStatusChanged": "Invoice Status Changed", "billRunCompleted": "Bill Run Completed"}[$parameter["event"]] }}',
		description:
			'Rebillia, subscription management and recurring billing: starts a workflow on new customers, subscriptions, invoices and payments, invoice status changes and completed bill runs',
		defaults: { name: 'Rebillia Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'rebilliaApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					event({ name: 'Bill Run Completed', value: 'billRunCompleted', description: 'A bill run finished' }, '/bill-run', billRunEvent),
					// By default (Paid) the entries of the paid list, which are slimmer than invoices.
					event(
						{ name: 'Invoice Status Changed', value: 'invoiceStatusChanged', description: 'An invoice entered a chosen status, e.g. paid' },
						'/invoices',
						invoiceEntryEvent,
					),
					event({ name: 'New Customer', value: 'newCustomer', description: 'A customer was created' }, '/customers', simplifyCustomer),
					event({ name: 'New Invoice', value: 'newInvoice', description: 'An invoice was created' }, '/invoices', invoiceEvent),
					event({ name: 'New Subscription', value: 'newSubscription', description: 'A subscription was created' }, '/subscriptions', subscriptionEvent),
					event(
						{ name: 'New Transaction', value: 'newTransaction', description: 'A payment, refund or failed payment was recorded' },
						'/transactions',
						transactionEvent,
					),
				],
				default: 'newInvoice',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: invoiceStatusOptions,
				default: 'paid',
				displayOptions: { show: { event: ['invoiceStatusChanged'] } },
				description: 'Emit an invoice once when it enters this status',
			},
			{
				displayName: 'Only Failed Payments',
				name: 'onlyFailed',
				type: 'boolean',
				default: false,
				displayOptions: { show: { event: ['newTransaction'] } },
				description: 'Whether to emit only transactions that were declined or ended in an error',
			},
			{
				displayName: 'Include Runs With Errors',
				name: 'includeErrors',
				type: 'boolean',
				default: true,
				displayOptions: { show: { event: ['billRunCompleted'] } },
				description: 'Whether bill runs that completed with errors are emitted too',
			},
			{
				displayName: `Rebillia has no event feed for this: each poll reads the latest changes and the trigger remembers the last ${REMEMBERED_ENTRIES} entries it saw, so each comes out once. For statuses other than Paid, an invoice edited long after it entered the status (after ${REMEMBERED_ENTRIES} newer invoice changes) may come out again.`,
				name: 'stateNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { event: ['invoiceStatusChanged'] } },
			},
			{
				displayName: `Each poll reads the most recently completed bill runs; the trigger remembers the last ${REMEMBERED_ENTRIES} it saw, so each run comes out once.`,
				name: 'billRunNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { event: ['billRunCompleted'] } },
			},
			simplifyField,
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		const simplify = this.getNodeParameter('simplify', true) !== false;
		const node = this.getNode().name;
		let result: INodeExecutionData[][] | null;
		let simplifier: (record: IDataObject) => IDataObject;

		if (event === 'invoiceStatusChanged') {
			const status = this.getNodeParameter('status', 'paid') as string;
			simplifier = status === 'paid' ? invoiceEntryEvent : invoiceEvent;
			result = await pollNewBySeenSet.call(this, invoiceStatusFeed(this, status), {
				key: `${event}:${status}`,
				remember: REMEMBERED_ENTRIES,
				emit: status === 'paid' ? undefined : (record) => record.status === status,
				onGap: () => this.logger.warn(`${node}: more invoices entered "${status}" since the last poll than one poll reads; the oldest of them were skipped`),
			});
		} else if (event === 'billRunCompleted') {
			const includeErrors = this.getNodeParameter('includeErrors', true) !== false;
			simplifier = billRunEvent;
			result = await pollNewBySeenSet.call(this, completedBillRunFeed(this), {
				key: event,
				remember: REMEMBERED_ENTRIES,
				emit: (record) => record.status === 'completed' || (includeErrors && record.status === 'completedWithErrors'),
				onGap: () => this.logger.warn(`${node}: more bill runs completed since the last poll than one poll reads; the oldest of them were skipped`),
			});
		} else {
			const spec = NEW_RECORD_EVENTS[event];
			const onlyFailed = event === 'newTransaction' && this.getNodeParameter('onlyFailed', false) === true;
			simplifier = spec.simplify;
			result = await pollNewByMaxId.call(this, newRecordFeed(this, spec.path), {
				// The cursor is the same with or without the filter: switching it does not re-seed.
				key: event,
				emit: onlyFailed ? (record) => FAILED_PAYMENT.has(String(record.status)) : undefined,
				onGap: (from, to) => this.logger.warn(`${node}: too many new records since the last poll; ids ${from}–${to} were skipped`),
			});
		}
		if (!result || !simplify) return result;
		return [result[0].map((item) => ({ ...item, json: simplifier(item.json) }))];
	}
}
