import type { Analysis } from './analyze.ts';
import type { Rubric } from './rubric.ts';
import { NO_WORDS, YES_WORDS } from './words.ts';

/** Why an answer earned nothing before its content was weighed. */
export type GuardReason = 'empty' | 'idk' | 'injection' | 'copy' | 'keyword-dump';

const IDK =
  /^\W*(?:i\s+)?(?:(?:do|did)\s+not\s+know|dunno|idk|no\s+idea|not\s+sure|no\s+clue|pass|skip|\?+|i\s+have\s+no\s+idea|(?:can|could)\s+not\s+remember|forgot|i\s+forgot|no\s+answer|n\/?a|nothing|beats me|who knows|\.+)\W*(?:sorry|lol|tbh|honestly)?\W*$/;
const INJECTION = [
  /\b(?:give|award|grant|assign|mark|grade|score|rate|put)\b[^.!?\n]{0,40}\b(?:full|max(?:imum)?|perfect|100|10\/10|top)\b[^.!?\n]{0,12}\b(?:marks?|points?|credit|score|grade|%)/,
  /\bfull (?:marks?|points?|credit|score)\b/,
  /\b(?:mark|grade|score|rate|treat|count|consider)\s+(?:this|it|me|my answer|the answer|this answer)\s+(?:as\s+)?(?:correct|right|perfect|valid|1(?:\.0)?|100)/,
  /\bignore\s+(?:all\s+|any\s+|the\s+|your\s+)?(?:previous|prior|above|earlier|other)?\s*(?:instructions?|rules?|rubric|prompt)/,
  /\b(?:this|my)\s+answer\s+is\s+(?:correct|right|perfect)\b/,
  /\b(?:you are|as) (?:the|a|an) (?:grader|teacher|examiner)\b/,
  /\b(?:score|grade|verdict)\s*[:=]\s*(?:1(?:\.0)?|100|correct)\b/,
  /\b(?:system|assistant)\s*:/,
];
const SEGMENTS = /[,;\n|\/]+|\s+-\s+|•/;
const RELATION = /[:=>]|->|→/;
const SPACES = /\s+/;
/** Words that make a phrase say something rather than name it. */
const FUNCTION_WORDS = new Set(
  ('is are was were be been it its they this that will would can could may might should must does do did ' +
    'because so to of in for with by from on at than which if then not no yes has have had makes make gets ' +
    'get too very more less only when while but since as into can not just also still even maybe ' +
    'probably possibly perhaps eventually sometimes usually always never might may a an the you i we ' +
    'your my our their them gives give')
    .split(' '),
);

export function guardAnswer(answer: string, analysis: Analysis, rubric: Rubric): GuardReason | undefined {
  if (analysis.wordCount === 0) return 'empty';
  const folded = analysis.folded.trim();
  if (analysis.wordCount <= 8) {
    const plain = analysis.clauses.map((c) => c.words.join(' ')).join(' ');
    if (IDK.test(plain) || IDK.test(folded)) return 'idk';
  }
  for (const pattern of INJECTION) if (pattern.test(folded)) return 'injection';
  if (isCopy(analysis, rubric)) return 'copy';
  if (!rubric.asksToName && isKeywordDump(answer, analysis)) return 'keyword-dump';
  return undefined;
}

/** The question sent back: nothing but prompt words, most of the prompt, and still phrased as a question. */
function isCopy(analysis: Analysis, rubric: Rubric): boolean {
  if (analysis.keys.size === 0) return false;
  for (const key of analysis.keys) if (!rubric.promptKeys.has(key)) return false;
  const words = new Set(analysis.clauses.flatMap((c) => c.words));
  if ([...words].some((w) => YES_WORDS.has(w) || NO_WORDS.has(w))) return false;
  const covered = rubric.promptWords.filter((w) => words.has(w)).length / Math.max(1, rubric.promptWords.length);
  if (covered < 0.6) return false;
  const askedBack = analysis.clauses.some((c) => c.question) || analysis.clauses[0]?.words[0] === rubric.promptWords[0];
  return rubric.parts.length === 0 || askedBack;
}

/** Terms with nothing said about them: "momentum, gradients, minimum, convergence". */
function isKeywordDump(answer: string, analysis: Analysis): boolean {
  if (analysis.wordCount > 40) return false;
  for (const clause of analysis.clauses) {
    for (const w of clause.words) if (FUNCTION_WORDS.has(w) || YES_WORDS.has(w) || NO_WORDS.has(w)) return false;
  }
  if (RELATION.test(answer)) return false;
  const segments = answer.split(SEGMENTS).filter((s) => s.trim() !== '');
  // Only a list: "remove redundancy and avoid update anomalies" is terse, not a dump.
  return segments.length >= 3 && segments.every((s) => s.trim().split(SPACES).length <= 4);
}
