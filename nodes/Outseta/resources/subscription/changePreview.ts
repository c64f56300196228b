import { changeOperation } from './shared';

export const changePreview = changeOperation(true);
