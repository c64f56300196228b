import { includeOption } from '../../shared/fields';

/** The relations an invoice can embed. */
export const invoiceInclude = includeOption([
	['Bill Runs', 'billruns'],
	['Lines', 'detail'],
	['Transactions', 'transactions'],
]);
