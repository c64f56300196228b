import { assembleResources } from '../../../shared/operations';
import { addressBook } from './addressBook';
import { cart } from './cart';
import { checkout } from './checkout';
import { customer } from './customer';
import { gateway } from './gateway';
import { paymentMethod } from './paymentMethod';
import { product } from './product';
import { ratePlanCharge } from './ratePlanCharge';
import { settings } from './settings';
import { subscription } from './subscription';

/** Every storefront resource and operation (the 23 requests of the collection's Storefront folders). */
export const storefrontResources = assembleResources(
	[subscription, paymentMethod, addressBook, gateway, product, ratePlanCharge, checkout, cart, customer, settings],
	'storefrontSubscription',
);
