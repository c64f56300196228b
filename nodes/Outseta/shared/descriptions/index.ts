/**
 * The descriptions Outseta's operations share, by what they describe: a resource's values and
 * pickers in its own file (account, activity, deal, knowledgeBase, person, subscription,
 * supportCase), body fields in body.ts, Get Many in getMany.ts, the Options of reads and writes
 * in options.ts.
 */

export { bodyField } from '../../../shared/fields';
export { ACCOUNT_STAGE_LABELS, accountLocator, accountLocatorInBody, accountStageOptions, membershipLocator } from './account';
export { ACTIVITY_TYPE_LABELS, activityTypeOptions, entityTypeOptions } from './activity';
export { addressField, customPropertiesField, extraPropertiesField, fieldCollection, inBody, textField, uidField } from './body';
export { dealLocator } from './deal';
export { filtersField, getManyFields, getManyOptions, queryFilter } from './getMany';
export { articleLocator } from './knowledgeBase';
export { doNotLogOption, fieldsOption, getOptions, writeOptions } from './options';
export { personChoice, personLocator } from './person';
export { billingRenewalTermOptions, planAndTerm, planLocator, subscriptionIdField } from './subscription';
export { caseLocator, caseSourceOptions, caseStatusOptions } from './supportCase';
