import type { ResourceSpec } from '../../../shared/operations';
import { update } from './update';

export const shortcode: ResourceSpec = { name: 'Short Code', value: 'shortcode', operations: [update], defaultOperation: 'update' };
