import type { ResourceSpec } from '../../../shared/operations';
import { get } from './get';
import { update } from './update';
import { updatePassword } from './updatePassword';

export const profile: ResourceSpec = { name: 'Profile', value: 'profile', operations: [get, update, updatePassword], defaultOperation: 'get' };
