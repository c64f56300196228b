import type { IDataObject } from 'n8n-workflow';
import { ACCOUNT_STAGE_LABELS } from './descriptions';

function pick(record: IDataObject, keys: string[]): IDataObject {
	const result: IDataObject = {};
	for (const key of keys) if (key in record) result[key] = record[key];
	return result;
}

const PERSON_KEYS = [
	'Uid',
	'Email',
	'FirstName',
	'LastName',
	'FullName',
	'Title',
	'PhoneMobile',
	'PhoneWork',
	'Timezone',
	'Created',
	'Updated',
];

const ACCOUNT_KEYS = ['Uid', 'Name', 'ClientIdentifier', 'AccountStage', 'AccountStageLabel', 'Created', 'Updated'];

export function simplifyPerson(person: IDataObject): IDataObject {
	const simplified = pick(person, PERSON_KEYS);
	const memberships = Array.isArray(person.PersonAccount) ? (person.PersonAccount as IDataObject[]) : [];
	simplified.AccountUids = memberships
		.map((membership) => (membership.Account as IDataObject | null)?.Uid)
		.filter((uid) => typeof uid === 'string');
	return simplified;
}

export function simplifyAccount(account: IDataObject): IDataObject {
	const simplified = pick(account, ACCOUNT_KEYS);
	if (simplified.AccountStageLabel === undefined && typeof account.AccountStage === 'number') {
		simplified.AccountStageLabel = ACCOUNT_STAGE_LABELS[account.AccountStage] ?? null;
	}
	const memberships = Array.isArray(account.PersonAccount) ? (account.PersonAccount as IDataObject[]) : [];
	const primary = memberships.find((membership) => membership.IsPrimary === true);
	simplified.PrimaryPersonUid = (primary?.Person as IDataObject | null)?.Uid ?? null;
	const subscription = (account.CurrentSubscription ?? null) as IDataObject | null;
	simplified.CurrentPlanUid = (subscription?.Plan as IDataObject | null)?.Uid ?? null;
	return simplified;
}
