import { analyze, type Analysis, type Term } from './analyze.ts';
import { withinEdits } from './editDistance.ts';
import { typoTolerance } from './normalize.ts';
import type { Question } from '../deck.ts';

/** What the model answer says of each thing the question names: "mean" -> {sum, divid, count}. */
export interface Roles {
  bySubject: Map<string, Set<string>>;
}

const cache = new WeakMap<Question, Roles | null>();
/** A question that sets things side by side: only there does each have its own role. */
const COMPARES = /\b(?:differen\w*|differ|compar\w*|contrast\w*|versus|vs\.?|distinguish\w*)\b/i;

/**
 * The things a comparing question names that the model answer says different things
 * about ("the difference between the mean and the median"), each with the words that
 * only its own clauses use. Null when the answer is not about two or more of them.
 */
export function rolesOf(question: Question, promptKeys: Set<string>): Roles | null {
  let roles = cache.get(question);
  if (roles === undefined) {
    const named = comparedThings(question.prompt);
    roles = named ? buildRoles(analyze(question.answer), named, promptKeys) : null;
    cache.set(question, roles);
  }
  return roles;
}

const JOINER = /\s(?:and|or|vs\.?|versus|with|from)\s/i;
const PHRASE_END = /[?.!,;:(]/;

/** The two things a comparing question names: "between the mean and the median" -> mean, median. */
function comparedThings(prompt: string): Set<string> | undefined {
  const compare = COMPARES.exec(prompt);
  if (!compare) return undefined;
  const rest = prompt.slice(compare.index + compare[0].length);
  const joiner = JOINER.exec(rest);
  if (!joiner) return undefined;
  const first = [...analyze(rest.slice(0, joiner.index)).keys];
  const second = [...analyze(rest.slice(joiner.index + joiner[0].length).split(PHRASE_END)[0] ?? '').keys];
  // The last word before the joiner and the first after it: "between the mean and the median".
  const a = first.reverse().find((k) => !second.includes(k));
  const b = second.find((k) => !first.includes(k));
  return a && b ? new Set([a, b]) : undefined;
}

/** The subject a word names, misspelt ("meosis") or not. */
function subjectOf(term: Term, subjects: Set<string>): string | undefined {
  if (subjects.has(term.key)) return term.key;
  const tolerance = typoTolerance(term.word);
  if (tolerance === 0) return undefined;
  for (const s of subjects) if (s.length >= 4 && withinEdits(s, term.key, tolerance)) return s;
  return undefined;
}

function buildRoles(model: Analysis, subjects: Set<string>, promptKeys: Set<string>): Roles | null {
  const said = new Map<string, Set<string>>();
  for (const [subject, rest] of statements(model, subjects, promptKeys)) {
    const set = said.get(subject) ?? new Set<string>();
    for (const k of rest) set.add(k);
    said.set(subject, set);
  }
  if (said.size < 2) return null;
  // Words said of several of them tell none apart.
  const counts = new Map<string, number>();
  for (const set of said.values()) for (const k of set) counts.set(k, (counts.get(k) ?? 0) + 1);
  const bySubject = new Map<string, Set<string>>();
  for (const [subject, set] of said) {
    const own = new Set([...set].filter((k) => counts.get(k) === 1 && !said.has(k)));
    if (own.size > 0) bySubject.set(subject, own);
  }
  return bySubject.size >= 2 ? { bySubject } : null;
}

/**
 * What a text says of each subject: the words from one mention of a subject to the next
 * ("the sample is ... and the population is ...", "Transcription is the first step: in the nucleus ...").
 */
function statements(analysis: Analysis, subjects: Set<string>, promptKeys: Set<string>): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  let current: [string, string[]] | undefined;
  for (const t of analysis.terms) {
    const subject = subjectOf(t, subjects);
    if (subject !== undefined) {
      current = [subject, []];
      out.push(current);
    } else if (current && !promptKeys.has(t.key)) current[1].push(t.key);
  }
  return out;
}

/**
 * The things whose roles an answer swaps: clauses that say of one what the model
 * answer says of another ("the median is the sum divided by the count"), when
 * such clauses outnumber those that say it of the right one.
 */
export function swappedSubjects(roles: Roles, answer: Analysis, promptKeys: Set<string>): string[] {
  const subjects = new Set(roles.bySubject.keys());
  const swapped = new Set<string>();
  let right = 0;
  let wrong = 0;
  for (const [subject, rest] of statements(answer, subjects, promptKeys)) {
    const own = overlap(roles.bySubject.get(subject), rest);
    for (const [other, words] of roles.bySubject) {
      if (other === subject) continue;
      const theirs = overlap(words, rest);
      if (theirs > own && own === 0) {
        wrong++;
        swapped.add(subject).add(other);
      }
    }
    if (own > 0 && [...roles.bySubject].every(([other, words]) => other === subject || overlap(words, rest) < own)) right++;
  }
  return wrong > right ? [...swapped] : [];
}

function overlap(words: Set<string> | undefined, keys: string[]): number {
  if (!words) return 0;
  let n = 0;
  for (const k of new Set(keys)) if (words.has(k)) n++;
  return n;
}
