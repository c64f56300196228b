import { changeOperation } from './shared';

export const change = changeOperation(false);
