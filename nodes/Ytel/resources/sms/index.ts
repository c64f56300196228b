import type { ResourceSpec } from '../../../shared/operations';
import { send } from './send';

export const sms: ResourceSpec = { name: 'SMS', value: 'sms', operations: [send], defaultOperation: 'send' };
