'use strict';
/**
 * The Outseta simulator's records and how each kind is rendered. Property names, order, types
 * and nulls come from the collection's saved examples; kinds without an example (deals, plan
 * families, add-ons, coupons, usage, knowledge base, payment information) are inferred from the
 * request bodies and the prose, and say so.
 *
 * Raw records keep their scalar properties in PascalCase under the names the API serves, and
 * references in camelCase (`accountUid`), so filters read stored values directly.
 */
const {
	NULL_DATE,
	nowSecond,
	toMillis,
	addPeriod,
	createUids,
	one,
	many,
	createRenderer,
	createLister,
	notFound,
	isTrue,
} = require('./model');

const STAGE_LABELS = { 1: 'Demo', 2: 'Trialing', 3: 'Subscribing', 4: 'Cancelling', 5: 'Expired', 6: 'Trial Expired', 7: 'Past Due' };

/** The ActivityType enum from the description of "Get all activities". */
const ACTIVITY_TYPES = Object.freeze({
	Custom: 10,
	Note: 50,
	Email: 51,
	PhoneCall: 52,
	Meeting: 53,
	AccountCreated: 100,
	AccountUpdated: 101,
	AccountAddPerson: 102,
	AccountStageUpdated: 103,
	AccountDeleted: 104,
	AccountBillingInformationUpdated: 105,
	PersonCreated: 200,
	PersonUpdated: 201,
	PersonDeleted: 202,
	PersonLogin: 203,
	PersonListSubscribed: 204,
	PersonListUnsubscribed: 205,
	PersonSegmentAdded: 206,
	PersonSegmentRemoved: 207,
	PersonEmailOpened: 208,
	PersonEmailClicked: 209,
	PersonEmailBounce: 210,
	PersonEmailSpam: 211,
	PersonSupportTicketCreated: 212,
	PersonSupportTicketUpdated: 213,
	DealCreated: 300,
	DealUpdated: 301,
	DealAddPerson: 302,
	DealAddAccount: 303,
});
const ENTITY_TYPES = Object.freeze({ Account: 1, Person: 2, Deal: 3 });

/** BillingRenewalTerm: 1 Monthly, 2 Yearly, 3 Quarterly, 4 OneTime (prose of the preview request). */
const TERM_MONTHS = { 1: 1, 2: 12, 3: 3, 4: null };

const COLLECTIONS = [
	'people',
	'accounts',
	'memberships',
	'activities',
	'deals',
	'dealStages',
	'dealPeople',
	'emailLists',
	'listSubscriptions',
	'cases',
	'caseHistories',
	'kbCategories',
	'kbArticles',
	'planFamilies',
	'plans',
	'addOns',
	'planAddOns',
	'subscriptions',
	'subscriptionAddOns',
	'usage',
	'coupons',
	'couponSubscriptions',
	'invoices',
	'lineItems',
	'transactions',
	'paymentInformation',
];

const scalars = (record, keys) => keys.map((key) => [key, record[key] ?? null]);

function createDb() {
	const db = Object.fromEntries(COLLECTIONS.map((name) => [name, new Map()]));
	const uids = createUids();
	/** Person Uid → password (the token exchange checks it), and the emails the API would send. */
	const auth = { passwords: new Map(), tokens: new Map(), issued: 0 };
	const outbox = [];
	const counters = { invoiceNumber: 1095 };

	const visible = (record) => !record.visibleAt || record.visibleAt <= Date.now();
	const all = (name) => [...db[name].values()].filter(visible);
	const where = (name, key, value) => all(name).filter((record) => record[key] === value);
	const byCreated = (records) => records.sort((a, b) => toMillis(a.Created) - toMillis(b.Created));
	const find = (name, uid) => {
		const record = uid === undefined || uid === null ? undefined : db[name].get(uid);
		return record && visible(record) ? record : undefined;
	};

	function fullName(person) {
		if (person.stub) return null;
		return [person.FirstName, person.LastName].filter(Boolean).join(' ') || person.Email;
	}

	/** The newest subscription, and the one in force (not ended). */
	function subscriptionsOf(accountUid) {
		return byCreated(where('subscriptions', 'accountUid', accountUid));
	}
	function latestSubscription(accountUid) {
		const subscriptions = subscriptionsOf(accountUid);
		return subscriptions[subscriptions.length - 1] ?? null;
	}
	function currentSubscription(accountUid) {
		const now = Date.now();
		return subscriptionsOf(accountUid)
			.filter((subscription) => !subscription.EndDate || toMillis(subscription.EndDate) > now)
			.pop() ?? null;
	}
	function primaryPerson(accountUid) {
		const primary = where('memberships', 'accountUid', accountUid).find((membership) => membership.IsPrimary);
		return primary ? find('people', primary.personUid) ?? null : null;
	}
	function lifetimeRevenue(accountUid) {
		return where('transactions', 'accountUid', accountUid)
			.filter((transaction) => transaction.BillingTransactionType === 2)
			.reduce((sum, transaction) => sum + Math.abs(transaction.Amount), 0);
	}

	const kinds = {
		Address: (address) => [
			...scalars(address, ['AddressLine1', 'AddressLine2', 'AddressLine3', 'City', 'State', 'PostalCode']),
			...scalars(address, ['Uid', 'Created', 'Updated']),
		],
		Person: (person) => [
			['_objectType', 'Person'],
			...scalars(person, ['Email']),
			['FirstName', person.FirstName ?? ''],
			['LastName', person.LastName ?? ''],
			['MailingAddress', one('Address', person.mailingAddress)],
			['PasswordLastUpdated', person.PasswordLastUpdated ?? null],
			['PasswordMustChange', person.PasswordMustChange ?? false],
			['PhoneMobile', person.PhoneMobile ?? ''],
			['PhoneWork', person.PhoneWork ?? ''],
			...scalars(person, ['ProfileImageS3Url', 'Title', 'Timezone', 'Language', 'IPAddress', 'Referer', 'UserAgent', 'LastLoginDateTime', 'OAuthGoogleProfileId']),
			...scalars(person, ['EmailBounceDateTime', 'EmailSpamDateTime', 'EmailUnsubscribeDateTime', 'EmailLastDeliveredDateTime']),
			['PersonAccount', many('PersonAccount', person.stub ? [] : byCreated(where('memberships', 'personUid', person.Uid)))],
			// Shown as null in every example, also where a person is the top object (inferred: not modelled).
			['DealPeople', null],
			['LeadFormSubmissions', null],
			['EmailListPerson', null],
			['Account', null],
			['AccountUids', null],
			['FullName', fullName(person)],
			['HasLoggedIn', person.HasLoggedIn ?? false],
			['OAuthIntegrationStatus', 0],
			['UserAgentPlatformBrowser', person.UserAgentPlatformBrowser ?? null],
			['HasUnsubscribed', person.HasUnsubscribed ?? false],
			['DiscordUser', null],
			['IsConnectedToDiscord', false],
			['ActivityEventData', null],
			...scalars(person, ['Uid', 'Created', 'Updated']),
			...Object.entries(person.custom ?? {}),
		],
		Account: (account) => [
			['_objectType', 'Account'],
			...scalars(account, ['Name', 'ClientIdentifier', 'InvoiceNotes']),
			['IsDemo', account.IsDemo ?? false],
			['BillingAddress', one('Address', account.billingAddress)],
			['MailingAddress', one('Address', account.mailingAddress)],
			['AccountStage', account.AccountStage ?? 0],
			// null in every example; the card details stay with the payment provider.
			['PaymentInformation', null],
			['PersonAccount', many('PersonAccount', account.stub ? [] : byCreated(where('memberships', 'accountUid', account.Uid)))],
			['Subscriptions', many('Subscription', account.stub ? [] : subscriptionsOf(account.Uid))],
			['Deals', many('Deal', account.stub ? [] : byCreated(where('deals', 'accountUid', account.Uid)))],
			['LastLoginDateTime', account.LastLoginDateTime ?? null],
			...Array.from({ length: 10 }, (_, index) => [`AccountSpecificPageUrl${index + 1}`, account[`AccountSpecificPageUrl${index + 1}`] ?? null]),
			['RewardFulReferralId', account.RewardFulReferralId ?? null],
			['HasLoggedIn', account.HasLoggedIn ?? false],
			['AccountStageLabel', STAGE_LABELS[account.AccountStage] ?? null],
			['DomainName', account.DomainName ?? null],
			['LatestSubscription', one('Subscription', account.stub ? null : latestSubscription(account.Uid))],
			['CurrentSubscription', one('Subscription', account.stub ? null : currentSubscription(account.Uid))],
			['PrimaryContact', one('Person', account.stub ? null : primaryPerson(account.Uid))],
			// null in the Register example even with a current subscription (inferred: parent accounts only).
			['PrimarySubscription', null],
			['RecaptchaToken', null],
			['LifetimeRevenue', account.stub ? 0 : lifetimeRevenue(account.Uid)],
			['ActivityEventData', null],
			...scalars(account, ['Uid', 'Created', 'Updated']),
			...Object.entries(account.custom ?? {}),
		],
		PersonAccount: (membership) => [
			['_objectType', 'PersonAccount'],
			['Person', one('Person', membership.person ?? find('people', membership.personUid))],
			['Account', one('Account', membership.account ?? find('accounts', membership.accountUid))],
			['IsPrimary', membership.IsPrimary],
			['ActivityEventData', null],
			...scalars(membership, ['Uid', 'Created', 'Updated']),
		],
		Activity: (activity) =>
			scalars(activity, ['Title', 'Description', 'ActivityData', 'ActivityDateTime', 'ActivityType', 'EntityType', 'EntityUid', 'Uid', 'Created', 'Updated']),
		// Inferred (no example): the properties of the Add/Update deal bodies.
		Deal: (deal) => [
			['Name', deal.Name ?? null],
			['DealPipelineStage', one('DealPipelineStage', find('dealStages', deal.stageUid))],
			['Amount', deal.Amount ?? 0],
			['AssignedToPersonClientIdentifier', deal.AssignedToPersonClientIdentifier ?? null],
			['Account', one('Account', find('accounts', deal.accountUid))],
			['DealPeople', many('DealPerson', byCreated(where('dealPeople', 'dealUid', deal.Uid)))],
			...scalars(deal, ['Uid', 'Created', 'Updated']),
		],
		DealPipelineStage: (stage) => scalars(stage, ['Name', 'Uid', 'Created', 'Updated']),
		DealPerson: (link) => [
			['Person', one('Person', find('people', link.personUid))],
			['Deal', one('Deal', find('deals', link.dealUid))],
			...scalars(link, ['Uid', 'Created', 'Updated']),
		],
		EmailList: (list) => {
			const subscriptions = where('listSubscriptions', 'listUid', list.Uid);
			const count = (status) => subscriptions.filter((subscription) => subscription.EmailListSubscriberStatus === status).length;
			return [
				...scalars(list, ['Name', 'WelcomeSubject', 'WelcomeBody', 'WelcomeFromName', 'WelcomeFromEmail']),
				['EmailListPerson', null],
				['CountSubscriptionsActive', count(1)],
				['CountSubscriptionsBounce', count(3)],
				['CountSubscriptionsSpam', count(4)],
				['CountSubscriptionsUnsubscribed', count(2)],
				...scalars(list, ['Uid', 'Created', 'Updated']),
			];
		},
		EmailListSubscription: (subscription) => [
			['EmailList', one('EmailList', find('emailLists', subscription.listUid))],
			['Person', one('Person', find('people', subscription.personUid))],
			...scalars(subscription, [
				'EmailListSubscriberStatus',
				'SubscribedDate',
				'ConfirmedDate',
				'UnsubscribedDate',
				'CleanedDate',
				'WelcomeEmailDeliverDateTime',
				'WelcomeEmailOpenDateTime',
				'UnsubscribeReason',
				'UnsubscribeReasonOther',
			]),
			['SendWelcomeEmail', subscription.SendWelcomeEmail ?? false],
			...scalars(subscription, ['Uid', 'Created', 'Updated']),
		],
		Case: (supportCase) => [
			['SubmittedDateTime', supportCase.SubmittedDateTime ?? NULL_DATE],
			['FromPerson', one('Person', find('people', supportCase.personUid))],
			...scalars(supportCase, ['AssignedToPersonClientIdentifier', 'Subject', 'Body', 'UserAgent', 'Status', 'Source']),
			['CaseHistories', many('CaseHistory', byCreated(where('caseHistories', 'caseUid', supportCase.Uid)))],
			...scalars(supportCase, ['Uid', 'Created', 'Updated']),
		],
		CaseHistory: (history) => [
			['HistoryDateTime', history.HistoryDateTime],
			['Case', one('Case', find('cases', history.caseUid))],
			...scalars(history, ['AgentName', 'Comment', 'Type', 'SeenDateTime', 'ClickDateTime', 'Uid', 'Created', 'Updated']),
		],
		// Inferred (no example): knowledge base categories and articles.
		KbCategory: (category) => scalars(category, ['Name', 'Uid', 'Created', 'Updated']),
		KbArticle: (article) => [
			...scalars(article, ['Title', 'Body']),
			['Category', one('KbCategory', find('kbCategories', article.categoryUid))],
			...scalars(article, ['Uid', 'Created', 'Updated']),
		],
		// Inferred (no example): a plan family names a group of plans.
		PlanFamily: (family) => [
			['Name', family.Name],
			['Plans', many('Plan', byCreated(where('plans', 'familyUid', family.Uid)))],
			...scalars(family, ['Uid', 'Created', 'Updated']),
		],
		Plan: (plan) => [
			['Name', plan.Name],
			['PlanFamily', one('PlanFamily', find('planFamilies', plan.familyUid))],
			...scalars(plan, ['IsQuantityEditable', 'MinimumQuantity', 'MonthlyRate', 'AnnualRate', 'SetupFee', 'IsTaxable', 'TrialPeriodDays', 'UnitOfMeasure']),
			['PlanAddOns', many('PlanAddOn', byCreated(where('planAddOns', 'planUid', plan.Uid)))],
			...scalars(plan, ['Uid', 'Created', 'Updated']),
		],
		// Inferred (no example): add-ons are priced like plans; BillingAddOnType 1 Fixed, 2 Quantity, 3 Usage.
		AddOn: (addOn) =>
			scalars(addOn, ['Name', 'BillingAddOnType', 'IsQuantityEditable', 'MinimumQuantity', 'MonthlyRate', 'AnnualRate', 'SetupFee', 'IsTaxable', 'UnitOfMeasure', 'Uid', 'Created', 'Updated']),
		PlanAddOn: (link) => [
			['Plan', one('Plan', find('plans', link.planUid))],
			['AddOn', one('AddOn', find('addOns', link.addOnUid))],
			...scalars(link, ['Uid', 'Created', 'Updated']),
		],
		Subscription: (subscription) => [
			['_objectType', 'Subscription'],
			['BillingRenewalTerm', subscription.BillingRenewalTerm],
			['Account', one('Account', find('accounts', subscription.accountUid))],
			['Plan', one('Plan', find('plans', subscription.planUid))],
			...scalars(subscription, ['Quantity', 'StartDate', 'EndDate', 'ExpirationDate', 'RenewalDate', 'NewRequiredQuantity']),
			['IsPlanUpgradeRequired', subscription.IsPlanUpgradeRequired ?? false],
			['PlanUpgradeRequiredMessage', subscription.PlanUpgradeRequiredMessage ?? null],
			['SubscriptionAddOns', many('SubscriptionAddOn', subscription.addOns ?? byCreated(where('subscriptionAddOns', 'subscriptionUid', subscription.Uid)))],
			['DiscountCouponSubscriptions', many('DiscountCouponSubscription', subscription.Uid ? byCreated(where('couponSubscriptions', 'subscriptionUid', subscription.Uid)) : [])],
			['DiscountCode', subscription.DiscountCode ?? null],
			['LatestInvoice', one('Invoice', subscription.Uid ? byCreated(where('invoices', 'subscriptionUid', subscription.Uid)).pop() : null)],
			['Rate', subscription.Rate ?? 0],
			['ActivityEventData', null],
			...scalars(subscription, ['Uid', 'Created', 'Updated']),
		],
		SubscriptionAddOn: (link) => [
			['BillingRenewalTerm', link.BillingRenewalTerm],
			['Subscription', one('Subscription', link.subscription ?? find('subscriptions', link.subscriptionUid))],
			['AddOn', one('AddOn', find('addOns', link.addOnUid))],
			...scalars(link, ['Quantity', 'StartDate', 'EndDate', 'RenewalDate', 'NewRequiredQuantity', 'Uid', 'Created', 'Updated']),
		],
		// Inferred (no example): the Add usage body plus the usual identity properties.
		Usage: (usage) => [
			['UsageDate', usage.UsageDate],
			['Amount', usage.Amount],
			['SubscriptionAddOn', one('SubscriptionAddOn', find('subscriptionAddOns', usage.subscriptionAddOnUid))],
			...scalars(usage, ['Uid', 'Created', 'Updated']),
		],
		// Inferred (no example): the Add discount body plus the usual identity properties.
		DiscountCoupon: (coupon) => [
			...scalars(coupon, ['UniqueIdentifier', 'Name', 'IsActive', 'AmountOff', 'PercentOff', 'Duration', 'DurationInMonths', 'MaxRedemptions', 'RedeemBy']),
			['DiscountCouponPlans', coupon.DiscountCouponPlans ?? []],
			...scalars(coupon, ['Uid', 'Created', 'Updated']),
		],
		DiscountCouponSubscription: (link) => [
			['DiscountCoupon', one('DiscountCoupon', find('coupons', link.couponUid))],
			['Subscription', one('Subscription', find('subscriptions', link.subscriptionUid))],
			...scalars(link, ['Uid', 'Created', 'Updated']),
		],
		Invoice: (invoice) => [
			...scalars(invoice, ['InvoiceDate', 'Number', 'BillingInvoiceStatus']),
			['Subscription', one('Subscription', invoice.subscription ?? find('subscriptions', invoice.subscriptionUid))],
			...scalars(invoice, ['Amount', 'AmountOutstanding']),
			['InvoiceLineItems', many('InvoiceLineItem', invoice.lineItems ?? byCreated(where('lineItems', 'invoiceUid', invoice.Uid)))],
			['IsUserGenerated', invoice.IsUserGenerated ?? false],
			...scalars(invoice, ['Uid', 'Created', 'Updated']),
		],
		InvoiceLineItem: (item) => [
			...scalars(item, ['StartDate', 'EndDate', 'Description']),
			['UnitOfMeasure', item.UnitOfMeasure ?? ''],
			['Quantity', item.Quantity ?? null],
			['Rate', item.Rate ?? 0],
			['Amount', item.Amount],
			['Tax', item.Tax ?? 0],
			['Invoice', one('Invoice', item.invoice ?? find('invoices', item.invoiceUid))],
			...scalars(item, ['Uid', 'Created', 'Updated']),
		],
		Transaction: (transaction) => [
			...scalars(transaction, ['TransactionDate', 'BillingTransactionType']),
			['Account', one('Account', find('accounts', transaction.accountUid))],
			['Invoice', one('Invoice', find('invoices', transaction.invoiceUid))],
			...scalars(transaction, ['Amount', 'Uid', 'Created', 'Updated']),
		],
		// Inferred (no example): the Update Payment Information body plus identity properties.
		PaymentInformation: (info) => [
			['Account', one('Account', find('accounts', info.accountUid))],
			...scalars(info, ['NameOnCard', 'CustomerToken', 'PaymentToken', 'Uid', 'Created', 'Updated']),
		],
	};

	const renderer = createRenderer(kinds);
	const list = createLister(renderer);

	/** A record with identity properties; `Created` may be chosen (late records), `visibleAfterMs` hides it a while. */
	function add(name, fields, { Created, uid, visibleAfterMs } = {}) {
		const stamp = Created ?? nowSecond();
		// `fields` is always a fresh object: it becomes the record (bulk seeds allocate once per record).
		const record = Object.assign(fields, { Uid: uid ?? uids.next(), Created: stamp, Updated: fields.Updated ?? stamp });
		if (uid) uids.reserve(uid);
		if (visibleAfterMs) record.visibleAt = Date.now() + Number(visibleAfterMs);
		db[name].set(record.Uid, record);
		return record;
	}

	function mustFind(name, kind, uid) {
		const record = find(name, uid);
		if (!record) throw notFound(kind, uid);
		return record;
	}

	const activityTitle = (type) =>
		Object.entries(ACTIVITY_TYPES)
			.find(([, value]) => value === type)?.[0]
			.replace(/([a-z])([A-Z])/g, '$1 $2')
			.replace(/^(\w)(.*)$/, (_, first, rest) => first + rest.toLowerCase()) ?? 'Activity';

	/**
	 * Records an activity unless the request asked `donotlog=1`. Titles read like the example's
	 * ("Account created"); the description names the record.
	 */
	function logActivity(query, type, entityType, entityUid, { description = null, data = null, at, title } = {}) {
		if (query && isTrue(query.donotlog)) return null;
		const stamp = at ?? nowSecond();
		return add(
			'activities',
			{
				Title: title ?? activityTitle(type),
				Description: description,
				ActivityData: data,
				ActivityDateTime: stamp,
				ActivityType: type,
				EntityType: entityType,
				EntityUid: entityUid,
			},
			{ Created: stamp },
		);
	}

	function setStage(account, stage, query) {
		if (account.AccountStage === stage) return;
		const from = STAGE_LABELS[account.AccountStage] ?? String(account.AccountStage);
		account.AccountStage = stage;
		account.Updated = nowSecond();
		logActivity(query, ACTIVITY_TYPES.AccountStageUpdated, ENTITY_TYPES.Account, account.Uid, {
			description: `${account.Name ?? account.Uid}: ${from} to ${STAGE_LABELS[stage]}`,
			data: JSON.stringify({ from: from === 'undefined' ? null : from, to: STAGE_LABELS[stage] }),
		});
	}

	/** Next renewal from a start, by term; one-time subscriptions do not renew. */
	function renewalAfter(start, term) {
		const months = TERM_MONTHS[term];
		return months ? addPeriod(start, { months }) : null;
	}

	function planRate(plan, term) {
		if (!plan) return 0;
		if (term === 2) return plan.AnnualRate;
		if (term === 3) return plan.MonthlyRate * 3; // inferred: no quarterly rate is shown
		return plan.MonthlyRate;
	}

	function sendEmail(kind, to, details = {}) {
		outbox.push({ at: nowSecond(), kind, to, ...details });
	}

	function clear() {
		for (const name of COLLECTIONS) db[name].clear();
		auth.passwords.clear();
		auth.tokens.clear();
		auth.issued = 0;
		outbox.length = 0;
		counters.invoiceNumber = 1095;
	}

	return {
		db,
		uids,
		auth,
		outbox,
		counters,
		kinds,
		render: renderer.render,
		list,
		all,
		where,
		find,
		mustFind,
		add,
		byCreated,
		logActivity,
		setStage,
		renewalAfter,
		planRate,
		sendEmail,
		currentSubscription,
		latestSubscription,
		primaryPerson,
		fullName,
		clear,
	};
}

module.exports = { createDb, STAGE_LABELS, ACTIVITY_TYPES, ENTITY_TYPES, TERM_MONTHS };
