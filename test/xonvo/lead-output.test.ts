/**
 * XONVO answers a created lead with an empty body: the node outputs what it sent (the lead, or
 * the account and count of a bulk list) so the next node can chain on it, and the lead
 * operations say "Create" in both their name and their action.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { Xonvo } from '../../nodes/Xonvo/Xonvo.node';
import { runNode } from '../helpers/engine';
import { byId, useXonvoSim, xonvoEnvironment, xonvoNode } from '../helpers/xonvo';

const lead: IDataObject = { firstName: 'Ada', lastName: 'Lovelace', phone: '+15550100', timestamp: '01-02-2024 10:00:00', zip: '98121', jornayaLeadId: 'J-1' };

describe('XONVO lead output and wording', () => {
	const sim = useXonvoSim();
	const run = async (parameters: IDataObject, input: IDataObject[] = [{}]) =>
		await runNode(xonvoEnvironment(sim), xonvoNode(parameters), input, { timezone: 'UTC' });

	it('Create outputs the lead it created, per item', async () => {
		const { zip, jornayaLeadId, ...main } = lead;
		const result = await run(
			{ resource: 'lead', operation: 'create', ...main, zip, jornayaLeadId, additionalFields: { externalId: '={{ $json.id }}' } },
			[{ id: 'CRM-1' }, { id: 'CRM-2' }],
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json)).toEqual([
			{ success: true, lead: { ...lead, externalId: 'CRM-1' } },
			{ success: true, lead: { ...lead, externalId: 'CRM-2' } },
		]);
	});

	it('Create Many and Update Many output the account and how many leads went out', async () => {
		const leads = [lead, { ...lead, phone: '+15550101' }, { ...lead, phone: '+15550102' }].map((entry, index) => ({ ...entry, externalId: `E-${index}` }));
		for (const operation of ['createMany', 'updateMany']) {
			const result = await run({ resource: 'lead', operation, accountId: byId(18), leads });
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json)).toEqual([{ success: true, accountId: 18, leadCount: 3 }]);
		}
	});

	it('the lead operations use one wording in name and action, and Create explains the account', () => {
		const properties = new Xonvo().description.properties as INodeProperties[];
		const operations = properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes('lead'))!;
		for (const option of operations.options as Array<{ name: string; value: string; action?: string }>) {
			expect(option.action?.toLowerCase()).toContain(option.name.split(' ')[0].toLowerCase());
		}
		const createNotice = properties.find(
			(property) => property.type === 'notice' && property.displayOptions?.show?.operation?.includes('create') && property.displayOptions?.show?.resource?.includes('lead'),
		);
		expect(createNotice?.displayName).toMatch(/without an account[^]*Create Many/);
	});
});
