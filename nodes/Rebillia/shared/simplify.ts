import type { IDataObject } from 'n8n-workflow';

/**
 * Simplified records: a subset of the keys Rebillia answers, picked as they are. Nothing is
 * computed, and a key the answer does not hold is left out (the paged invoice list, for one,
 * answers a slim record). The action nodes keep a linked customer as a short record; the trigger
 * gives the ids (and email) of what a record links to, flat, as most workflows map them.
 */

const isObject = (value: unknown): value is IDataObject => !!value && typeof value === 'object' && !Array.isArray(value);

function pick(record: unknown, keys: string[]): IDataObject {
	const result: IDataObject = {};
	if (!isObject(record)) return result;
	for (const key of keys) if (key in record) result[key] = record[key];
	return result;
}

/** A linked record reduced to the keys that name it. */
function brief(record: IDataObject, key: string, keys: string[]): IDataObject {
	if (!(key in record)) return {};
	const linked = record[key];
	return { [key]: isObject(linked) ? pick(linked, keys) : linked };
}

const linked = (record: IDataObject, key: string) => (isObject(record[key]) ? (record[key] as IDataObject) : undefined);
const idOf = (record: IDataObject, key: string) => linked(record, key)?.id ?? null;

const PERSON = ['id', 'firstName', 'lastName', 'email'];

const CUSTOMER_KEYS = ['id', 'customerId', 'firstName', 'lastName', 'email', 'businessName', 'phoneNum', 'status', 'preferredCurrency', 'locale', 'createdAt', 'updatedAt'];

/** A customer, in the action nodes and the trigger alike. */
export const simplifyCustomer = (record: IDataObject): IDataObject => pick(record, CUSTOMER_KEYS);

// ------------------------------------------------------------------ the action nodes

const SUBSCRIPTION_KEYS = ['id', 'name', 'status', 'nextCharge', 'lastCharge', 'recurringChargeAmount', 'oneTimeChargeAmount', 'usageChargeAmount', 'source', 'createdAt', 'updatedAt'];

export const simplifySubscription = (record: IDataObject): IDataObject => ({
	...pick(record, SUBSCRIPTION_KEYS),
	...brief(record, 'customer', PERSON),
});

const INVOICE_KEYS = ['id', 'invoiceNo', 'status', 'customerName', 'customerEmail', 'total', 'balanceDue', 'paymentType', 'dateFrom', 'dateTo', 'dateDue', 'datePaid', 'createdAt', 'updatedAt'];

export const simplifyInvoice = (record: IDataObject): IDataObject => ({
	...pick(record, INVOICE_KEYS),
	...brief(record, 'customer', PERSON),
});

const TRANSACTION_KEYS = ['id', 'invoiceId', 'type', 'status', 'amount', 'paymentType', 'paymentMethod', 'paymentAccountName', 'paymentAccountNumber', 'transactionId', 'errorMessage', 'createdAt'];

/** A transaction; Get answers `{transaction, dataGateway, invoice}`, whose invoice is reduced. */
export const simplifyTransaction = (record: IDataObject): IDataObject => {
	if (!isObject(record.transaction)) return { ...pick(record, TRANSACTION_KEYS), ...brief(record, 'customer', PERSON) };
	return {
		...pick(record.transaction, TRANSACTION_KEYS),
		...brief(record.transaction, 'customer', PERSON),
		...brief(record, 'invoice', ['id', 'invoiceNo', 'status', 'total', 'balanceDue']),
	};
};

/** Relations a shopper's subscription carries when asked for with Include; Simplify keeps them. */
const SHOPPER_RELATIONS = ['ratePlan', 'rateplan', 'product', 'externalProduct', 'externalAddress', 'externalRatePlanCharges'];

/** A subscription of the storefront's shopper: its own fields, the ids of what it links to, and any included relation. */
export function simplifyShopperSubscription(record: IDataObject): IDataObject {
	const simple: IDataObject = {
		id: record.id,
		name: record.name,
		status: record.status,
		nextCharge: record.nextCharge,
		lastCharge: record.lastCharge,
		recurringChargeAmount: record.recurringChargeAmount,
		shippingAmount: record.shippingAmount,
		paymentMethodId: idOf(record, 'customerPaymentMethod'),
		externalAddressId: record.externalAddressId ?? null,
		createdAt: record.createdAt,
		updatedAt: record.updatedAt,
	};
	for (const relation of SHOPPER_RELATIONS) if (record[relation] !== undefined) simple[relation] = record[relation];
	return simple;
}

// ------------------------------------------------------------------ the trigger's events

export function subscriptionEvent(record: IDataObject): IDataObject {
	return {
		...pick(record, ['id', 'name', 'status']),
		customerId: linked(record, 'customer')?.id ?? null,
		customerEmail: linked(record, 'customer')?.email ?? null,
		...pick(record, ['recurringChargeAmount', 'nextCharge', 'lastCharge', 'source']),
		paymentMethodId: idOf(record, 'customerPaymentMethod'),
		...pick(record, ['createdAt', 'updatedAt']),
	};
}

export function invoiceEvent(record: IDataObject): IDataObject {
	return {
		...pick(record, ['id', 'invoiceNo', 'status']),
		customerId: idOf(record, 'customer'),
		...pick(record, ['customerName', 'customerEmail', 'total', 'balanceDue', 'dateDue', 'datePaid', 'paymentType', 'createdAt', 'updatedAt']),
	};
}

/** An entry of the invoices-by-status list is already slim (id, customer, dates, amounts, status). */
export const invoiceEntryEvent = (record: IDataObject): IDataObject =>
	pick(record, ['id', 'status', 'customerName', 'total', 'balanceDue', 'dateFrom', 'dateTo', 'dateDue', 'datePaid']);

export function transactionEvent(record: IDataObject): IDataObject {
	return {
		...pick(record, ['id', 'invoiceId', 'type', 'status', 'amount']),
		customerId: linked(record, 'customer')?.id ?? null,
		customerEmail: linked(record, 'customer')?.email ?? null,
		...pick(record, ['paymentType', 'paymentMethod', 'paymentAccountNumber', 'errorMessage', 'transactionId', 'createdAt']),
	};
}

export const billRunEvent = (record: IDataObject): IDataObject =>
	pick(record, ['id', 'status', 'targetDate', 'executedOn', 'completedOn', 'invoiceCount', 'subscriptionCount', 'createdAt']);
