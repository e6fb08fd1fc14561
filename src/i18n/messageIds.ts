import type { en } from './en/index.ts';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K> = K extends `${infer Id}_${PluralSuffix}` ? Id : K;

/** Every message the catalogs hold; plural forms (`x_one`, `x_other`) are one id, chosen by `count`. */
export type MessageId = WithoutPlural<keyof typeof en>;
export type Catalog = Record<keyof typeof en, string>;
