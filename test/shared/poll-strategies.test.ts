/**
 * The poll strategies under PollContext with tiny triggers: the snapshot diff (for endpoints
 * without a creation time) over an in-memory list, and the timestamp cursor against a bad feed.
 */
import { NodeConnectionTypes, type IDataObject, type INodeType, type INodeTypeDescription, type IPollFunctions } from 'n8n-workflow';
import { isoTimestamps, pollNewBySnapshot, pollNewByTimestamp } from '../../nodes/shared/poll';
import { PollHarness, testNode } from '../helpers/engine';

let remote: IDataObject[] = [];

class ListTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'List Trigger',
		name: 'listTrigger',
		group: ['trigger'],
		version: 1,
		description: 'test',
		defaults: { name: 'List Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Scope', name: 'scope', type: 'string', default: 'all' }],
	};

	async poll(this: IPollFunctions) {
		return await pollNewBySnapshot.call(this, async () => remote, {
			key: String(this.getNodeParameter('scope')),
			identity: (record) => String(record.id),
		});
	}
}

const ids = (result: Awaited<ReturnType<PollHarness['poll']>>) => (result ? result[0].map((item) => item.json.id) : []);

describe('snapshot poll strategy', () => {
	const env = { nodeTypes: { listTrigger: new ListTrigger() }, credentialTypes: {}, credentials: {} };
	const node = (scope = 'all') => testNode('listTrigger', { scope }, { name: 'List Trigger', credentials: {} });

	beforeEach(() => {
		remote = [{ id: 1 }, { id: 2 }];
	});

	it('seeds silently, then emits only records that were not there before, once', async () => {
		const trigger = new PollHarness(env, node());
		expect(await trigger.poll({ isActivation: true })).toBeNull();
		remote = [{ id: 3 }, ...remote];
		expect(ids(await trigger.poll())).toEqual([3]);
		expect(await trigger.poll()).toBeNull();
		remote = [{ id: 5 }, { id: 4 }, ...remote.filter((record) => record.id !== 1)];
		expect(ids(await trigger.poll())).toEqual([5, 4]);
	});

	it('null polls leave the state as it was, so dropping them loses nothing', async () => {
		const trigger = new PollHarness(env, node());
		await trigger.poll({ isActivation: true });
		const before = JSON.stringify(trigger.staticData);
		expect(await trigger.poll()).toBeNull();
		expect(JSON.stringify(trigger.staticData)).toBe(before);
		trigger.dropUnpersisted();
		remote = [...remote, { id: 9 }];
		expect(ids(await trigger.poll())).toEqual([9]);
	});

	it('manual mode returns a sample and keeps the state', async () => {
		const trigger = new PollHarness(env, node());
		await trigger.poll({ isActivation: true });
		const before = JSON.stringify(trigger.staticData);
		expect(ids(await trigger.poll({ mode: 'manual' }))).toEqual([1]);
		expect(JSON.stringify(trigger.staticData)).toBe(before);
	});

	it('a changed key re-seeds', async () => {
		const trigger = new PollHarness(env, node('all'));
		await trigger.poll({ isActivation: true });
		const other = new PollHarness(env, node('other'));
		other.persisted = trigger.persisted;
		other.load();
		remote = [...remote, { id: 7 }];
		expect(await other.poll({ isActivation: true })).toBeNull();
		expect(await other.poll()).toBeNull();
	});
});

/** A timestamp feed that ignores paging: every page is the same page, always with "more". */
let repeatedPageRequests = 0;
class RepeatingFeedTrigger extends ListTrigger {
	async poll(this: IPollFunctions) {
		return await pollNewByTimestamp.call(
			this,
			{
				newest: async () => [{ id: 'a', created: '2024-01-01T00:00:00' }],
				since: async () => {
					repeatedPageRequests++;
					return { records: [{ id: 'a', created: '2024-01-01T00:00:00' }], more: true };
				},
				id: (record) => String(record.id),
				time: (record) => record.created,
			},
			{ key: 'repeat', codec: isoTimestamps({ zonelessAs: 'utc', writeZone: false }) },
		);
	}
}

describe('timestamp poll strategy against a feed that repeats its pages', () => {
	it('stops instead of reading forever', async () => {
		const env = { nodeTypes: { listTrigger: new RepeatingFeedTrigger() }, credentialTypes: {}, credentials: {} };
		const trigger = new PollHarness(env, testNode('listTrigger', {}, { name: 'List Trigger', credentials: {} }));
		expect(await trigger.poll({ isActivation: true })).toBeNull();
		repeatedPageRequests = 0;
		expect(await trigger.poll()).toBeNull();
		expect(repeatedPageRequests).toBeLessThanOrEqual(2);
	}, 5000);
});
