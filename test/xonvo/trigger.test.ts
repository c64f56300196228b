/**
 * The XONVO trigger through n8n-core's PollContext against the simulator: statistics baselines,
 * deltas, failed polls, restarts, watch-list edits, manual runs, bounded state, and a seeded
 * random run that checks every change is reported exactly once.
 */
import type { IDataObject, INode, INodeExecutionData, INodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';
import { Xonvo } from '../../nodes/Xonvo/Xonvo.node';
import { XonvoTrigger } from '../../nodes/Xonvo/XonvoTrigger.node';
import { PollHarness } from '../helpers/engine';
import { byId, useXonvoSim, xonvoEnvironment, xonvoTriggerNode, type XonvoSim } from '../helpers/xonvo';

const emitted = (result: INodeExecutionData[][] | null) => (result ? result[0].map((item) => item.json) : []);

let serial = 0;
async function addLeads(sim: XonvoSim, accountId: number, count: number): Promise<string[]> {
	const ids = Array.from({ length: count }, () => `T-${Date.now().toString(36)}-${++serial}`);
	const leads = ids.map((externalId, index) => ({
		firstName: 'Trigger',
		lastName: `Lead ${index}`,
		phone: `+1666${String(serial * 1000 + index).padStart(7, '0')}`,
		timestamp: '01-02-2024 10:00:00',
		zip: '98121',
		jornayaLeadId: 'J',
		externalId,
	}));
	const response = await sim.api('POST', '/leads/bulk', { leadsByAccountId: { [accountId]: leads } });
	if (response.status !== 200) throw new Error(`${response.status} ${response.text}`);
	return ids;
}

async function newAccount(sim: XonvoSim): Promise<number> {
	return (await sim.api('POST', '/accounts', { name: `Trigger ${++serial}` })).body.id;
}

describe('XONVO trigger', () => {
	const sim = useXonvoSim();
	const accountTrigger = (accountId: number, extra: IDataObject = {}) =>
		new PollHarness(xonvoEnvironment(sim), xonvoTriggerNode({ event: 'accountStatisticsChanged', accountId: byId(accountId), ...extra }));
	const leadTrigger = (accountId: number, ids: string[], extra: IDataObject = {}) =>
		new PollHarness(
			xonvoEnvironment(sim),
			xonvoTriggerNode({ event: 'leadStatisticsChanged', accountId: byId(accountId), leadExternalIds: ids.join('\n'), ...extra }),
		);
	const activate = async (trigger: PollHarness) => {
		expect(await trigger.poll({ isActivation: true })).toBeNull();
	};

	describe('Account Statistics Changed', () => {
		it('takes a baseline at activation and emits nothing then', async () => {
			const account = await newAccount(sim);
			const trigger = accountTrigger(account);
			await sim.clearLog();
			await activate(trigger);
			expect(await sim.requests()).toHaveLength(1);
			expect(trigger.persisted).toEqual({ 'node:XONVO Trigger': trigger.staticData });
			expect(trigger.staticData.key).toBe(`accountStatisticsChanged:${account}`);
		});

		it('emits one item when a counter changes, with previous, current and delta, then nothing', async () => {
			const account = await newAccount(sim);
			const trigger = accountTrigger(account);
			await activate(trigger);
			await addLeads(sim, account, 3);
			const [item] = emitted(await trigger.poll());
			expect(item).toMatchObject({
				accountId: String(account),
				changed: ['leadCount'],
				leadCount: 3,
				leadCountPrevious: 0,
				leadCountDelta: 3,
				unsubscribeCount: 0,
				unsubscribeCountDelta: 0,
			});
			expect(await trigger.poll()).toBeNull();
		});

		it('without Simplify, gives previous, current and delta as objects', async () => {
			const account = await newAccount(sim);
			const trigger = accountTrigger(account, { simplify: false, counters: ['leadCount', 'unsubscribeCount'] });
			await activate(trigger);
			const [lead] = await addLeads(sim, account, 2);
			await sim.api('PUT', `/accounts/${account}/leads/${lead}/unsubscribe`);
			expect(emitted(await trigger.poll())).toEqual([
				{
					accountId: String(account),
					changed: ['leadCount', 'unsubscribeCount'],
					previous: { leadCount: 0, unsubscribeCount: 0 },
					current: { leadCount: 2, unsubscribeCount: 1 },
					delta: { leadCount: 2, unsubscribeCount: 1 },
				},
			]);
		});

		it('ignores counters the user did not choose', async () => {
			const account = await newAccount(sim);
			const trigger = accountTrigger(account, { counters: ['unsubscribeCount'] });
			await activate(trigger);
			await addLeads(sim, account, 2);
			expect(await trigger.poll()).toBeNull();
		});

		it('a failed poll changes nothing, and the next one reports the change', async () => {
			const account = await newAccount(sim);
			const trigger = accountTrigger(account);
			await activate(trigger);
			await addLeads(sim, account, 1);
			const before = JSON.stringify(trigger.staticData);
			await sim.control('fail', { count: 1, status: 500 });
			await expect(trigger.poll()).rejects.toMatchObject({ httpCode: '500' });
			expect(JSON.stringify(trigger.staticData)).toBe(before);
			expect(emitted(await trigger.poll())).toMatchObject([{ leadCountDelta: 1 }]);
		});

		it('survives a restart with the persisted baseline', async () => {
			const account = await newAccount(sim);
			const trigger = accountTrigger(account);
			await activate(trigger);
			trigger.load();
			await addLeads(sim, account, 4);
			expect(emitted(await trigger.poll({ activation: 'init', isActivation: true }))).toMatchObject([{ leadCountDelta: 4 }]);
		});

		it('manual mode returns the current statistics and leaves the baseline alone', async () => {
			const account = await newAccount(sim);
			const trigger = accountTrigger(account);
			await activate(trigger);
			await addLeads(sim, account, 2);
			const before = JSON.stringify(trigger.staticData);
			expect(emitted(await trigger.poll({ mode: 'manual' }))).toMatchObject([{ accountId: String(account), leadCount: 2, leadCountDelta: 0 }]);
			expect(JSON.stringify(trigger.staticData)).toBe(before);
			expect(emitted(await trigger.poll())).toMatchObject([{ leadCountDelta: 2 }]);
		});
	});

	describe('a fresh trigger in the editor', () => {
		/** The issues n8n's editor shows for a node with these parameters (and defaults for the rest). */
		const issues = (type: INodeType, parameters: IDataObject) => {
			const values = NodeHelpers.getNodeParameters(type.description.properties, parameters as never, true, false, { typeVersion: 1 }, type.description)!;
			const node: INode = { id: 'n', name: 'n', type: type.description.name, typeVersion: 1, position: [0, 0], parameters: values };
			return NodeHelpers.getNodeParametersIssues(type.description.properties, node, type.description)?.parameters ?? {};
		};

		it('has nothing to fill in: an empty Account means the credential’s Test Account ID, and says so', () => {
			expect(issues(new XonvoTrigger(), {})).toEqual({});
			const account = new XonvoTrigger().description.properties.find((property) => property.name === 'accountId');
			expect(account?.hint).toBe('Empty: the Test Account ID of the XONVO credential');
		});

		it('names each empty required field once', () => {
			expect(issues(new XonvoTrigger(), { event: 'leadStatisticsChanged' })).toEqual({ leadExternalIds: ['Parameter "Lead External IDs" is required.'] });
			expect(issues(new Xonvo(), { resource: 'lead', operation: 'stop' })).toEqual({
				accountId: ['Parameter "Account" is required.'],
				leadExternalId: ['Parameter "Lead External ID" is required.'],
			});
			expect(issues(new XonvoTrigger(), { accountId: byId('abc') })).toEqual({ accountId: ['An account ID is a number, e.g. 18'] });
		});

		it('watches the credential’s Test Account ID when the Account is empty', async () => {
			const trigger = new PollHarness(xonvoEnvironment(sim, { accountId: ' 21 ' }), xonvoTriggerNode({ event: 'accountStatisticsChanged', accountId: byId('') }));
			expect(emitted(await trigger.poll({ mode: 'manual' }))).toMatchObject([{ accountId: '21' }]);
			const without = new PollHarness(xonvoEnvironment(sim, { accountId: '' }), xonvoTriggerNode({ event: 'accountStatisticsChanged', accountId: byId('') }));
			await expect(without.poll({ mode: 'manual' })).rejects.toThrow('Enter an Account, or a Test Account ID in the XONVO credential');
		});
	});

	describe('Lead Statistics Changed', () => {
		it('emits when a watched lead qualifies or gets a message, with the delta', async () => {
			const [first, second] = await addLeads(sim, 21, 2);
			const trigger = leadTrigger(21, [first, second]);
			await activate(trigger);
			await sim.control('deliver', { accountId: 21, externalId: first, count: 2 });
			await sim.control('qualify', { accountId: 21, externalId: second });
			const items = emitted(await trigger.poll());
			expect(items).toHaveLength(2);
			expect(items.find((item) => item.leadExternalId === first)).toMatchObject({
				accountId: '21',
				changed: ['deliveredCount', 'lastDeliveredTime'],
				deliveredCount: 2,
				deliveredCountPrevious: 0,
				deliveredCountDelta: 2,
				lastDeliveredTimePrevious: null,
			});
			expect(items.find((item) => item.leadExternalId === second)).toMatchObject({ changed: ['qualified'], qualified: true, qualifiedPrevious: false });
			expect(await trigger.poll()).toBeNull();
		});

		it('emits only the events chosen', async () => {
			const [lead] = await addLeads(sim, 21, 1);
			const trigger = leadTrigger(21, [lead], { watch: ['qualified'] });
			await activate(trigger);
			await sim.control('deliver', { accountId: 21, externalId: lead });
			expect(await trigger.poll()).toBeNull();
			await sim.control('qualify', { accountId: 21, externalId: lead });
			expect(emitted(await trigger.poll())).toMatchObject([{ leadExternalId: lead, qualified: true }]);
		});

		it('a watch-list edit baselines only the leads new to it', async () => {
			const [kept, added] = await addLeads(sim, 21, 2);
			const trigger = leadTrigger(21, [kept]);
			await activate(trigger);
			await sim.control('deliver', { accountId: 21, externalId: kept });
			await sim.control('deliver', { accountId: 21, externalId: added, count: 5 });
			const edited = leadTrigger(21, [kept, added]);
			edited.persisted = trigger.persisted;
			edited.load();
			// The kept lead's change since its baseline comes out; the added lead's history does not.
			expect(emitted(await edited.poll({ activation: 'update', isActivation: true }))).toMatchObject([
				{ leadExternalId: kept, deliveredCountDelta: 1 },
			]);
			await sim.control('deliver', { accountId: 21, externalId: added });
			expect(emitted(await edited.poll())).toMatchObject([{ leadExternalId: added, deliveredCount: 6, deliveredCountDelta: 1 }]);
		});

		it('Fetch Test Event names the watched leads XONVO does not know', async () => {
			const [known] = await addLeads(sim, 21, 1);
			await expect(leadTrigger(21, [known, 'not-there', 'nor-this']).poll({ mode: 'manual' })).rejects.toThrow(
				'XONVO knows no lead with the external IDs "not-there", "nor-this" in account 21',
			);
			await expect(leadTrigger(21, ['not-there']).poll({ mode: 'manual' })).rejects.toThrow(
				/^XONVO knows no lead with the external ID "not-there" in account 21$/,
			);
			expect(emitted(await leadTrigger(21, [known]).poll({ mode: 'manual' }))).toMatchObject([{ leadExternalId: known }]);
		});

		it('activation fails while a watched lead is unknown, naming it; it succeeds once the lead exists', async () => {
			const [known] = await addLeads(sim, 21, 1);
			const trigger = leadTrigger(21, [known, 'not-yet-there']);
			await expect(trigger.poll({ isActivation: true })).rejects.toThrow('XONVO knows no lead with the external ID "not-yet-there" in account 21');
			// Added to the list of an active trigger (n8n activates it again): refused the same way.
			const active = leadTrigger(21, [known]);
			await activate(active);
			const edited = leadTrigger(21, [known, 'not-yet-there']);
			edited.persisted = active.persisted;
			edited.load();
			await expect(edited.poll({ activation: 'update', isActivation: true })).rejects.toThrow(/"not-yet-there"/);
			const [later] = await addLeads(sim, 21, 1);
			await activate(leadTrigger(21, [known, later]));
		});

		it('a watched lead that answers 404 for one poll keeps its baseline: its change comes out next poll', async () => {
			const [lead] = await addLeads(sim, 21, 1);
			const trigger = leadTrigger(21, [lead]);
			await activate(trigger);
			await sim.control('deliver', { accountId: 21, externalId: lead, count: 2 });
			await sim.control('fail', { count: 1, status: 404 });
			expect(await trigger.poll()).toBeNull();
			expect(emitted(await trigger.poll())).toMatchObject([{ leadExternalId: lead, deliveredCount: 2, deliveredCountDelta: 2 }]);
		});

		it('refuses more than 100 watched leads, and an empty list', async () => {
			const ids = Array.from({ length: 101 }, (_, index) => `L${index}`);
			await expect(leadTrigger(21, ids).poll({ isActivation: true })).rejects.toThrow(/lists 101 leads; watch at most 100/);
			await expect(leadTrigger(21, []).poll({ isActivation: true })).rejects.toThrow(/"Lead External IDs" is empty/);
		});

		it('keeps its state under 4 KB for 100 watched leads', async () => {
			const ids = await addLeads(sim, 21, 100);
			const trigger = leadTrigger(21, ids);
			await activate(trigger);
			for (const id of ids.slice(0, 50)) await sim.control('deliver', { accountId: 21, externalId: id, count: 3 });
			expect(emitted(await trigger.poll())).toHaveLength(50);
			const size = JSON.stringify(trigger.persisted).length;
			console.log(`XONVO trigger state for 100 watched leads: ${size} bytes`);
			expect(size).toBeLessThan(4096);
		}, 60_000);
	});

	it('seeded random run: every change is reported exactly once over 200+ polls', async () => {
		let seed = 0x0c0ffee;
		const random = () => {
			seed = (seed + 0x6d2b79f5) | 0;
			let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
		const account = await newAccount(sim);
		const watched = await addLeads(sim, account, 8);
		const accountTrig = accountTrigger(account);
		const leadTrig = leadTrigger(account, watched);
		await activate(accountTrig);
		await activate(leadTrig);

		const actual = { leads: 8, unsubscribes: 0, deliveries: new Map<string, number>(), qualified: new Set<string>() };
		const reported = { leadDelta: 0, unsubscribeDelta: 0, deliveries: new Map<string, number>(), qualified: new Map<string, number>() };
		const counts = { polls: 0, nullPolls: 0, failures: 0, restarts: 0, changes: 0 };
		const unsubscribable = [...watched];
		let extraLeads = 0;

		const take = async (trigger: PollHarness, onItem: (item: IDataObject) => void, fail: boolean) => {
			counts.polls++;
			const before = JSON.stringify(trigger.staticData);
			try {
				const result = await trigger.poll();
				if (result === null) {
					counts.nullPolls++;
					trigger.dropUnpersisted();
				}
				emitted(result).forEach(onItem);
			} catch (error) {
				expect(fail).toBe(true);
				expect(JSON.stringify(trigger.staticData)).toBe(before);
				counts.failures++;
				trigger.dropUnpersisted();
			}
		};

		for (let step = 0; step < 110; step++) {
			const roll = random();
			if (roll < 0.25) {
				const lead = watched[Math.floor(random() * watched.length)];
				const count = 1 + Math.floor(random() * 3);
				await sim.control('deliver', { accountId: account, externalId: lead, count });
				actual.deliveries.set(lead, (actual.deliveries.get(lead) ?? 0) + count);
				counts.changes++;
			} else if (roll < 0.35) {
				const lead = watched[Math.floor(random() * watched.length)];
				if (!actual.qualified.has(lead)) {
					await sim.control('qualify', { accountId: account, externalId: lead });
					actual.qualified.add(lead);
					counts.changes++;
				}
			} else if (roll < 0.5) {
				const added = 1 + Math.floor(random() * 4);
				unsubscribable.push(...(await addLeads(sim, account, added)));
				actual.leads += added;
				extraLeads += added;
				counts.changes++;
			} else if (roll < 0.55 && unsubscribable.length > 8) {
				const lead = unsubscribable.pop()!;
				await sim.api('PUT', `/accounts/${account}/leads/${lead}/unsubscribe`);
				actual.unsubscribes++;
				counts.changes++;
			} else if (roll < 0.6) {
				accountTrig.load();
				leadTrig.load();
				counts.restarts++;
			}
			const failAccount = random() < 0.08;
			if (failAccount) await sim.control('fail', { count: 1, status: 500 + Math.floor(random() * 4) });
			await take(
				accountTrig,
				(item) => {
					reported.leadDelta += Number(item.leadCountDelta);
					reported.unsubscribeDelta += Number(item.unsubscribeCountDelta);
				},
				failAccount,
			);
			const failLeads = random() < 0.08;
			if (failLeads) await sim.control('fail', { count: 1, status: 503 });
			await take(
				leadTrig,
				(item) => {
					const id = String(item.leadExternalId);
					if (Number(item.deliveredCountDelta)) reported.deliveries.set(id, (reported.deliveries.get(id) ?? 0) + Number(item.deliveredCountDelta));
					if (item.qualified === true && item.qualifiedPrevious === false) reported.qualified.set(id, (reported.qualified.get(id) ?? 0) + 1);
				},
				failLeads,
			);
		}
		// Drain.
		await take(accountTrig, (item) => {
			reported.leadDelta += Number(item.leadCountDelta);
			reported.unsubscribeDelta += Number(item.unsubscribeCountDelta);
		}, false);
		await take(leadTrig, (item) => {
			const id = String(item.leadExternalId);
			if (Number(item.deliveredCountDelta)) reported.deliveries.set(id, (reported.deliveries.get(id) ?? 0) + Number(item.deliveredCountDelta));
			if (item.qualified === true && item.qualifiedPrevious === false) reported.qualified.set(id, (reported.qualified.get(id) ?? 0) + 1);
		}, false);

		console.log(
			`XONVO trigger simulation: ${counts.polls} polls (${counts.nullPolls} null, ${counts.failures} failed, ${counts.restarts} restarts), ` +
				`${counts.changes} changes: ${extraLeads} leads added, ${actual.unsubscribes} unsubscribes, ` +
				`${[...actual.deliveries.values()].reduce((a, b) => a + b, 0)} deliveries, ${actual.qualified.size} qualifications`,
		);
		expect(counts.polls).toBeGreaterThanOrEqual(200);
		expect(counts.failures).toBeGreaterThan(0);
		expect(counts.restarts).toBeGreaterThan(0);
		expect(reported.leadDelta).toBe(extraLeads);
		expect(reported.unsubscribeDelta).toBe(actual.unsubscribes);
		expect(Object.fromEntries(reported.deliveries)).toEqual(Object.fromEntries([...actual.deliveries].filter(([, count]) => count > 0)));
		expect([...reported.qualified.keys()].sort()).toEqual([...actual.qualified].sort());
		expect([...reported.qualified.values()].every((count) => count === 1)).toBe(true);
	}, 300_000);
});
