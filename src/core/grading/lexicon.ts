import lemmatizer from 'wink-lemmatizer';
import english from '../../../data/lexicon/english.json' with { type: 'json' };

/**
 * General English, never one deck's words: how informative a word is (from its
 * frequency in everyday English), its base form (wink-lemmatizer), and its
 * synonyms and opposites (WordNet), built by scripts/buildLexicon.ts.
 */
const rank = new Map<string, number>();
english.ranks.split(' ').forEach((w, i) => rank.set(w, i + 1));
const RANKED = rank.size;

const synonymSets = new Map<string, number[]>();
english.synonyms.forEach((set, id) => {
  for (const w of set) synonymSets.set(w, [...(synonymSets.get(w) ?? []), id]);
});
const opposites = new Map<string, Set<string>>();
for (const [a, b] of english.antonyms as Array<[string, string]>) {
  (opposites.get(a) ?? opposites.set(a, new Set()).get(a))?.add(b);
  (opposites.get(b) ?? opposites.set(b, new Set()).get(b))?.add(a);
}

/**
 * How much a word says, in (0, 1]: common words little, rare and unknown ones
 * (technical terms, names) most. Information content under Zipf's law: -log p ~ log rank.
 */
export function informationOf(word: string): number {
  const r = rank.get(word);
  if (r === undefined) return 1;
  return Math.max(0.1, Math.log(r + 20) / Math.log(RANKED + 20));
}

const lemmas = new Map<string, string>();
const COMPARATIVE = /(?:er|est)$/;

/** The dictionary form of a word: "connected" -> "connect", "mice" -> "mouse", "slower" -> "slow". */
export function lemmaOf(word: string): string {
  let lemma = lemmas.get(word);
  if (lemma !== undefined) return lemma;
  if (COMPARATIVE.test(word) && lemmatizer.adjective(word) !== word) lemma = lemmatizer.adjective(word);
  else {
    const noun = lemmatizer.noun(word);
    const verb = lemmatizer.verb(word);
    lemma = verb !== word ? verb : noun !== word ? noun : lemmatizer.adjective(word);
  }
  if (lemmas.size >= 50_000) lemmas.clear();
  lemmas.set(word, lemma);
  return lemma;
}

/** Both words share one of their two commonest senses in WordNet. */
export function areSynonyms(a: string, b: string): boolean {
  if (a === b) return true;
  const x = synonymSets.get(a);
  const y = synonymSets.get(b);
  if (x === undefined || y === undefined) return false;
  for (const id of x) if (y.includes(id)) return true;
  return false;
}

/** Ids of the WordNet synonym sets a word belongs to in its commonest senses. */
export function synonymSetsOf(word: string): readonly number[] | undefined {
  return synonymSets.get(word);
}

/** WordNet's opposites of a word ("fast" -> "slow", "increase" -> "decrease"). */
export function oppositesOf(word: string): ReadonlySet<string> | undefined {
  return opposites.get(word);
}

export function areOpposite(a: string, b: string): boolean {
  return opposites.get(a)?.has(b) ?? false;
}
