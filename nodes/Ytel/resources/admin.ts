import { assembleResources } from '../../shared/operations';
import { account } from './account';
import { accountConfig } from './accountConfig';
import { externalConfig } from './externalConfig';
import { privilege, role } from './role';
import { subaccount } from './subaccount';
import { twoFactor } from './twoFactor';
import { user } from './user';
import { webphoneStatus } from './webphoneStatus';
import { workGroup } from './workGroup';

/** The Ytel Admin node's resources (administration on Ytel's AMS): users first, as most admins reach for them. */
export const adminResources = assembleResources(
	[user, workGroup, twoFactor, webphoneStatus, role, privilege, account, subaccount, accountConfig, externalConfig],
	'user',
);
