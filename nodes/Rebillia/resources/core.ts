import { assembleResources } from '../../shared/operations';
import { billRun } from './billRun';
import { chargeCredit } from './chargeCredit';
import { customer } from './customer';
import { customerAddress } from './customerAddress';
import { customerPaymentMethod } from './customerPaymentMethod';
import { invoice } from './invoice';
import { subscription } from './subscription';
import { subscriptionRatePlan } from './subscriptionRatePlan';
import { subscriptionRatePlanCharge } from './subscriptionRatePlanCharge';
import { transaction } from './transaction';

/** Every resource and operation of the core Rebillia node, as the node shows them. */
export const rebilliaCoreResources = assembleResources(
	[
		customer,
		customerAddress,
		customerPaymentMethod,
		chargeCredit,
		subscription,
		subscriptionRatePlan,
		subscriptionRatePlanCharge,
		invoice,
		transaction,
		billRun,
	],
	'customer',
);
