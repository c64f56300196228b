import type { IDataObject } from 'n8n-workflow';

/**
 * The fields most workflows use from each record a trigger emits: its own scalar fields that say
 * what happened, and the ids (and customer email) of what it links to, instead of whole nested
 * records.
 */

const objectAt = (record: IDataObject, key: string): IDataObject | undefined => {
	const value = record[key];
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : undefined;
};

const idAt = (record: IDataObject, key: string) => objectAt(record, key)?.id ?? null;

function pick(record: IDataObject, keys: string[]): IDataObject {
	const picked: IDataObject = {};
	for (const key of keys) if (record[key] !== undefined) picked[key] = record[key];
	return picked;
}

export function simplifyCustomer(record: IDataObject): IDataObject {
	return pick(record, [
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
	]);
}

export function simplifySubscription(record: IDataObject): IDataObject {
	const customer = objectAt(record, 'customer');
	return {
		...pick(record, ['id', 'name', 'status']),
		customerId: customer?.id ?? null,
		customerEmail: customer?.email ?? null,
		...pick(record, ['recurringChargeAmount', 'nextCharge', 'lastCharge', 'source']),
		paymentMethodId: idAt(record, 'customerPaymentMethod'),
		...pick(record, ['createdAt', 'updatedAt']),
	};
}

export function simplifyInvoice(record: IDataObject): IDataObject {
	return {
		...pick(record, ['id', 'invoiceNo', 'status']),
		customerId: idAt(record, 'customer'),
		...pick(record, ['customerName', 'customerEmail', 'total', 'balanceDue', 'dateDue', 'datePaid', 'paymentType', 'createdAt', 'updatedAt']),
	};
}

/** An entry of the invoices-by-status list is already slim (id, customer, dates, amounts, status). */
export function simplifyInvoiceEntry(record: IDataObject): IDataObject {
	return pick(record, ['id', 'status', 'customerName', 'total', 'balanceDue', 'dateFrom', 'dateTo', 'dateDue', 'datePaid']);
}

export function simplifyTransaction(record: IDataObject): IDataObject {
	const customer = objectAt(record, 'customer');
	return {
		...pick(record, ['id', 'invoiceId', 'type', 'status', 'amount']),
		customerId: customer?.id ?? null,
		customerEmail: customer?.email ?? null,
		...pick(record, ['paymentType', 'paymentMethod', 'paymentAccountNumber', 'errorMessage', 'transactionId', 'createdAt']),
	};
}

export function simplifyBillRun(record: IDataObject): IDataObject {
	return pick(record, ['id', 'status', 'targetDate', 'executedOn', 'completedOn', 'invoiceCount', 'subscriptionCount', 'createdAt']);
}
