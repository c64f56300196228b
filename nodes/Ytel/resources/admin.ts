import { assembleResources } from '../../shared/operations';
import { privilege, role } from './role';
import { twoFactor } from './twoFactor';
import { user } from './user';
import { webphoneStatus } from './webphoneStatus';
import { workGroup } from './workGroup';

/** The Ytel Admin node's resources (administration on Ytel's AMS). */
export const adminResources = assembleResources([user, twoFactor, webphoneStatus, role, privilege, workGroup], 'user');
