import { shopperPaymentMethodLocator } from '../../../shared/locators';

export const paymentMethodIdField = shopperPaymentMethodLocator();
