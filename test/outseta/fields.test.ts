/**
 * The fields the coverage scenarios leave out (phones, title, language, timezone, client
 * identifier, custom properties, free conditions with every operator, sort, do-not-log), optional
 * fields left empty (never sent), Extra Properties merged deeply, Simplify (never over Fields,
 * nothing derived from what Outseta leaves empty, the membership Uid within reach), the pickers and
 * dropdowns, and what the editor shows.
 */
import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { Outseta } from '../../nodes/Outseta/Outseta.node';
import { OutsetaTrigger } from '../../nodes/Outseta/OutsetaTrigger.node';
import { loadOptionsContext, runNode } from '../helpers/engine';
import { byId, outsetaEnvironment, outsetaNode, TEST_USER, useOutsetaSim, type SimRequest } from '../helpers/outseta';

const node = new Outseta();
const properties = node.description.properties;
const shownFor = (resource: string, operation: string) =>
	properties.filter((property) => property.displayOptions?.show?.resource?.includes(resource) && property.displayOptions?.show?.operation?.includes(operation));
const optionNamed = (property: INodeProperties, name: string) => (property.options as INodeProperties[]).find((option) => option.name === name)!;

describe('Outseta fields', () => {
	const sim = useOutsetaSim();
	const run = async (parameters: IDataObject, input: IDataObject[] = [{}]) => {
		const result = await runNode(outsetaEnvironment(sim), outsetaNode(parameters), input, { timezone: 'UTC' });
		expect(result.error).toBeUndefined();
		return result;
	};
	const lastRequest = async (): Promise<SimRequest> => (await sim.requests()).filter((request) => request.status !== 429).slice(-1)[0];

	describe('fields the collection examples do not show', () => {
		it('Person Create: phones, title, language, timezone and custom properties, exactly', async () => {
			const result = await run({
				resource: 'person',
				operation: 'create',
				email: 'grace@example.com',
				firstName: 'Grace',
				lastName: 'Hopper',
				additionalFields: {
					PhoneMobile: '+1 555 0100',
					PhoneWork: '+1 555 0101',
					Title: 'Rear Admiral',
					Language: 'en',
					Timezone: 'Eastern Standard Time',
					customProperties: { pair: [{ name: 'FavoriteLanguage', value: 'COBOL' }, { name: ' ', value: 'dropped' }] },
				},
			});
			expect((await lastRequest()).body).toEqual({
				Email: 'grace@example.com',
				FirstName: 'Grace',
				LastName: 'Hopper',
				PhoneMobile: '+1 555 0100',
				PhoneWork: '+1 555 0101',
				Title: 'Rear Admiral',
				Language: 'en',
				Timezone: 'Eastern Standard Time',
				FavoriteLanguage: 'COBOL',
			});
			const stored = (await sim.api('GET', `/crm/people/${result.items[0].json.Uid}`)).body;
			expect(stored).toMatchObject({ PhoneMobile: '+1 555 0100', Title: 'Rear Admiral', FavoriteLanguage: 'COBOL' });
		});

		it('Account Create and Update: client identifier and custom properties', async () => {
			const created = await run({
				resource: 'account',
				operation: 'create',
				name: 'Client Id Inc.',
				primaryPerson: 'existing',
				personId: byId('owmjxl9V'),
				additionalFields: { ClientIdentifier: 'CUST-0042', customProperties: { pair: [{ name: 'Segment', value: 'Enterprise' }] } },
			});
			expect((await lastRequest()).body).toEqual({
				Name: 'Client Id Inc.',
				PersonAccount: [{ Person: { Uid: 'owmjxl9V' }, IsPrimary: true }],
				ClientIdentifier: 'CUST-0042',
				Segment: 'Enterprise',
			});
			await run({ resource: 'account', operation: 'update', accountId: byId(String(created.items[0].json.Uid)), updateFields: { ClientIdentifier: 'CUST-0043' } });
			expect((await lastRequest()).body).toEqual({ ClientIdentifier: 'CUST-0043' });
		});

		it.each([
			['', { Email: 'example@outseta.com' }],
			['__gt', { Created__gt: '2018-01-01' }],
			['__gte', { Created__gte: '2018-01-01' }],
			['__lt', { Created__lt: '2018-01-01' }],
			['__lte', { Created__lte: '2018-01-01' }],
			['__ne', { Email__ne: 'example@outseta.com' }],
		])('free condition with operator %j', async (operator, query) => {
			const [property, value] = Object.entries(query)[0];
			await run({
				resource: 'person',
				operation: 'getAll',
				returnAll: true,
				filters: { conditions: { condition: [{ property: property.replace(operator, ''), operator, value }] } },
			});
			expect((await lastRequest()).query).toEqual({ ...query, limit: '100', offset: '0' });
		});

		it('Is Empty: true and false', async () => {
			const result = await run({
				resource: 'account',
				operation: 'getAll',
				returnAll: true,
				simplify: false,
				filters: { conditions: { condition: [{ property: 'ClientIdentifier', operator: '__isnull', value: 'false' }] } },
			});
			expect((await lastRequest()).query).toEqual({ ClientIdentifier__isnull: 'false', limit: '100', offset: '0' });
			expect(result.items.every((item) => item.json.ClientIdentifier)).toBe(true);
			await run({ resource: 'account', operation: 'getAll', returnAll: true, filters: { conditions: { condition: [{ property: 'ClientIdentifier', operator: '__isnull', value: '' }] } } });
			expect((await lastRequest()).query).toEqual({ ClientIdentifier__isnull: 'true', limit: '100', offset: '0' });
		});

		it('Sort By is sent with its direction and sorts', async () => {
			const result = await run({ resource: 'person', operation: 'getAll', returnAll: true, options: { sortBy: 'Email', sortDirection: 'DESC' } });
			expect((await lastRequest()).query).toEqual({ orderBy: 'Email DESC', limit: '100', offset: '0' });
			const emails = result.items.map((item) => String(item.json.Email).toLowerCase());
			expect(emails).toEqual([...emails].sort().reverse());
		});

		it('Do Not Log Activity keeps the change out of the activity log', async () => {
			const activities = async () => (await sim.api('GET', '/activities?limit=1&fields=Uid')).body.metadata.total as number;
			const before = await activities();
			await run({ resource: 'person', operation: 'update', personId: byId('qrm0A4QX'), updateFields: { Title: 'Quiet' }, options: { donotlog: true } });
			expect((await lastRequest()).query).toEqual({ donotlog: '1' });
			expect(await activities()).toBe(before);
			await run({ resource: 'person', operation: 'update', personId: byId('qrm0A4QX'), updateFields: { Title: 'Loud' } });
			expect((await lastRequest()).query).toEqual({});
			expect(await activities()).toBe(before + 1);
		});
	});

	describe('optional fields added but left empty are not sent', () => {
		it('an empty Email filter and an empty condition: Get Many returns everyone instead of no one', async () => {
			const result = await run({
				resource: 'person',
				operation: 'getAll',
				returnAll: true,
				filters: {
					Email: '',
					conditions: { condition: [{ property: '', operator: '', value: '' }] },
				},
			});
			expect((await lastRequest()).query).toEqual({ limit: '100', offset: '0' });
			expect(result.items.length).toBeGreaterThan(5);
		});

		it.each([
			['a property but no value', { property: 'FirstName', operator: '__gte', value: ' ' }, /Condition 2 of 2 \("FirstName"\) has no "Value"/],
			['a value but no property', { property: '', operator: '', value: 'Ada' }, /Condition 2 of 2 has a value \("Ada"\) but no "Property"/],
		])('a condition with %s is refused by its position before anything is sent', async (_case, half, message) => {
			await sim.clearLog();
			const result = await runNode(
				outsetaEnvironment(sim),
				outsetaNode({
					resource: 'person',
					operation: 'getAll',
					returnAll: true,
					filters: { conditions: { condition: [{ property: 'LastName', operator: '', value: 'Lovelace' }, half] } },
				}),
				[{}],
				{ timezone: 'UTC' },
			);
			expect(`${result.error?.message} ${result.error?.description}`).toMatch(message);
			expect(await sim.requests()).toHaveLength(0);
		});

		it('empty text fields and address parts of Create and Update', async () => {
			await run({
				resource: 'person',
				operation: 'create',
				email: 'blank@example.com',
				firstName: '',
				lastName: '  ',
				additionalFields: { Title: '', MailingAddress: { address: { AddressLine1: '', City: 'Boston', PostalCode: '' } } },
			});
			expect((await lastRequest()).body).toEqual({ Email: 'blank@example.com', MailingAddress: { City: 'Boston' } });
			await run({ resource: 'deal', operation: 'update', dealId: byId('Gn9DxQ2y'), updateFields: { name: '', stageUid: '', assignedTo: '', people: '' } });
			expect((await lastRequest()).body).toEqual({ Uid: 'Gn9DxQ2y' });
		});
	});

	it('Extra Properties (JSON) merges into a typed address instead of replacing it', async () => {
		await run({
			resource: 'person',
			operation: 'create',
			email: 'merge@example.com',
			additionalFields: {
				MailingAddress: { address: { AddressLine1: '1 Main St', City: 'Brookline' } },
				extraProperties: '{"MailingAddress": {"Country": "United States"}, "Title": "Merged"}',
			},
		});
		expect((await lastRequest()).body).toEqual({
			Email: 'merge@example.com',
			MailingAddress: { AddressLine1: '1 Main St', City: 'Brookline', Country: 'United States' },
			Title: 'Merged',
		});
	});

	describe('Simplify', () => {
		it('never drops the Fields asked for: they come as Outseta sent them', async () => {
			const result = await run({ resource: 'person', operation: 'getAll', returnAll: false, limit: 2, options: { fields: 'Uid,PhoneMobile,PersonAccount.Account.Name' } });
			expect(Object.keys(result.items[0].json).sort()).toEqual(['PersonAccount', 'PhoneMobile', 'Uid']);
			const one = await run({ resource: 'account', operation: 'get', accountId: byId('wDQ2w9V6'), options: { fields: 'Uid,CurrentSubscription.Plan.Name' } });
			expect(one.items[0].json).toEqual({ Uid: 'wDQ2w9V6', CurrentSubscription: { Plan: { Name: 'Core' } } });
		});

		it('Fields picked from the list are sent joined; an empty pick sends none and keeps Simplify on', async () => {
			await sim.clearLog();
			const picked = await run({ resource: 'person', operation: 'getAll', returnAll: false, limit: 2, options: { fields: ['Uid', 'Email'] } });
			expect((await lastRequest()).query.fields).toBe('Uid,Email');
			expect(Object.keys(picked.items[0].json).sort()).toEqual(['Email', 'Uid']);
			const none = await run({ resource: 'person', operation: 'getAll', returnAll: false, limit: 2, options: { fields: [] } });
			expect((await lastRequest()).query).not.toHaveProperty('fields');
			expect(none.items[0].json).toHaveProperty('FullName');
			expect(none.items[0].json).not.toHaveProperty('MailingAddress');
		});

		it('derives nothing from what Outseta leaves empty; what it sends by default is kept', async () => {
			const account = (await run({ resource: 'account', operation: 'get', accountId: byId('wDQ2w9V6') })).items[0].json;
			expect(account).not.toHaveProperty('CurrentPlanUid');
			expect(account).toMatchObject({ Uid: 'wDQ2w9V6', PrimaryPersonUid: 'bB9l5DW8', CurrentSubscriptionUid: 'z49E5z97', AccountStageLabel: 'Subscribing' });
			const raw = (await sim.api('GET', '/crm/accounts/wDQ2w9V6')).body;
			// What the values are read from: sent by default. The memberships' people are not.
			expect(raw.PrimaryContact.Uid).toBe('bB9l5DW8');
			expect(raw.CurrentSubscription.Plan).toBeNull();
			expect(raw.PersonAccount.every((membership: IDataObject) => membership.Person === null)).toBe(true);
			const person = (await run({ resource: 'person', operation: 'get', personId: byId('qrm0A4QX') })).items[0].json;
			expect(person).not.toHaveProperty('AccountUids');
		});

		it('the membership Uid is within reach with Simplify on: Get Account lists the memberships for Remove Person', async () => {
			const member = (await sim.api('POST', '/crm/people', { Email: 'member@example.com' })).body;
			await sim.api('POST', '/crm/accounts/KaWx1mVr/memberships', { Account: { Uid: 'KaWx1mVr' }, Person: { Uid: member.Uid }, IsPrimary: false });
			const account = (await run({ resource: 'account', operation: 'get', accountId: byId('KaWx1mVr') })).items[0].json;
			const memberships = account.Memberships as IDataObject[];
			expect(memberships).toHaveLength(2);
			const added = memberships.find((membership) => membership.IsPrimary === false)!;
			const removed = await run({ resource: 'account', operation: 'removePerson', accountId: byId('KaWx1mVr'), membershipId: byId(String(added.Uid)) });
			expect(removed.items[0].json).toEqual({ deleted: true });
		});
	});

	describe('pickers and dropdowns', () => {
		const context = (parameters: IDataObject = { resource: 'person', operation: 'get' }) =>
			loadOptionsContext(outsetaEnvironment(sim), outsetaNode(parameters));
		const search = node.methods.listSearch;

		it('people: newest first, by name and email', async () => {
			const result = await search.searchPeople.call(context());
			expect(result.results[0]).toEqual({ name: 'Example owmjxl9V (owmjxl9v@example.com)', value: 'owmjxl9V' });
			expect(result.paginationToken).toBeUndefined();
		});

		it('search text reaches every record: pages are read on until enough match, and n8n pages on with the token', async () => {
			await sim.control('reset', { empty: true });
			await sim.control('seed', { people: 350 });
			await sim.clearLog();
			const first = await search.searchPeople.call(context(), 'person 1');
			// Page 0 (349–250) has no match, page 1 (249–150) has 50: enough.
			expect(first.results).toHaveLength(50);
			expect(first.paginationToken).toBe('2');
			expect((await sim.requests()).map((request) => request.query.offset)).toEqual(['0', '1']);
			const second = await search.searchPeople.call(context(), 'person 1', first.paginationToken);
			const third = second.paginationToken ? await search.searchPeople.call(context(), 'person 1', second.paginationToken) : { results: [], paginationToken: undefined };
			const all = [...first.results, ...second.results, ...third.results].map((entry) => entry.name);
			expect(all).toHaveLength(111);
			expect(new Set(all).size).toBe(111);
			expect(third.paginationToken).toBeUndefined();
		});

		it('an email is matched by Outseta: one request, however many people there are', async () => {
			await sim.control('reset', { empty: true });
			await sim.control('seed', { people: 600 });
			const oldest = (await sim.api('GET', '/crm/people?orderBy=Created&limit=1&fields=Uid,Email')).body.items[0];
			await sim.clearLog();
			const result = await search.searchPeople.call(context(), oldest.Email);
			expect(result.results.map((entry) => entry.value)).toEqual([oldest.Uid]);
			const requests = await sim.requests();
			expect(requests).toHaveLength(1);
			expect(requests[0].query).toMatchObject({ Email: oldest.Email });
		});

		it('support cases by the email of the person who asked', async () => {
			const email = (await sim.api('GET', '/crm/people/bB9l5DW8')).body.Email as string;
			await sim.clearLog();
			const result = await search.searchCases.call(context({ resource: 'supportCase', operation: 'addReply' }), email);
			expect((await sim.requests()).map((request) => request.query)).toEqual([expect.objectContaining({ 'FromPerson.Email': email })]);
			expect(result.results).toEqual([{ name: expect.any(String), value: 'wZmNZm2O' }]);
		});

		it('accounts, deals, plans and articles by name', async () => {
			expect((await search.searchAccounts.call(context(), 'first example')).results).toEqual([{ name: 'First example account', value: 'KaWx1mVr' }]);
			expect((await search.searchDeals.call(context(), 'redesign')).results).toEqual([{ name: 'Website redesign', value: 'Gn9DxQ2y' }]);
			expect((await search.searchPlans.call(context(), 'pro')).results).toEqual([{ name: 'Pro', value: 'amRXjE9J' }]);
			expect((await search.searchArticles.call(context(), 'sign up')).results).toEqual([{ name: 'How to sign up', value: 'y9qxBr3Q' }]);
		});

		it('subscriptions by account and plan name, labelled with their Uid', async () => {
			const all = await search.searchSubscriptions.call(context());
			expect(all.results.length).toBeGreaterThan(0);
			for (const entry of all.results) expect(entry.name).toBe(entry.name.replace(/ \(#[^)]+\)$/, '') + ` (#${entry.value})`);
			const [first] = all.results;
			expect(first.name).toMatch(/^[^(]+ · [^(]+ \(#/);
			const accountName = first.name.split(' · ')[0];
			const matched = await search.searchSubscriptions.call(context(), accountName.toLowerCase());
			expect(matched.results.map((entry) => entry.value)).toContain(first.value);
			expect(matched.results.every((entry) => entry.name.toLowerCase().includes(accountName.toLowerCase()))).toBe(true);
		});

		it('memberships: the people on the account picked above', async () => {
			const result = await search.searchMemberships.call(context({ resource: 'account', operation: 'removePerson', accountId: byId('wDQ2w9V6') }));
			const primary = (await sim.api('GET', '/crm/people/bB9l5DW8')).body;
			expect(result.results).toEqual(
				expect.arrayContaining([
					{ name: `${primary.FullName} (${primary.Email}) — primary contact`, value: expect.any(String) },
					{ name: `My example (${TEST_USER.username})`, value: expect.any(String) },
				]),
			);
			expect(result.results).toHaveLength(2);
			await expect(search.searchMemberships.call(context({ resource: 'account', operation: 'removePerson', accountId: byId('') }))).rejects.toThrow('Pick the account first');
		});

		it('plan and plan family dropdowns', async () => {
			const plans = await node.methods.loadOptions.getPlans.call(context());
			expect(plans).toEqual([
				{ name: 'Basic', value: 'DMQvDbWY' },
				{ name: 'Core', value: 'VdQG094Y' },
				{ name: 'Pro', value: 'amRXjE9J' },
			]);
			expect(await node.methods.loadOptions.getPlanFamilies.call(context())).toEqual([{ name: 'Standard', value: 'Lqm3Zp9R' }]);
		});

		it('report vendor errors', async () => {
			await sim.control('fail', { count: 1, status: 500, message: 'Boom' });
			await expect(search.searchAccounts.call(context())).rejects.toMatchObject({ message: 'Outseta error (HTTP 500): Boom', httpCode: '500' });
		});
	});

	describe('what the editor shows', () => {
		it('Person Create: the fields most people fill come first, with placeholders', () => {
			const fields = shownFor('person', 'create');
			expect(fields.slice(0, 3).map((field) => [field.displayName, field.placeholder])).toEqual([
				['Email', 'e.g. name@email.com'],
				['First Name', 'e.g. Ada'],
				['Last Name', 'e.g. Lovelace'],
			]);
			expect(fields[3].name).toBe('additionalFields');
		});

		it('Account Create: the new person’s fields sit under a heading', () => {
			const fields = shownFor('account', 'create').filter((field) => field.displayOptions?.show?.primaryPerson?.includes('new'));
			expect(fields[0].type).toBe('notice');
			expect(fields.slice(1, 4).map((field) => field.displayName)).toEqual(['Email', 'First Name', 'Last Name']);
		});

		it('plans are picked, not typed', () => {
			const register = shownFor('account', 'register').find((field) => field.name === 'planId')!;
			expect(register.type).toBe('resourceLocator');
			expect(register.modes?.[0]).toMatchObject({ name: 'list', typeOptions: { searchListMethod: 'searchPlans' } });
			const subscription = optionNamed(shownFor('account', 'create').find((field) => field.name === 'additionalFields')!, 'subscription');
			const plan = ((subscription.options as unknown as Array<{ values: INodeProperties[] }>)[0].values).find((value) => value.name === 'planUid')!;
			expect(plan.typeOptions?.loadOptionsMethod).toBe('getPlans');
			const subscriptionsOfPlan = optionNamed(shownFor('subscription', 'getAll').find((field) => field.name === 'filters')!, 'planUid');
			expect(subscriptionsOfPlan).toMatchObject({ type: 'options', typeOptions: { loadOptionsMethod: 'getPlans' } });
		});

		it('subscriptions and the Account filter of Subscription Get Many are picked from a searchable list', () => {
			const listMode = (field: INodeProperties | undefined, method: string) => {
				expect(field?.type).toBe('resourceLocator');
				expect(field?.modes?.[0]).toMatchObject({ name: 'list', typeOptions: { searchListMethod: method, searchable: true } });
			};
			listMode(shownFor('subscription', 'change').find((field) => field.name === 'subscriptionId'), 'searchSubscriptions');
			listMode(shownFor('invoice', 'create').find((field) => field.name === 'subscriptionId'), 'searchSubscriptions');
			listMode(optionNamed(shownFor('subscription', 'getAll').find((field) => field.name === 'filters')!, 'accountUid'), 'searchAccounts');
			expect(Object.keys(node.methods.listSearch)).toContain('searchSubscriptions');
		});

		it('Fields offers the record’s documented properties, for every Get and Get Many that has it', () => {
			const withFields = properties.filter((property) => property.name === 'options' && (property.options as INodeProperties[]).some((option) => option.name === 'fields'));
			expect(withFields.length).toBeGreaterThanOrEqual(18);
			for (const options of withFields) {
				const fields = optionNamed(options, 'fields');
				expect(fields.type).toBe('multiOptions');
				expect((fields.options as INodePropertyOptions[]).map((option) => option.value)).toContain('Uid');
				expect(fields.description).toMatch(/use an expression/);
			}
			const personFields = optionNamed(shownFor('person', 'getAll').find((field) => field.name === 'options')!, 'fields');
			expect((personFields.options as INodePropertyOptions[]).map((option) => option.value)).toEqual(expect.arrayContaining(['Email', 'FullName', 'PersonAccount']));
		});

		it('Sort By is a dropdown of the resource’s properties and condition placeholders fit the resource', () => {
			const lists = properties.filter((property) => property.name === 'options' && property.displayOptions?.show?.operation?.some((operation) => /^get(All|Articles|Categories)$/.test(String(operation))));
			expect(lists.length).toBeGreaterThanOrEqual(13);
			for (const options of lists) expect(optionNamed(options, 'sortBy').type).toBe('options');
			const placeholderOf = (resource: string) => {
				const filters = shownFor(resource, 'getAll').find((field) => field.name === 'filters')!;
				const conditions = optionNamed(filters, 'conditions') as INodeProperties;
				return (conditions.options as unknown as Array<{ values: INodeProperties[] }>)[0].values[0].placeholder;
			};
			expect(placeholderOf('person')).not.toContain('FromPerson');
			expect(placeholderOf('supportCase')).toBe('e.g. Subject or Created');
		});

		it('hints in the user’s words, and "an account"', () => {
			const text = JSON.stringify(node.description);
			expect(text).not.toContain('pages then hold');
			expect(text).not.toContain('Select a account');
			expect(text).toContain('Select an account...');
		});

		it('subtitles name the operation and the event in words', () => {
			expect(node.description.subtitle).toContain('"person:getAll":"Get Many: Person"');
			expect(node.description.subtitle).toContain('"emailListSubscription:subscribe":"Subscribe: Email List Subscription"');
			expect(new OutsetaTrigger().description.subtitle).toContain('"newSupportCase":"New Support Case"');
		});

		it('the trigger offers Simplify, on by default, and the look-back window', () => {
			const trigger = new OutsetaTrigger().description.properties;
			expect(trigger.find((property) => property.name === 'simplify')).toMatchObject({ type: 'boolean', default: true });
			const options = trigger.find((property) => property.name === 'options')!;
			expect(optionNamed(options, 'lookBackSeconds')).toMatchObject({ default: 60 });
			const events = (trigger.find((property) => property.name === 'event')!.options as INodePropertyOptions[]).map((option) => option.value);
			expect(events.sort()).toEqual(['newAccount', 'newActivity', 'newDeal', 'newEmailListSubscriber', 'newInvoice', 'newPerson', 'newSubscription', 'newSupportCase']);
		});

		it('profile operations say they need the user token', () => {
			const notice = shownFor('profile', 'get').find((field) => field.type === 'notice')!;
			expect(notice.displayOptions?.show?.authentication).toEqual(['apiKey']);
			expect(notice.displayName).toContain('User Token');
		});
	});
});
