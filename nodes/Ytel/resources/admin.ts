import { assembleResources } from '../../shared/operations';
import { account } from './account';
import { accountConfig } from './accountConfig';
import { externalConfig } from './externalConfig';
import { subaccount } from './subaccount';

/** The Ytel Admin node's resources: the account, its subaccounts, account settings and external service settings. */
export const adminResources = assembleResources([account, subaccount, accountConfig, externalConfig], 'account');
