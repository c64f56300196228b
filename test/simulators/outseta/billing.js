'use strict';
/**
 * Billing: plan families, plans, add-ons and usage, discount coupons, subscriptions (first time,
 * change, previews, upgrade flag, trial extension), invoices, transactions, payment information.
 *
 * Previews answer an invoice that was never saved, as the compute-charge-summary example shows:
 * `Uid: null` and `Created: 0001-01-01T00:00:00` on the invoice, its subscription and its lines.
 * Amounts are not prorated (inferred: the collection shows no proration).
 */
const {
	NULL_DATE,
	nowSecond,
	toMillis,
	toSecond,
	addPeriod,
	invalid,
	badRequest,
	notFound,
	parseFields,
	parseBool,
	parseNumber,
	DEFAULT,
} = require('./model');
const { ACTIVITY_TYPES, ENTITY_TYPES, TERM_MONTHS } = require('./store');

const TRANSACTION_TYPES = { Invoice: 1, Payment: 2, Credit: 3, Refund: 4, Chargeback: 5 };
/** BillingInvoiceStatus: 1 as on every new invoice in the examples, 2 on the paid ones (AmountOutstanding 0). */
const INVOICE_STATUS = { Open: 1, Paid: 2 };

function createBilling(ctx) {
	const { db } = ctx;
	const ok = (body) => ({ status: 200, body });
	const empty = () => ({ status: 200, body: '' });
	const selectionOf = (query) => (query.fields ? parseFields(query.fields) : DEFAULT);

	function parseTerm(value, field) {
		const term = Number(value ?? 1);
		if (!Object.hasOwn(TERM_MONTHS, term)) {
			throw invalid({ [field]: [`'${value}' is not a valid BillingRenewalTerm: 1 Monthly, 2 Yearly, 3 Quarterly, 4 OneTime.`] });
		}
		return term;
	}

	function parseDate(value, field, { required = false } = {}) {
		if (value === undefined || value === null || value === '') {
			if (required) throw invalid({ [field]: [`The ${field.split('.').pop()} field is required.`] });
			return null;
		}
		const second = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? toSecond(value) : null;
		if (!second) throw invalid({ [field]: [`Could not convert '${value}' to a date.`] });
		return second;
	}

	function planOf(entry, field) {
		if (!entry?.Plan?.Uid) throw invalid({ [`${field}.Plan`]: ['A Plan with a Uid is required.'] });
		return ctx.mustFind('plans', 'Plan', entry.Plan.Uid);
	}

	function addOnsOf(entries, field) {
		if (entries === undefined || entries === null) return [];
		if (!Array.isArray(entries)) throw invalid({ [`${field}.SubscriptionAddOns`]: ['SubscriptionAddOns must be a list.'] });
		return entries.map((entry, index) => {
			if (!entry?.AddOn?.Uid) throw invalid({ [`${field}.SubscriptionAddOns[${index}].AddOn`]: ['An AddOn with a Uid is required.'] });
			return { addOn: ctx.mustFind('addOns', 'AddOn', entry.AddOn.Uid), Quantity: parseNumber(entry.Quantity, `${field}.SubscriptionAddOns[${index}].Quantity`) };
		});
	}

	function checkSubscriptionInput(entry, field) {
		planOf(entry, field);
		parseTerm(entry.BillingRenewalTerm, `${field}.BillingRenewalTerm`);
		addOnsOf(entry.SubscriptionAddOns, field);
	}

	/** Subscription properties for a plan and term starting at `start`. */
	function subscriptionFields(plan, term, start, entry = {}) {
		return {
			BillingRenewalTerm: term,
			planUid: plan.Uid,
			Quantity: parseNumber(entry.Quantity, 'subscription.Quantity'),
			StartDate: start,
			EndDate: null,
			ExpirationDate: null,
			RenewalDate: ctx.renewalAfter(start, term),
			NewRequiredQuantity: null,
			IsPlanUpgradeRequired: false,
			PlanUpgradeRequiredMessage: null,
			DiscountCode: null,
			Rate: ctx.planRate(plan, term),
		};
	}

	function addOnRate(addOn, term) {
		if (addOn.BillingAddOnType === 3) return 0; // usage is billed at the end of the month
		return ctx.planRate(addOn, term);
	}

	/** Invoice lines for a subscription period: the plan, its add-ons and (now, not at renewal) the setup fee. */
	function lines(plan, term, start, addOns, { asOf = 'now', quantity = null } = {}) {
		const renewal = ctx.renewalAfter(start, term);
		const period = { StartDate: start, EndDate: renewal ? addPeriod(renewal, { days: -1 }) : null };
		const items = [{ ...period, Description: plan.Name, UnitOfMeasure: plan.UnitOfMeasure ?? '', Quantity: quantity, Rate: ctx.planRate(plan, term), Amount: ctx.planRate(plan, term) * (quantity ?? 1) }];
		for (const { addOn, Quantity } of addOns) {
			const rate = addOnRate(addOn, term);
			items.push({ ...period, Description: addOn.Name, UnitOfMeasure: addOn.UnitOfMeasure ?? '', Quantity: Quantity ?? null, Rate: rate, Amount: rate * (Quantity ?? 1) });
		}
		if (asOf === 'now' && plan.SetupFee > 0) {
			items.push({ StartDate: null, EndDate: null, Description: `${plan.Name} setup fee`, UnitOfMeasure: '', Quantity: null, Rate: plan.SetupFee, Amount: plan.SetupFee });
		}
		return items.map((item) => ({ Tax: 0, ...item }));
	}

	const total = (items) => Math.round(items.reduce((sum, item) => sum + item.Amount, 0) * 100) / 100;

	/** An invoice that is never saved (previews). */
	function transientInvoice(subscription, items, invoiceDate) {
		const invoice = {
			InvoiceDate: invoiceDate,
			Number: ctx.counters.invoiceNumber,
			BillingInvoiceStatus: INVOICE_STATUS.Open,
			subscription,
			Amount: total(items),
			AmountOutstanding: total(items),
			IsUserGenerated: false,
			Uid: null,
			Created: NULL_DATE,
			Updated: NULL_DATE,
		};
		invoice.lineItems = items.map((item) => ({ ...item, invoice, Uid: null, Created: NULL_DATE, Updated: NULL_DATE }));
		return invoice;
	}

	function transientSubscription(plan, term, start, accountUid, addOns) {
		const subscription = { ...subscriptionFields(plan, term, start), accountUid, Uid: null, Created: NULL_DATE, Updated: NULL_DATE };
		subscription.addOns = addOns.map(({ addOn, Quantity }) => ({
			BillingRenewalTerm: term,
			subscription,
			addOnUid: addOn.Uid,
			Quantity: Quantity ?? null,
			StartDate: start,
			EndDate: null,
			RenewalDate: subscription.RenewalDate,
			NewRequiredQuantity: null,
			Uid: null,
			Created: NULL_DATE,
			Updated: NULL_DATE,
		}));
		return subscription;
	}

	/** A saved invoice with its lines and the Invoice transaction on the account. */
	function saveInvoice(subscription, items, { invoiceDate = nowSecond(), userGenerated = false, Created } = {}) {
		const amount = total(items);
		const invoice = ctx.add(
			'invoices',
			{
				InvoiceDate: invoiceDate,
				Number: ctx.counters.invoiceNumber++,
				BillingInvoiceStatus: amount === 0 ? INVOICE_STATUS.Paid : INVOICE_STATUS.Open,
				subscriptionUid: subscription.Uid,
				accountUid: subscription.accountUid,
				Amount: amount,
				AmountOutstanding: amount,
				IsUserGenerated: userGenerated,
			},
			{ Created },
		);
		for (const item of items) ctx.add('lineItems', { ...item, invoiceUid: invoice.Uid }, { Created: invoice.Created });
		ctx.add(
			'transactions',
			{ TransactionDate: invoiceDate, BillingTransactionType: TRANSACTION_TYPES.Invoice, accountUid: subscription.accountUid, invoiceUid: invoice.Uid, Amount: amount },
			{ Created: invoice.Created },
		);
		return invoice;
	}

	function createSubscription(account, entry, { query, start = nowSecond(), Created, visibleAfterMs, fields = {} } = {}) {
		const plan = planOf(entry, 'subscription');
		const term = parseTerm(entry.BillingRenewalTerm, 'subscription.BillingRenewalTerm');
		const addOns = addOnsOf(entry.SubscriptionAddOns, 'subscription');
		const subscription = ctx.add('subscriptions', { ...subscriptionFields(plan, term, start, entry), accountUid: account.Uid, ...fields }, { Created: Created ?? start, visibleAfterMs });
		for (const { addOn, Quantity } of addOns) addSubscriptionAddOn(subscription, addOn, term, Quantity);
		return subscription;
	}

	function addSubscriptionAddOn(subscription, addOn, term, quantity) {
		return ctx.add('subscriptionAddOns', {
			BillingRenewalTerm: term,
			subscriptionUid: subscription.Uid,
			addOnUid: addOn.Uid,
			Quantity: quantity ?? null,
			StartDate: nowSecond(),
			EndDate: null,
			RenewalDate: subscription.RenewalDate,
			NewRequiredQuantity: null,
		});
	}

	function accountOf(body, field) {
		if (!body.Account?.Uid) throw invalid({ [`${field}.Account`]: ['An Account with a Uid is required.'] });
		return ctx.mustFind('accounts', 'Account', body.Account.Uid);
	}

	function currentSubscriptionFor(params, body, field) {
		const subscription = ctx.mustFind('subscriptions', 'Subscription', params.subscriptionUid);
		if (body.Account?.Uid && body.Account.Uid !== subscription.accountUid) {
			throw badRequest(`Subscription ${subscription.Uid} does not belong to account ${body.Account.Uid}.`);
		}
		if (subscription.EndDate && toMillis(subscription.EndDate) <= Date.now()) {
			throw badRequest(`Subscription ${subscription.Uid} has ended; add a first-time subscription instead.`);
		}
		accountOf({ Account: { Uid: subscription.accountUid } }, field);
		return subscription;
	}

	function findCoupon(identifier) {
		return ctx.find('coupons', identifier) ?? ctx.all('coupons').find((coupon) => coupon.UniqueIdentifier === identifier);
	}

	function checkCoupon(body) {
		const modelState = {};
		const fail = (key, message) => (modelState[`discountCoupon.${key}`] = [message]);
		if (!body.UniqueIdentifier) fail('UniqueIdentifier', 'The UniqueIdentifier field is required.');
		if (!body.Name) fail('Name', 'The Name field is required.');
		const amountOff = parseNumber(body.AmountOff, 'discountCoupon.AmountOff');
		const percentOff = parseNumber(body.PercentOff, 'discountCoupon.PercentOff');
		// "Only one of AmountOff or PercentOff should be set."
		if ((amountOff === null) === (percentOff === null)) fail('AmountOff', 'Set exactly one of AmountOff or PercentOff.');
		if (amountOff !== null && amountOff <= 0) fail('AmountOff', 'AmountOff must be greater than 0.');
		if (percentOff !== null && (percentOff <= 0 || percentOff > 100)) fail('PercentOff', 'PercentOff must be between 0 and 100.');
		const duration = Number(body.Duration);
		if (![1, 2, 3].includes(duration)) fail('Duration', `'${body.Duration}' is not a valid Duration: 1 Forever, 2 Once, 3 Repeating.`);
		const months = parseNumber(body.DurationInMonths, 'discountCoupon.DurationInMonths');
		// "3 - Repeating (DurationInMonths must be set)"
		if (duration === 3 && !(Number.isInteger(months) && months > 0)) fail('DurationInMonths', 'DurationInMonths must be set for a repeating discount.');
		const maxRedemptions = parseNumber(body.MaxRedemptions, 'discountCoupon.MaxRedemptions');
		const redeemBy = parseDate(body.RedeemBy, 'discountCoupon.RedeemBy');
		if (body.DiscountCouponPlans !== undefined && body.DiscountCouponPlans !== null && !Array.isArray(body.DiscountCouponPlans)) {
			fail('DiscountCouponPlans', 'DiscountCouponPlans must be a list.');
		}
		if (Object.keys(modelState).length) throw invalid(modelState);
		if (findCoupon(body.UniqueIdentifier)) throw badRequest(`A discount with the identifier ${body.UniqueIdentifier} already exists.`);
		return {
			UniqueIdentifier: body.UniqueIdentifier,
			Name: body.Name,
			IsActive: parseBool(body.IsActive, 'discountCoupon.IsActive', true),
			AmountOff: amountOff,
			PercentOff: percentOff,
			Duration: duration,
			DurationInMonths: months,
			MaxRedemptions: maxRedemptions,
			RedeemBy: redeemBy,
			DiscountCouponPlans: (body.DiscountCouponPlans ?? []).map((plan) => ({ Uid: plan?.Uid ?? null })),
		};
	}

	const handlers = {
		'Get all plan families': ({ query }) => ok(ctx.list('PlanFamily', ctx.all('planFamilies'), query)),
		'Get all plans': ({ query }) => ok(ctx.list('Plan', ctx.all('plans'), query)),
		'Add usage for add on': ({ body }) => {
			if (!body.SubscriptionAddOn?.Uid) throw invalid({ 'usage.SubscriptionAddOn': ['A SubscriptionAddOn with a Uid is required.'] });
			const link = ctx.mustFind('subscriptionAddOns', 'SubscriptionAddOn', body.SubscriptionAddOn.Uid);
			const usageDate = parseDate(body.UsageDate, 'usage.UsageDate', { required: true });
			const amount = parseNumber(body.Amount, 'usage.Amount', { required: true });
			if (ctx.find('addOns', link.addOnUid)?.BillingAddOnType !== 3) {
				throw badRequest(`Add-on ${link.addOnUid} is not billed by usage.`);
			}
			return ok(ctx.render('Usage', ctx.add('usage', { UsageDate: usageDate, Amount: amount, subscriptionAddOnUid: link.Uid })));
		},
		'Add discount': ({ body }) => ok(ctx.render('DiscountCoupon', ctx.add('coupons', checkCoupon(body)))),

		'Get subscription': ({ params, query }) => ok(ctx.render('Subscription', ctx.mustFind('subscriptions', 'Subscription', params.subscriptionUid), selectionOf(query))),
		// Inferred from the prose ("GET …/billing/subscriptions?EndDate__lt=…"): no request in the collection.
		'Get all subscriptions': ({ query }) => ok(ctx.list('Subscription', ctx.all('subscriptions'), query)),
		'Add first time subscription (preview)': ({ body, query }) => {
			const asOf = query.asOf ?? 'now';
			if (!['now', 'renewal'].includes(asOf)) throw badRequest(`asOf must be now or renewal, not '${asOf}'.`);
			const plan = planOf(body, 'subscription');
			const term = parseTerm(body.BillingRenewalTerm, 'subscription.BillingRenewalTerm');
			const addOns = addOnsOf(body.SubscriptionAddOns, 'subscription');
			const accountUid = body.Account?.Uid ? ctx.mustFind('accounts', 'Account', body.Account.Uid).Uid : null;
			const start = asOf === 'renewal' ? ctx.renewalAfter(nowSecond(), term) ?? nowSecond() : nowSecond();
			const subscription = transientSubscription(plan, term, start, accountUid, addOns);
			return ok(ctx.render('Invoice', transientInvoice(subscription, lines(plan, term, start, addOns, { asOf }), start)));
		},
		'Add first time subscription': ({ body, query }) => {
			const account = accountOf(body, 'subscription');
			if (ctx.currentSubscription(account.Uid)) throw badRequest(`Account ${account.Uid} already has a subscription; change it instead.`);
			const subscription = createSubscription(account, body, { query });
			const plan = ctx.find('plans', subscription.planUid);
			const invoice = saveInvoice(subscription, lines(plan, subscription.BillingRenewalTerm, subscription.StartDate, addOnsOf(body.SubscriptionAddOns, 'subscription'), { quantity: subscription.Quantity }));
			ctx.setStage(account, plan.TrialPeriodDays > 0 ? 2 : 3, query);
			return ok(ctx.render('Invoice', invoice));
		},
		'Change subscription (preview)': ({ params, body }) => {
			const current = currentSubscriptionFor(params, body, 'subscription');
			const plan = planOf(body, 'subscription');
			const term = parseTerm(body.BillingRenewalTerm, 'subscription.BillingRenewalTerm');
			const addOns = addOnsOf(body.SubscriptionAddOns, 'subscription');
			const start = nowSecond();
			const subscription = transientSubscription(plan, term, start, current.accountUid, addOns);
			return ok(ctx.render('Invoice', transientInvoice(subscription, lines(plan, term, start, addOns, { asOf: 'renewal' }), start)));
		},
		'Change subscription': ({ params, body, query }) => {
			const current = currentSubscriptionFor(params, body, 'subscription');
			const account = ctx.find('accounts', current.accountUid);
			const start = nowSecond();
			checkSubscriptionInput(body, 'subscription');
			// Inferred: the old subscription ends now and a new one starts (no proration).
			current.EndDate = start;
			current.RenewalDate = null;
			current.Updated = start;
			const subscription = createSubscription(account, body, { query, start });
			const plan = ctx.find('plans', subscription.planUid);
			const invoice = saveInvoice(subscription, lines(plan, subscription.BillingRenewalTerm, start, addOnsOf(body.SubscriptionAddOns, 'subscription'), { asOf: 'renewal', quantity: subscription.Quantity }));
			return ok(ctx.render('Invoice', invoice));
		},
		'Set subscription upgrade required': ({ params, body }) => {
			const subscription = ctx.mustFind('subscriptions', 'Subscription', params.subscriptionUid);
			if (body.Uid !== undefined && body.Uid !== subscription.Uid) throw invalid({ 'subscription.Uid': ['The Uid in the body does not match the URL.'] });
			if ('NewRequiredQuantity' in body) subscription.NewRequiredQuantity = parseNumber(body.NewRequiredQuantity, 'subscription.NewRequiredQuantity');
			if ('IsPlanUpgradeRequired' in body) subscription.IsPlanUpgradeRequired = parseBool(body.IsPlanUpgradeRequired, 'subscription.IsPlanUpgradeRequired');
			if ('PlanUpgradeRequiredMessage' in body) subscription.PlanUpgradeRequiredMessage = body.PlanUpgradeRequiredMessage ?? null;
			subscription.Updated = nowSecond();
			// Inferred (no example): the flagged subscription.
			return ok(ctx.render('Subscription', subscription));
		},
		'Extend trial subscription': ({ params, query }) => {
			const account = ctx.mustFind('accounts', 'Account', params.accountUid);
			const { date } = params;
			// The path's date is `yyyy-MM-dd`; other forms are refused.
			const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
			const day = match ? `${date}T00:00:00` : null;
			if (!day || toSecond(day) !== day) throw badRequest(`'${date}' is not a date in the form yyyy-MM-dd.`);
			if (toMillis(day) <= Date.now()) throw badRequest(`The new trial end ${date} must be in the future.`);
			if (![2, 6].includes(account.AccountStage)) throw badRequest(`Only trials can be extended; account ${account.Uid} is not trialing.`);
			const subscription = ctx.latestSubscription(account.Uid);
			if (!subscription) throw badRequest(`Account ${account.Uid} has no trial subscription.`);
			Object.assign(subscription, { EndDate: null, ExpirationDate: day, RenewalDate: day, Updated: nowSecond() });
			ctx.setStage(account, 2, query);
			return empty();
		},
		'Add add-on to subscription': ({ body }) => {
			if (!body.Subscription?.Uid) throw invalid({ 'subscriptionAddOn.Subscription': ['A Subscription with a Uid is required.'] });
			if (!body.AddOn?.Uid) throw invalid({ 'subscriptionAddOn.AddOn': ['An AddOn with a Uid is required.'] });
			const subscription = ctx.mustFind('subscriptions', 'Subscription', body.Subscription.Uid);
			const addOn = ctx.mustFind('addOns', 'AddOn', body.AddOn.Uid);
			if (ctx.where('subscriptionAddOns', 'subscriptionUid', subscription.Uid).some((link) => link.addOnUid === addOn.Uid && !link.EndDate)) {
				throw badRequest(`Subscription ${subscription.Uid} already has add-on ${addOn.Uid}.`);
			}
			const term = body.BillingRenewalTerm === undefined ? subscription.BillingRenewalTerm : parseTerm(body.BillingRenewalTerm, 'subscriptionAddOn.BillingRenewalTerm');
			const quantity = parseNumber(body.Quantity, 'subscriptionAddOn.Quantity');
			// Inferred (no example): the new subscription add-on.
			return ok(ctx.render('SubscriptionAddOn', addSubscriptionAddOn(subscription, addOn, term, quantity)));
		},
		'Add discount to subscription': ({ params }) => {
			const subscription = ctx.mustFind('subscriptions', 'Subscription', params.subscriptionUid);
			// Inferred: the discount is named by its Uid or by its UniqueIdentifier (the coupon code).
			const coupon = findCoupon(params.discountUid);
			if (!coupon) throw notFound('DiscountCoupon', params.discountUid);
			if (!coupon.IsActive) throw badRequest(`Discount ${coupon.UniqueIdentifier} is not active.`);
			if (coupon.RedeemBy && toMillis(coupon.RedeemBy) < Date.now()) throw badRequest(`Discount ${coupon.UniqueIdentifier} expired on ${coupon.RedeemBy}.`);
			const redemptions = ctx.where('couponSubscriptions', 'couponUid', coupon.Uid);
			if (coupon.MaxRedemptions !== null && redemptions.length >= coupon.MaxRedemptions) {
				throw badRequest(`Discount ${coupon.UniqueIdentifier} has reached its maximum redemptions.`);
			}
			const plans = coupon.DiscountCouponPlans.map((plan) => plan.Uid);
			if (plans.length && !plans.includes(subscription.planUid)) throw badRequest(`Discount ${coupon.UniqueIdentifier} does not apply to plan ${subscription.planUid}.`);
			if (redemptions.some((link) => link.subscriptionUid === subscription.Uid)) {
				throw badRequest(`Discount ${coupon.UniqueIdentifier} is already applied to subscription ${subscription.Uid}.`);
			}
			ctx.add('couponSubscriptions', { couponUid: coupon.Uid, subscriptionUid: subscription.Uid });
			subscription.DiscountCode = coupon.UniqueIdentifier;
			subscription.Updated = nowSecond();
			// Inferred (no example): the subscription with its discount.
			return ok(ctx.render('Subscription', subscription));
		},

		// Inferred from the prose ("GET …/billing/invoices?Amount__gte=1000"): no request in the collection.
		'Get all invoices': ({ query }) => ok(ctx.list('Invoice', ctx.all('invoices'), query)),
		'Add new invoice': ({ body }) => {
			if (!body.Subscription?.Uid) throw invalid({ 'invoice.Subscription': ['A Subscription with a Uid is required.'] });
			const subscription = ctx.mustFind('subscriptions', 'Subscription', body.Subscription.Uid);
			const invoiceDate = parseDate(body.InvoiceDate, 'invoice.InvoiceDate', { required: true });
			if (!Array.isArray(body.InvoiceLineItems) || !body.InvoiceLineItems.length) {
				throw invalid({ 'invoice.InvoiceLineItems': ['At least one line item is required.'] });
			}
			const items = body.InvoiceLineItems.map((item, index) => {
				if (!item?.Description) throw invalid({ [`invoice.InvoiceLineItems[${index}].Description`]: ['The Description field is required.'] });
				const amount = parseNumber(item.Amount, `invoice.InvoiceLineItems[${index}].Amount`, { required: true });
				return { StartDate: null, EndDate: null, Description: item.Description, UnitOfMeasure: '', Quantity: null, Rate: 0, Amount: amount, Tax: 0 };
			});
			return ok(ctx.render('Invoice', saveInvoice(subscription, items, { invoiceDate, userGenerated: true })));
		},
		'Get all transactions by account': ({ params, query }) => {
			ctx.mustFind('accounts', 'Account', params.accountUid);
			return ok(ctx.list('Transaction', ctx.byCreated(ctx.where('transactions', 'accountUid', params.accountUid)), query));
		},
		'Add invoice payment': ({ body, query }) => {
			const account = accountOf(body, 'payment');
			if (!body.Invoice?.Uid) throw invalid({ 'payment.Invoice': ['An Invoice with a Uid is required.'] });
			const invoice = ctx.mustFind('invoices', 'Invoice', body.Invoice.Uid);
			const amount = parseNumber(body.Amount, 'payment.Amount', { required: true });
			if (invoice.accountUid !== account.Uid) throw badRequest(`Invoice ${invoice.Uid} does not belong to account ${account.Uid}.`);
			if (amount === 0) throw invalid({ 'payment.Amount': ['The Amount must not be 0.'] });
			if (invoice.BillingInvoiceStatus === INVOICE_STATUS.Paid) throw badRequest(`Invoice ${invoice.Number} is already paid.`);
			// Payments are negative ledger amounts in the example (-19.99); the size is what counts.
			const paid = Math.abs(amount);
			if (paid > invoice.AmountOutstanding + 1e-9) throw badRequest(`The payment ${paid} exceeds the outstanding ${invoice.AmountOutstanding}.`);
			invoice.AmountOutstanding = Math.round((invoice.AmountOutstanding - paid) * 100) / 100;
			if (invoice.AmountOutstanding === 0) invoice.BillingInvoiceStatus = INVOICE_STATUS.Paid;
			invoice.Updated = nowSecond();
			const transaction = ctx.add('transactions', {
				TransactionDate: nowSecond(),
				BillingTransactionType: TRANSACTION_TYPES.Payment,
				accountUid: account.Uid,
				invoiceUid: invoice.Uid,
				Amount: amount,
			});
			ctx.logActivity(query, ACTIVITY_TYPES.AccountBillingInformationUpdated, ENTITY_TYPES.Account, account.Uid, { description: `Payment of ${paid} on invoice ${invoice.Number}` });
			// Inferred (no example): the payment transaction.
			return ok(ctx.render('Transaction', transaction));
		},
		'Update Payment Information': ({ body, query }) => {
			const account = accountOf(body, 'paymentInformation');
			if (!body.PaymentToken) throw invalid({ 'paymentInformation.PaymentToken': ['The PaymentToken field is required.'] });
			const existing = ctx.where('paymentInformation', 'accountUid', account.Uid)[0];
			const fields = { accountUid: account.Uid, NameOnCard: body.NameOnCard ?? null, CustomerToken: body.CustomerToken ?? null, PaymentToken: body.PaymentToken };
			const info = existing ? Object.assign(existing, fields, { Updated: nowSecond() }) : ctx.add('paymentInformation', fields);
			ctx.logActivity(query, ACTIVITY_TYPES.AccountBillingInformationUpdated, ENTITY_TYPES.Account, account.Uid, { description: account.Name });
			// Inferred (no example): the stored payment information.
			return ok(ctx.render('PaymentInformation', info));
		},
	};
	handlers['Add first time subscription with add ons'] = handlers['Add first time subscription'];

	return { handlers, createSubscription, checkSubscriptionInput, saveInvoice, lines, TRANSACTION_TYPES, INVOICE_STATUS };
}

module.exports = { createBilling, TRANSACTION_TYPES, INVOICE_STATUS };
