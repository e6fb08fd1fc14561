import type { Catalog } from '../messageIds.ts';
import { common } from './common.ts';

/** German: every id of the English catalog, nothing more (checked by a test). */
export const de: Catalog = {
  ...common,
};
