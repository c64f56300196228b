/**
 * Money on the Rebillia nodes: every amount field says its unit (cents or decimal) in its name
 * and its hint, and the refusals Rebillia words generically ("Invalid form data", "A charge of an
 * invoice was fail.") say what to check; a charge of a paid invoice and a refund above the payment
 * are refused before sending when the input item shows them.
 */
import type { IDataObject, INodeProperties, INodeType } from 'n8n-workflow';
import { Rebillia } from '../../nodes/Rebillia/Rebillia.node';
import { RebilliaCatalog } from '../../nodes/Rebillia/RebilliaCatalog.node';
import { RebilliaSettings } from '../../nodes/Rebillia/RebilliaSettings.node';
import { RebilliaStorefront } from '../../nodes/Rebillia/RebilliaStorefront.node';
import { runNode, type NodeRun } from '../helpers/engine';
import { byId, rebilliaEnvironment, rebilliaNode, useRebilliaSim } from '../helpers/rebillia';
import { CORE_NODE_TYPE } from './core-scenarios';

const AMOUNT_NAME = /amount|price|total/i;
/** Not money: a percentage, a format name, a list of tiers, a price base. */
const NOT_MONEY = /percentage|format|tiers|base/i;

function amountFields(properties: INodeProperties[], path = ''): Array<{ path: string; property: INodeProperties }> {
	const found: Array<{ path: string; property: INodeProperties }> = [];
	for (const property of properties) {
		const here = `${path}/${property.name}`;
		const isMoney = property.type === 'number' || property.type === 'string';
		if (isMoney && AMOUNT_NAME.test(property.displayName) && !NOT_MONEY.test(property.displayName)) found.push({ path: here, property });
		for (const option of (property.options ?? []) as Array<INodeProperties & { values?: INodeProperties[] }>) {
			if (option.values) found.push(...amountFields(option.values, `${here}/${option.name}`));
			else if (option.type) found.push(...amountFields([option], here));
		}
	}
	return found;
}

describe('Rebillia money fields', () => {
	const nodes: INodeType[] = [new Rebillia(), new RebilliaCatalog(), new RebilliaSettings(), new RebilliaStorefront()];
	const fields = nodes.flatMap((node) => amountFields(node.description.properties).map((field) => ({ node: node.description.name, ...field })));

	it('finds the amount fields of all four nodes', () => {
		expect(new Set(fields.map((field) => field.node))).toEqual(new Set(['rebillia', 'rebilliaCatalog', 'rebilliaSettings', 'rebilliaStorefront']));
	});

	it('names the unit of every amount, and repeats it in the hint', () => {
		const unclear = fields
			.filter(({ property }) => {
				const unit = /\((Cents|Decimal)\)$/.exec(property.displayName)?.[1];
				if (!unit) return true;
				return !(unit === 'Cents' ? /^Whole cents: 1250 means 12\.50$/ : /^Decimal amount, not cents/).test(property.hint ?? '');
			})
			.map(({ node, path, property }) => `${node}${path} "${property.displayName}" hint=${property.hint ?? ''}`);
		expect(unclear).toEqual([]);
	});

	it('says the refund takes a decimal and the invoice charge cents, with the parameter names kept', () => {
		const core = fields.filter((field) => field.node === 'rebillia' && field.path === '/amount');
		const byOperation = (operation: string) =>
			core.find(({ property }) => property.displayOptions?.show?.operation?.includes(operation) && property.displayOptions?.show?.resource?.includes(operation === 'refund' ? 'transaction' : 'invoice'));
		expect(byOperation('refund')?.property.displayName).toBe('Amount (Decimal)');
		expect(byOperation('charge')?.property.displayName).toBe('Amount (Cents)');
	});
});

describe('Rebillia money refusals', () => {
	const sim = useRebilliaSim();
	const nodeTypes = { [CORE_NODE_TYPE]: new Rebillia() };
	const run = async (parameters: IDataObject, input: IDataObject = {}) =>
		await runNode(rebilliaEnvironment(sim, nodeTypes), rebilliaNode(CORE_NODE_TYPE, parameters), [input]);
	const errorText = (result: NodeRun) => `${result.error?.message ?? ''} ${result.error?.description ?? ''}`;

	it('explains Rebillia’s "was fail" answer to a charge of a paid invoice', async () => {
		const { inserted } = (await sim.control('insert', { kind: 'invoice', status: 'paid' })) as { inserted: Array<{ id: number }> };
		const result = await run({ resource: 'invoice', operation: 'charge', invoiceId: byId(inserted[0].id), mode: 'gateway', amount: 100 });
		expect(result.error?.message).toBe('Rebillia error (HTTP 400, invoice_charge_error): A charge of an invoice was fail.');
		expect(result.error?.description).toMatch(/^Rebillia refuses to charge an invoice that is already paid, voided or refunded/);
	});

	it('refuses a charge before sending when the input item is that invoice, paid', async () => {
		await sim.clearLog();
		const result = await run({ resource: 'invoice', operation: 'charge', invoiceId: byId(17954), mode: 'gateway', amount: 100 }, { id: 17954, status: 'paid' });
		expect(result.error?.message).toBe('Invoice 17954 is already paid');
		expect(result.error?.description).toMatch(/status "paid"/);
		expect(await sim.requests()).toHaveLength(0);
	});

	it('sends a charge when the input item is another invoice', async () => {
		await sim.clearLog();
		await run({ resource: 'invoice', operation: 'charge', invoiceId: byId(17954), mode: 'gateway', amount: 100 }, { id: 1, status: 'paid' });
		expect(await sim.requests()).toHaveLength(1);
	});

	it('explains Rebillia’s "Invalid form data" answer to a refund of more than was paid', async () => {
		const result = await run({ resource: 'transaction', operation: 'refund', transactionId: byId(5), amount: 100000 });
		expect(result.error?.message).toBe('Rebillia error (HTTP 400, error_form_attributes): Invalid form data');
		expect(result.error?.description).toMatch(/^Rebillia refuses a refund of more than is left of the payment/);
	});

	it('refuses a refund above the payment before sending when the input item is that transaction', async () => {
		await sim.clearLog();
		const result = await run({ resource: 'transaction', operation: 'refund', transactionId: byId(5), amount: 5 }, { id: 5, amount: '3.2500' });
		expect(errorText(result)).toMatch(/"Amount \(Decimal\)" 5 is more than was paid: transaction 5 was for 3\.25/);
		expect(await sim.requests()).toHaveLength(0);
	});
});
