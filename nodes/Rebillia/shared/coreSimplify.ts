import type { IDataObject } from 'n8n-workflow';

/**
 * Simplified records: a subset of the keys Rebillia answers, picked as they are. Nothing is
 * computed, and a key the answer does not hold is left out (the paged invoice list, for one,
 * answers a slim record).
 */
function pick(record: unknown, keys: string[]): IDataObject {
	const result: IDataObject = {};
	if (!record || typeof record !== 'object' || Array.isArray(record)) return result;
	for (const key of keys) if (key in (record as IDataObject)) result[key] = (record as IDataObject)[key];
	return result;
}

const isObject = (value: unknown): value is IDataObject => !!value && typeof value === 'object' && !Array.isArray(value);

/** A linked record reduced to the keys that name it. */
function brief(record: IDataObject, key: string, keys: string[]): IDataObject {
	const linked = record[key];
	if (!(key in record)) return {};
	return { [key]: isObject(linked) ? pick(linked, keys) : linked };
}

const PERSON = ['id', 'firstName', 'lastName', 'email'];

const CUSTOMER_KEYS = [
	'id',
	'customerId',
	'firstName',
	'lastName',
	'email',
	'businessName',
	'phoneNum',
	'status',
	'preferredCurrency',
	'locale',
	'createdAt',
	'updatedAt',
];

export const simplifyCustomer = (record: IDataObject): IDataObject => pick(record, CUSTOMER_KEYS);

const SUBSCRIPTION_KEYS = [
	'id',
	'name',
	'status',
	'nextCharge',
	'lastCharge',
	'recurringChargeAmount',
	'oneTimeChargeAmount',
	'usageChargeAmount',
	'source',
	'createdAt',
	'updatedAt',
];

export const simplifySubscription = (record: IDataObject): IDataObject => ({
	...pick(record, SUBSCRIPTION_KEYS),
	...brief(record, 'customer', PERSON),
});

const INVOICE_KEYS = [
	'id',
	'invoiceNo',
	'status',
	'customerName',
	'customerEmail',
	'total',
	'balanceDue',
	'paymentType',
	'dateFrom',
	'dateTo',
	'dateDue',
	'datePaid',
	'createdAt',
	'updatedAt',
];

export const simplifyInvoice = (record: IDataObject): IDataObject => ({
	...pick(record, INVOICE_KEYS),
	...brief(record, 'customer', PERSON),
});

const TRANSACTION_KEYS = [
	'id',
	'invoiceId',
	'type',
	'status',
	'amount',
	'paymentType',
	'paymentMethod',
	'paymentAccountName',
	'paymentAccountNumber',
	'transactionId',
	'errorMessage',
	'createdAt',
];

/** A transaction; Get answers `{transaction, dataGateway, invoice}`, whose invoice is reduced. */
export const simplifyTransaction = (record: IDataObject): IDataObject => {
	if (!isObject(record.transaction)) return { ...pick(record, TRANSACTION_KEYS), ...brief(record, 'customer', PERSON) };
	return {
		...pick(record.transaction, TRANSACTION_KEYS),
		...brief(record.transaction, 'customer', PERSON),
		...brief(record, 'invoice', ['id', 'invoiceNo', 'status', 'total', 'balanceDue']),
	};
};
