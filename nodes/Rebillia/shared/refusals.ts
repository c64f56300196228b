import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Rebillia answers some refusals with a generic text ("Invalid form data", "A charge of an
 * invoice was fail."). Where the rule behind them is known, the error says it (an operation's
 * `errorMeanings`), and the node refuses before sending when the input item already shows the
 * rule is broken.
 */

/** The input item, when it is the record this operation acts on (same id), else undefined. */
export function inputRecord(context: IExecuteSingleFunctions, idParameter: string): IDataObject | undefined {
	const id = String(context.getNodeParameter(idParameter, '', { extractValue: true }) ?? '').trim();
	const json = context.getInputData()?.json as IDataObject | undefined;
	if (!id || !json || json.id === undefined || json.id === null) return undefined;
	return String(json.id).trim() === id ? json : undefined;
}

export const CHARGE_REFUSED =
	'Rebillia refuses to charge an invoice that is already paid, voided or refunded, and a payment the gateway declines. Check the invoice\'s status and balance due (Invoice › Get) and the payment method, then charge at most the balance due, in cents.';

export const REFUND_REFUSED =
	'Rebillia refuses a refund of more than is left of the payment (its amount minus earlier refunds) and of a payment that is not a settled sale. The amount is a decimal (2.50 means 2.50), not cents. Check the transaction (Transaction › Get) for its type, status and amount.';

/** Refuses a charge of an invoice the input item shows as paid. */
export function refuseChargeOfPaidInvoice(this: IExecuteSingleFunctions): void {
	const invoice = inputRecord(this, 'invoiceId');
	if (invoice?.status !== 'paid') return;
	throw new NodeOperationError(this.getNode(), `Invoice ${String(invoice.id)} is already paid`, {
		itemIndex: this.getItemIndex(),
		description:
			'The input item shows this invoice with status "paid", and Rebillia refuses to charge a paid invoice. Charge only invoices with a balance due.',
	});
}

/** Refuses a refund above the payment the input item shows. */
export function refuseRefundAbovePayment(this: IExecuteSingleFunctions, amount: number): void {
	const transaction = inputRecord(this, 'transactionId');
	const paid = Number(transaction?.amount);
	if (!transaction || transaction.amount === undefined || !Number.isFinite(paid) || amount <= paid + 0.000001) return;
	throw new NodeOperationError(
		this.getNode(),
		`"Amount (Decimal)" ${amount} is more than was paid: transaction ${String(transaction.id)} was for ${paid}`,
		{
			itemIndex: this.getItemIndex(),
			description: `A refund gives back at most what is left of the payment. The amount is a decimal (2.50 means 2.50), not cents: enter at most ${paid}.`,
		},
	);
}
