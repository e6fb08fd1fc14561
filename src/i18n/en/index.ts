import { common } from './common.ts';

/** English, the source catalog: every message id is defined here first. */
export const en = {
  ...common,
} as const;
