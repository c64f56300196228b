/**
 * The properties of each Outseta record that Fields offers to pick: those Outseta's documentation
 * shows on the record (its example answers and request bodies). Any other property, or a dotted
 * path into a linked record, is given with an expression.
 */
const TIMES = ['Created', 'Updated'];

export const RECORD_FIELDS = {
	person: ['Uid', 'Email', 'FirstName', 'LastName', 'FullName', 'Title', 'PhoneMobile', 'PhoneWork', 'Timezone', 'MailingAddress', 'PersonAccount',
		'EmailBounceDateTime', 'EmailLastDeliveredDateTime', 'EmailSpamDateTime', 'EmailUnsubscribeDateTime', ...TIMES],
	account: ['Uid', 'Name', 'ClientIdentifier', 'AccountStage', 'AccountStageLabel', 'BillingAddress', 'MailingAddress', 'PersonAccount', 'PrimaryContact',
		'CurrentSubscription', 'Subscriptions', 'PaymentInformation', ...TIMES],
	activity: ['Uid', 'Title', 'Description', 'ActivityType', 'ActivityDateTime', 'ActivityData', 'EntityType', 'EntityUid', ...TIMES],
	deal: ['Uid', 'Name', 'Amount', 'AssignedToPersonClientIdentifier', 'DealPipelineStage', 'Account', 'DealPeople', ...TIMES],
	supportCase: ['Uid', 'Subject', 'Body', 'Status', 'Source', 'SubmittedDateTime', 'FromPerson', 'AssignedToPersonClientIdentifier', 'CaseHistories', 'UserAgent', ...TIMES],
	emailListSubscription: ['Uid', 'EmailList', 'Person', 'EmailListSubscriberStatus', 'SubscribedDate', 'ConfirmedDate', 'UnsubscribedDate', 'UnsubscribeReason',
		'UnsubscribeReasonOther', 'CleanedDate', 'SendWelcomeEmail', 'WelcomeEmailDeliverDateTime', 'WelcomeEmailOpenDateTime', ...TIMES],
	subscription: ['Uid', 'Account', 'Plan', 'BillingRenewalTerm', 'Quantity', 'StartDate', 'EndDate', 'RenewalDate', 'SubscriptionAddOns', 'IsPlanUpgradeRequired',
		'PlanUpgradeRequiredMessage', 'NewRequiredQuantity', ...TIMES],
	invoice: ['Uid', 'Number', 'InvoiceDate', 'BillingInvoiceStatus', 'Amount', 'AmountOutstanding', 'IsUserGenerated', 'Subscription', 'InvoiceLineItems', ...TIMES],
	transaction: ['Uid', 'Amount', 'Invoice', ...TIMES],
	plan: ['Uid', 'Name', 'MonthlyRate', 'AnnualRate', 'SetupFee', 'TrialPeriodDays', 'IsQuantityEditable', 'MinimumQuantity', 'IsTaxable', 'UnitOfMeasure',
		'PlanFamily', 'PlanAddOns', ...TIMES],
	planFamily: ['Uid', 'Name', 'Plans', ...TIMES],
	article: ['Uid', 'Title', 'Body', 'Category', ...TIMES],
	category: ['Uid', 'Name', ...TIMES],
} satisfies Record<string, string[]>;

export type RecordKind = keyof typeof RECORD_FIELDS;
