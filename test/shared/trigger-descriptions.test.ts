/**
 * n8n merges a vendor's action node and its trigger into one entry of the nodes panel and shows
 * the trigger's description for it (also above the list of actions). So each trigger's
 * description says first what the vendor is, in the vendor's own words, then what starts a
 * workflow. A new vendor's trigger is not covered until it has a row here.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { INodeType } from 'n8n-workflow';
import { OutsetaTrigger } from '../../nodes/Outseta/OutsetaTrigger.node';
import { RebilliaTrigger } from '../../nodes/Rebillia/RebilliaTrigger.node';
import { XonvoTrigger } from '../../nodes/Xonvo/XonvoTrigger.node';
import { YtelTrigger } from '../../nodes/Ytel/YtelTrigger.node';
import { YtelWebhookTrigger } from '../../nodes/Ytel/YtelWebhookTrigger.node';

/** How each vendor describes itself (its site's headline), then the colon that leads into the events. */
const VENDOR_ABOUT: Array<{ trigger: INodeType; file: string; about: string }> = [
	{ trigger: new OutsetaTrigger(), file: 'Outseta/OutsetaTrigger.node.ts', about: 'Outseta, all-in-one membership software (payments, CRM, email, help desk): ' },
	{ trigger: new RebilliaTrigger(), file: 'Rebillia/RebilliaTrigger.node.ts', about: 'Rebillia, subscription management and recurring billing: ' },
	{ trigger: new XonvoTrigger(), file: 'Xonvo/XonvoTrigger.node.ts', about: 'XONVO, the conversational AI platform for leads: ' },
	{ trigger: new YtelTrigger(), file: 'Ytel/YtelTrigger.node.ts', about: 'Ytel, the cloud communications platform for SMS, voice and contact centers: ' },
	{ trigger: new YtelWebhookTrigger(), file: 'Ytel/YtelWebhookTrigger.node.ts', about: 'Ytel, the cloud communications platform for SMS, voice and contact centers: ' },
];

describe('trigger descriptions read right as the vendor’s entry in the nodes panel', () => {
	it.each(VENDOR_ABOUT.map((entry) => [entry.trigger.description.displayName, entry] as const))('%s', (_name, { trigger, about }) => {
		const { description } = trigger.description;
		expect(description.startsWith(about)).toBe(true);
		// Then what starts a workflow, in a few words more.
		expect(description.slice(about.length)).toMatch(/^starts a workflow (on|when) \S/);
		expect(description.length).toBeLessThanOrEqual(200);
	});

	it('covers every trigger of the package', () => {
		const root = join(__dirname, '../../nodes');
		const triggers = readdirSync(root, { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && entry.name !== 'shared')
			.flatMap((folder) => readdirSync(join(root, folder.name)).filter((file) => /Trigger\.node\.ts$/.test(file)).map((file) => `${folder.name}/${file}`));
		expect(triggers.sort()).toEqual(VENDOR_ABOUT.map((entry) => entry.file).sort());
	});
});
