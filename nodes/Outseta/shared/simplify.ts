import type { IDataObject } from 'n8n-workflow';
import { ACCOUNT_STAGE_LABELS } from './descriptions';

/**
 * Simplify keeps the properties most workflows use, and the Uids (and names) of the linked records
 * that Outseta sends by default: a record's own linked records come with their properties, but
 * theirs do not (an account's memberships carry no person, its current subscription no plan), so
 * nothing is read from a level Outseta leaves empty.
 */

function pick(record: IDataObject, keys: string[]): IDataObject {
	const result: IDataObject = {};
	for (const key of keys) if (key in record) result[key] = record[key];
	return result;
}

const objectAt = (record: IDataObject, key: string) => {
	const value = record[key];
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : null;
};

/** `{name: [linkedKey, property]}`: the property of a linked record, for records that carry the link. */
function linked(record: IDataObject, links: Record<string, [string, string]>): IDataObject {
	const result: IDataObject = {};
	for (const [name, [key, property]] of Object.entries(links)) {
		if (key in record) result[name] = (objectAt(record, key)?.[property] as IDataObject | undefined) ?? null;
	}
	return result;
}

const withTimes = (record: IDataObject) => pick(record, ['Created', 'Updated']);

export function simplifyPerson(person: IDataObject): IDataObject {
	return pick(person, ['Uid', 'Email', 'FirstName', 'LastName', 'FullName', 'Title', 'PhoneMobile', 'PhoneWork', 'Timezone', 'Created', 'Updated']);
}

export function simplifyAccount(account: IDataObject): IDataObject {
	const simplified = pick(account, ['Uid', 'Name', 'ClientIdentifier', 'AccountStage', 'AccountStageLabel']);
	if (simplified.AccountStageLabel === undefined && typeof account.AccountStage === 'number') {
		simplified.AccountStageLabel = ACCOUNT_STAGE_LABELS[account.AccountStage] ?? null;
	}
	if (Array.isArray(account.PersonAccount)) {
		// The membership Uids that Update Membership and Remove Person take.
		simplified.Memberships = (account.PersonAccount as IDataObject[]).map((membership) => pick(membership, ['Uid', 'IsPrimary']));
	}
	return {
		...simplified,
		...linked(account, {
			PrimaryPersonUid: ['PrimaryContact', 'Uid'],
			PrimaryPersonEmail: ['PrimaryContact', 'Email'],
			CurrentSubscriptionUid: ['CurrentSubscription', 'Uid'],
		}),
		...withTimes(account),
	};
}

export function simplifyDeal(deal: IDataObject): IDataObject {
	return {
		...pick(deal, ['Uid', 'Name', 'Amount', 'AssignedToPersonClientIdentifier']),
		...linked(deal, {
			DealPipelineStageUid: ['DealPipelineStage', 'Uid'],
			DealPipelineStageName: ['DealPipelineStage', 'Name'],
			AccountUid: ['Account', 'Uid'],
			AccountName: ['Account', 'Name'],
		}),
		...withTimes(deal),
	};
}

export function simplifyCase(supportCase: IDataObject): IDataObject {
	return {
		...pick(supportCase, ['Uid', 'Subject', 'Body', 'Status', 'Source', 'SubmittedDateTime', 'AssignedToPersonClientIdentifier']),
		...linked(supportCase, { FromPersonUid: ['FromPerson', 'Uid'], FromPersonEmail: ['FromPerson', 'Email'] }),
		...withTimes(supportCase),
	};
}

export function simplifyListSubscriber(subscription: IDataObject): IDataObject {
	return {
		...pick(subscription, ['Uid', 'EmailListSubscriberStatus', 'SubscribedDate', 'UnsubscribedDate']),
		...linked(subscription, {
			EmailListUid: ['EmailList', 'Uid'],
			EmailListName: ['EmailList', 'Name'],
			PersonUid: ['Person', 'Uid'],
			PersonEmail: ['Person', 'Email'],
		}),
		...withTimes(subscription),
	};
}

export function simplifySubscription(subscription: IDataObject): IDataObject {
	return {
		...pick(subscription, ['Uid', 'BillingRenewalTerm', 'Quantity', 'StartDate', 'EndDate', 'RenewalDate', 'IsPlanUpgradeRequired']),
		...linked(subscription, {
			AccountUid: ['Account', 'Uid'],
			AccountName: ['Account', 'Name'],
			PlanUid: ['Plan', 'Uid'],
			PlanName: ['Plan', 'Name'],
		}),
		...withTimes(subscription),
	};
}

export function simplifyInvoice(invoice: IDataObject): IDataObject {
	return {
		...pick(invoice, ['Uid', 'Number', 'InvoiceDate', 'BillingInvoiceStatus', 'Amount', 'AmountOutstanding', 'IsUserGenerated']),
		...linked(invoice, { SubscriptionUid: ['Subscription', 'Uid'] }),
		...withTimes(invoice),
	};
}

/** Activities are flat already: their own properties are what a workflow uses. */
export function simplifyActivity(activity: IDataObject): IDataObject {
	return activity;
}
