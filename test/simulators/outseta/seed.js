'use strict';
/**
 * The records a reset starts from: the collection's example records, plus the records its
 * requests and examples refer to (`wDQ2w9V6`, `z49E5z97`, `exmepWVG`, `wZmNZm2O`, `JVmAEnma`, …),
 * so the collection's own requests find what they name. Values come from the examples where
 * they show them; the rest is made up and marked so.
 *
 * No seeded person is newer than 2018-01-29T11:00:00, the two referenced people `owmjxl9V` and
 * `y7maBrQE` (tests count on them being the newest).
 */
const fs = require('node:fs');
const path = require('node:path');

const EXAMPLES = path.join(__dirname, '..', '..', 'fixtures', 'outseta', 'examples.json');
/** A person with a password, for the token exchange and the profile endpoints (the Get Profile example's person). */
const TEST_USER = Object.freeze({ username: 'example@example.com', password: 'sim-user-password-CANARY-7c41', personUid: 'exmewp9V' });

let examplesCache;
/** The collection's saved examples, read once (a reset reuses them and must not copy them into records). */
function loadExamples() {
	examplesCache ??= JSON.parse(fs.readFileSync(EXAMPLES, 'utf8'));
	return examplesCache;
}

function seedFromExamples(ctx, crm) {
	const examples = loadExamples();
	const body = (name) => examples.find((example) => example.name === name)?.response.body;
	const put = (collection, uid, fields, Created, Updated = Created) => ctx.add(collection, { ...fields, Updated }, { uid, Created });
	const addressFrom = (address) => (address ? { ...address } : null);

	// People: the two of "Get all people", then the people other requests and examples name.
	for (const item of body('Get all people').items) {
		const { PersonAccount, FullName, MailingAddress, ...fields } = item;
		put('people', item.Uid, { ...crm.personFields(), ...fields, mailingAddress: addressFrom(MailingAddress), custom: {} }, item.Created, item.Updated);
	}
	const person = (uid, Email, FirstName, LastName, Created, extra = {}) =>
		put('people', uid, { ...crm.personFields({ Email, FirstName, LastName }), ...extra }, Created);
	const profile = body('Get Profile');
	person(TEST_USER.personUid, profile.Email, profile.FirstName, profile.LastName, '2017-02-07T20:59:21', {
		mailingAddress: { ...profile.MailingAddress, Created: '2017-02-07T20:59:21', Updated: '2017-02-07T20:59:21' },
	});
	ctx.auth.passwords.set(TEST_USER.personUid, TEST_USER.password);
	// The subscriber of "Get all subscribers to list", a day before the example so the two below stay newest.
	person('wZmNDZ92', 'new@subscriber.com', 'New', 'Subscriber', '2018-01-28T14:06:33');
	person('8vWy1Wbw', 'deal.person@example.com', 'Deal', 'Person', '2017-06-01T10:00:00'); // made up: named by "Add deal"
	for (const uid of ['owmjxl9V', 'y7maBrQE']) person(uid, `${uid.toLowerCase()}@example.com`, 'Example', uid, '2018-01-29T11:00:00');

	// Catalogue (made up around the "Core" plan of "Get subscription").
	put('planFamilies', 'Lqm3Zp9R', { Name: 'Standard' }, '2017-09-25T15:20:00');
	const plan = (uid, fields, Created, Updated) =>
		put('plans', uid, { familyUid: 'Lqm3Zp9R', IsQuantityEditable: false, MinimumQuantity: 0, SetupFee: 0, IsTaxable: false, TrialPeriodDays: 0, UnitOfMeasure: '', ...fields }, Created, Updated);
	const core = body('Get subscription').Plan;
	plan('VdQG094Y', { Name: core.Name, MonthlyRate: core.MonthlyRate, AnnualRate: core.AnnualRate }, core.Created, core.Updated);
	plan('DMQvDbWY', { Name: 'Basic', MonthlyRate: 19, AnnualRate: 190 }, '2017-09-25T15:30:00');
	plan('amRXjE9J', { Name: 'Pro', MonthlyRate: 49, AnnualRate: 490, TrialPeriodDays: 7, SetupFee: 25 }, '2017-09-25T15:40:00');
	const addOn = (uid, Name, BillingAddOnType, MonthlyRate, UnitOfMeasure) =>
		put('addOns', uid, { Name, BillingAddOnType, IsQuantityEditable: BillingAddOnType === 2, MinimumQuantity: 0, MonthlyRate, AnnualRate: MonthlyRate * 10, SetupFee: 0, IsTaxable: false, UnitOfMeasure }, '2017-09-25T16:00:00');
	addOn('By9q8QAP', 'Extra seats', 2, 10, 'seat'); // named by "Add first time subscription with add ons"
	addOn('z49E5z97', 'Priority support', 1, 29, ''); // named by "Add add-on to subscription"
	addOn('Vm9ZqX3p', 'Email sends', 3, 0.01, 'email'); // the usage add-on of KjW7e4Qq ("Add usage for add on")
	for (const [planUid, addOnUid] of [['VdQG094Y', 'By9q8QAP'], ['VdQG094Y', 'z49E5z97'], ['VdQG094Y', 'Vm9ZqX3p'], ['amRXjE9J', 'By9q8QAP']]) {
		ctx.add('planAddOns', { planUid, addOnUid }, { Created: '2017-09-25T16:00:00' });
	}
	put('coupons', 'dpWrQ6Wq', { UniqueIdentifier: 'WELCOME10', Name: '10% off', IsActive: true, AmountOff: null, PercentOff: 10, Duration: 2, DurationInMonths: null, MaxRedemptions: null, RedeemBy: null, DiscountCouponPlans: [] }, '2017-10-01T00:00:00');

	// Accounts: "Get all accounts" (the second item has lost its Uid; the collection uses KL9ngWZG as an account).
	const [first, second] = body('Get all accounts').items;
	const account = (uid, item, Created, Updated, extra = {}) => {
		const { PersonAccount, Subscriptions, BillingAddress, MailingAddress, ...fields } = item;
		return put('accounts', uid, { ...crm.accountFields(), ...fields, billingAddress: addressFrom(BillingAddress), mailingAddress: addressFrom(MailingAddress), ...extra }, Created, Updated);
	};
	account(first.Uid, first, first.Created, first.Updated);
	account('KL9ngWZG', second, second.PersonAccount[0].Created, second.PersonAccount[0].Updated);
	const subscriptionAccount = body('Get subscription').Account;
	account(subscriptionAccount.Uid, { Name: subscriptionAccount.Name, AccountStage: subscriptionAccount.AccountStage }, '2018-01-29T11:47:31', subscriptionAccount.Updated);
	const transactionAccount = JSON.parse(repairedTransactions(examples)).items[0].Account;
	account(transactionAccount.Uid, { Name: transactionAccount.Name, ClientIdentifier: transactionAccount.ClientIdentifier, AccountStage: transactionAccount.AccountStage }, transactionAccount.Created, transactionAccount.Updated, {
		LastLoginDateTime: transactionAccount.LastLoginDateTime,
		HasLoggedIn: true,
	});
	account('4XQYqQPB', { Name: 'Deal Match Inc.', AccountStage: 3 }, '2017-10-02T09:00:00'); // made up: named by "Add deal" and "Add custom activity"
	ctx.add('memberships', { accountUid: first.Uid, personUid: 'qrm0A4QX', IsPrimary: true }, { uid: first.PersonAccount[0].Uid, Created: first.PersonAccount[0].Created });
	ctx.add('memberships', { accountUid: 'KL9ngWZG', personUid: 'bB9l5DW8', IsPrimary: true }, { uid: second.PersonAccount[0].Uid, Created: second.PersonAccount[0].Created });
	ctx.add('memberships', { accountUid: 'wDQ2w9V6', personUid: 'bB9l5DW8', IsPrimary: true }, { Created: '2018-01-29T11:47:31' });
	ctx.add('memberships', { accountUid: 'wDQ2w9V6', personUid: TEST_USER.personUid, IsPrimary: false }, { Created: '2018-01-29T11:47:31' });

	// Subscriptions, their add-on, invoices and transactions.
	const subscription = (uid, accountUid, item, extra = {}) => {
		const { Account, Plan, SubscriptionAddOns, ...fields } = item;
		return put('subscriptions', uid, { accountUid, planUid: 'VdQG094Y', ExpirationDate: null, DiscountCode: null, Rate: 0, ...fields, ...extra }, item.Created, item.Updated);
	};
	subscription(first.Subscriptions[0].Uid, first.Uid, first.Subscriptions[0], { Rate: core.MonthlyRate });
	const fetched = body('Get subscription');
	subscription(fetched.Uid, fetched.Account.Uid, fetched, { Rate: core.AnnualRate });
	const { Subscription: _subscription, AddOn: _addOn, ...addOnLink } = fetched.SubscriptionAddOns[0];
	put('subscriptionAddOns', addOnLink.Uid, { ...addOnLink, subscriptionUid: fetched.Uid, addOnUid: 'Vm9ZqX3p' }, addOnLink.Created, addOnLink.Updated);
	const invoiced = body('Add new invoice').Subscription;
	subscription(invoiced.Uid, transactionAccount.Uid, invoiced, { Rate: core.MonthlyRate });
	for (const transaction of JSON.parse(repairedTransactions(examples)).items) {
		const { Subscription, InvoiceLineItems, ...invoice } = transaction.Invoice;
		put('invoices', invoice.Uid, { ...invoice, subscriptionUid: invoiced.Uid, accountUid: transactionAccount.Uid, IsUserGenerated: false }, invoice.Created, invoice.Updated);
		ctx.add('lineItems', { StartDate: invoice.InvoiceDate, EndDate: null, Description: core.Name, UnitOfMeasure: '', Quantity: null, Rate: invoice.Amount, Amount: invoice.Amount, Tax: 0, invoiceUid: invoice.Uid }, { Created: invoice.Created });
		put('transactions', transaction.Uid, { TransactionDate: transaction.TransactionDate, BillingTransactionType: transaction.BillingTransactionType, accountUid: transactionAccount.Uid, invoiceUid: invoice.Uid, Amount: transaction.Amount }, transaction.Created, transaction.Updated);
	}

	// Marketing: the list and the two subscriptions of "Get all subscribers to list".
	const subscribers = body('Get all subscribers to list').items;
	const { EmailListPerson, CountSubscriptionsActive, CountSubscriptionsBounce, CountSubscriptionsSpam, CountSubscriptionsUnsubscribed, ...list } = subscribers[0].EmailList;
	put('emailLists', list.Uid, list, list.Created, list.Updated);
	for (const item of subscribers) {
		const { EmailList, Person, ...fields } = item;
		put('listSubscriptions', item.Uid, { ...fields, listUid: list.Uid, personUid: Person.Uid }, item.Created, item.Updated);
	}

	// Support: the case of "Get all cases" with its history, and a small knowledge base (made up).
	const supportCase = body('Get all cases').items[0];
	const { FromPerson, CaseHistories, ...caseFields } = supportCase;
	put('cases', supportCase.Uid, { ...caseFields, personUid: FromPerson.Uid }, supportCase.Created, supportCase.Updated);
	for (const history of CaseHistories) {
		const { Case, ...fields } = history;
		put('caseHistories', history.Uid, { ...fields, caseUid: supportCase.Uid }, history.Created, history.Updated);
	}
	put('kbCategories', 'pL9PqnWJ', { Name: 'Getting started' }, '2017-05-02T10:00:00');
	put('kbCategories', 'ZBWzqP9E', { Name: 'Billing' }, '2017-05-02T10:05:00');
	put('kbArticles', 'y9qxBr3Q', { Title: 'How to sign up', Body: '<p>Choose a plan and enter your email.</p>', categoryUid: 'pL9PqnWJ' }, '2017-05-03T10:00:00');
	put('kbArticles', 'GnmDLQyM', { Title: 'Changing your plan', Body: '<p>Open your profile and pick Plan.</p>', categoryUid: 'ZBWzqP9E' }, '2017-05-03T11:00:00');

	// Deals (made up): the pipeline stages the collection's deal requests name, and one deal.
	put('dealStages', '4XQYqQPB', { Name: 'Qualified' }, '2017-06-01T09:00:00');
	put('dealStages', 'wZmNZm2O', { Name: 'Proposal' }, '2017-06-01T09:00:00');
	put('deals', 'Gn9DxQ2y', { Name: 'Website redesign', stageUid: '4XQYqQPB', Amount: 1200, AssignedToPersonClientIdentifier: null, accountUid: '4XQYqQPB' }, '2017-06-02T09:00:00');
	ctx.add('dealPeople', { dealUid: 'Gn9DxQ2y', personUid: '8vWy1Wbw' }, { Created: '2017-06-02T09:00:00' });

	// The activity of "Get all activities".
	const activity = body('Get all activities').items[0];
	put('activities', activity.Uid, { ...activity }, activity.Created, activity.Updated);
}

/** "Get all transactions by account" lost the `]` closing its items; the seed reads it repaired. */
function repairedTransactions(examples) {
	const raw = examples.find((example) => example.name === 'Get all transactions by account').response.bodyRaw;
	return raw.replace(/\}\s*\}\s*$/, '}\n    ]\n}');
}

module.exports = { seedFromExamples, loadExamples, repairedTransactions, TEST_USER };
