import { account } from './account';
import { activity } from './activity';
import { deal } from './deal';
import { discountCoupon } from './discountCoupon';
import { emailListSubscription } from './emailListSubscription';
import { invoice } from './invoice';
import { knowledgeBase } from './knowledgeBase';
import { paymentInformation } from './paymentInformation';
import { person } from './person';
import { plan } from './plan';
import { planFamily } from './planFamily';
import { profile } from './profile';
import { subscription } from './subscription';
import { supportCase } from './supportCase';
import { token } from './token';
import { transaction } from './transaction';
import { usage } from './usage';

/** CRM, marketing, support and the signed-in person. */
export const crmResources = [person, account, activity, deal, emailListSubscription, supportCase, knowledgeBase, profile, token];
/** Plans, subscriptions, invoices and payments. */
export const billingResources = [plan, planFamily, subscription, usage, discountCoupon, invoice, transaction, paymentInformation];
