import type { DeckParseResult, KeyPoint, Question } from '../core/deck.ts';
import { blockText, lineText } from './blockText.ts';
import { deckLimits } from './deckLimits.ts';
import { DeckProblems } from './DeckProblems.ts';
import { finishDeck, question } from './finishDeck.ts';
import { stripEchoedQuestion } from './stripEchoedQuestion.ts';

// Headings are matched by their start only and their closing markup is cut by
// hand: a lazy text followed by an optional tail takes quadratic time on a long
// run of spaces, and decks come from users.
const hashHeadingStart = /^ {0,3}#{1,6}[ \t]*(\*\*)?(\d{1,9})[.)](.*)$/;
const boldHeadingStart = /^ {0,3}\*\*[ \t]*(\d{1,9})[.)](.*)$/;
const titleStart = /^#[ \t]+(.*)$/;
// Any ATX heading, `## Glossary` among them.
const anyHeading = /^ {0,3}#{1,6}(?:[ \t]+(.*))?$/;
// `Answer:` then any run of `-`, `>` (or `=`), e.g. `Answer:--->`.
const answerLine = /^ {0,3}(?:\*\*)?answer[ \t]*:(?:\*\*)?[ \t]*[->=]*[ \t]*(.*)$/i;
const authorLine = /^author[ \t]*:[ \t]*(.+)$/i;
const keyPointsLine = /^(?:\*\*)?key[ \t]*points[ \t]*:(?:\*\*)?[ \t]*(.*)$/i;
const alsoAcceptedLine = /^(?:\*\*)?also[ \t]+accepted[ \t]*:(?:\*\*)?[ \t]*(.*)$/i;
const tagsLine = /^(?:\*\*)?tags[ \t]*:(?:\*\*)?[ \t]*(.*)$/i;
const bullet = /^[ \t]*[-*+][ \t]+(.+)$/;
// `---` between questions: key points added by `deck rubric --write` go before it.
const thematicBreak = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/;

interface Heading {
  number: number;
  text: string;
}

/** Cuts an ATX closing sequence (`## Title ##`); `C#` keeps its sharp. */
function withoutClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  return end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t' ? text.slice(0, end).trim() : text;
}

/** `### 12. Text`, at any heading level, also as `### **12. Text**`. */
function hashHeading(line: string): Heading | undefined {
  const m = hashHeadingStart.exec(line);
  if (!m) return undefined;
  let text = withoutClosingHashes((m[3] ?? '').trim());
  if (m[1] && text.endsWith('**')) text = text.slice(0, -2).trim();
  return { number: Number(m[2]), text };
}

/** `## Glossary` at any heading level, also `## **Glossary**` or `## Glossary:`. */
function isGlossaryHeading(line: string): boolean {
  const m = anyHeading.exec(line);
  if (!m) return false;
  let text = withoutClosingHashes((m[1] ?? '').trim());
  if (text.startsWith('**') && text.endsWith('**')) text = text.slice(2, -2).trim();
  return /^glossary[ \t]*:?$/i.test(text);
}

/** A whole bold line `**12. Text**`. */
function boldHeading(line: string): Heading | undefined {
  const m = boldHeadingStart.exec(line);
  const rest = m?.[2]?.trim();
  if (!m || rest === undefined || !rest.endsWith('**')) return undefined;
  return { number: Number(m[1]), text: rest.slice(0, -2).trim() };
}

interface Draft {
  number: number;
  line: number;
  promptLines: string[];
  /** undefined until the `Answer:` line. */
  answerLines?: string[];
  /** One entry per `Also accepted:` line: where it starts and its lines. */
  alternatives: Array<{ line: number; lines: string[] }>;
  keyPoints: KeyPoint[];
  tags: string[];
  /** The last line of the answer or its alternatives that has content. */
  answerEnd: number;
}

/** `term | term | term`, each tidied, empty ones dropped. */
const pipeList = (text: string): string[] => text.split('|').map((s) => lineText(s)).filter(Boolean);

/** `label | alias | alias` */
const keyPoint = (text: string): KeyPoint | undefined => {
  const [label, ...aliases] = pipeList(text);
  return label ? { label, aliases } : undefined;
};

const emptyBullet = /^[ \t]*[-*+][ \t]*$/;
const glossaryExample = '"- ReLU | rectified linear unit"';

/**
 * One line of a `## Glossary` section: a `- term | synonym` item becomes a
 * group; anything else is skipped with a warning, so nothing there is lost
 * without a word.
 */
function readGlossaryLine(raw: string, lineNo: number, glossary: string[][], found: DeckProblems): void {
  if (raw.trim() === '' || thematicBreak.test(raw)) return;
  const item = bullet.exec(raw);
  const terms = item ? pipeList(item[1] ?? '') : [];
  if (!item && !emptyBullet.test(raw)) {
    found.warn(lineNo, `this line of the glossary is not a list item such as ${glossaryExample}, so it was skipped`);
  } else if (terms.length === 0) {
    found.warn(lineNo, `this glossary line is empty, so it was skipped; write the terms that mean the same thing on one line, as in ${glossaryExample}`);
  } else if (terms.length === 1) {
    found.warn(lineNo, `this glossary line names only "${terms[0]}", so it was skipped; add what else it is called after "|", as in ${glossaryExample}`);
  } else if (terms.some((t) => t.length > deckLimits.maxTextChars)) {
    found.error(lineNo, `a glossary term is longer than the ${deckLimits.maxTextChars.toLocaleString('en-US')} characters a deck text may have, so please shorten it`);
  } else {
    glossary.push(terms);
  }
}

/**
 * Reads the Markdown Q&A format of the seed deck: an optional `# Title` and
 * description, then questions headed `### N. text` or `**N. text**`, each with
 * an `Answer:` line whose answer runs to the next question. Optional
 * `Key points:` (a `- label | alias` list) and `Tags:` lines end an answer.
 * Each `Also accepted:` line starts a further model answer, which runs like
 * the answer (over paragraphs and lists) to the next `Also accepted:`,
 * `Key points:`, `Tags:` or question. A `## Glossary` section (any level),
 * before the questions or after them, lists `- term | synonym` groups up to
 * the next heading; it belongs to no question.
 */
export function parseMarkdownDeck(text: string, fallbackTitle: string): DeckParseResult {
  return readMarkdownDeck(text, fallbackTitle).result;
}

/**
 * The parse, plus the line where each question's answer (with its
 * alternatives) ends, for tools that add to a deck without rewriting it.
 */
export function readMarkdownDeck(text: string, fallbackTitle: string): { result: DeckParseResult; answerEnds: Map<number, number> } {
  const lines = text.split('\n');
  const found = new DeckProblems();
  const drafts: Draft[] = [];
  let title: string | undefined;
  let author: string | undefined;
  const description: string[] = [];
  let current: Draft | undefined;
  let inKeyPoints = false;
  const glossary: string[][] = [];
  // Inside a `## Glossary` section; `afterGlossary`: the section ended at a
  // heading that starts no question, so the text up to the next question
  // belongs to none.
  let inGlossary = false;
  let afterGlossary = false;
  // Where answer text goes: the answer, or the latest `Also accepted:` answer.
  let sink: string[] = [];

  const nextContentLine = (from: number): string | undefined => {
    for (let j = from; j < lines.length; j++) if ((lines[j] as string).trim() !== '') return lines[j];
    return undefined;
  };

  for (let i = 0; i < lines.length && !found.full; i++) {
    const raw = lines[i] as string;
    const lineNo = i + 1;
    const inAnswer = current?.answerLines !== undefined && !inGlossary && !afterGlossary;

    if (isGlossaryHeading(raw)) {
      inGlossary = true;
      afterGlossary = false;
      inKeyPoints = false;
      continue;
    }

    let heading = hashHeading(raw);
    const bold = heading ? undefined : boldHeading(raw);
    if (bold) {
      // Inside an answer a bold numbered line is usually a list item; it starts
      // a question only when an `Answer:` line, another question or the end of
      // the file follows it (the last two: a question whose answer is missing).
      const next = nextContentLine(i + 1);
      if (!inAnswer || next === undefined || answerLine.test(next) || hashHeading(next)) heading = bold;
      else if (bold.text.endsWith('?')) {
        found.warn(lineNo, `this looks like question ${bold.number} but no "Answer:" line follows it, so it was read as part of the answer to question ${current?.number}`);
      }
    }
    if (heading) {
      inGlossary = false;
      afterGlossary = false;
      current = { number: heading.number, line: lineNo, promptLines: [heading.text], alternatives: [], keyPoints: [], tags: [], answerEnd: lineNo };
      drafts.push(current);
      inKeyPoints = false;
      continue;
    }

    if (inGlossary) {
      if (!anyHeading.test(raw)) {
        readGlossaryLine(raw, lineNo, glossary, found);
        continue;
      }
      // Another section: before the questions it is description, after one it belongs to none.
      inGlossary = false;
      afterGlossary = current !== undefined;
      if (afterGlossary) {
        found.warn(lineNo, 'this section comes after the glossary and before any further question, so it belongs to no question and was skipped');
      }
    }
    if (afterGlossary) continue;

    const answer = answerLine.exec(raw);
    if (answer && !inAnswer) {
      if (!current) {
        found.error(lineNo, 'found an "Answer:" line before any question; start each question with a line like "### 1. Your question"');
        continue;
      }
      current.answerLines = [answer[1] ?? ''];
      current.answerEnd = lineNo;
      sink = current.answerLines;
      continue;
    }

    if (!current) {
      const t = titleStart.exec(raw);
      const a = authorLine.exec(raw.trim());
      if (t && title === undefined && description.length === 0) title = lineText(withoutClosingHashes((t[1] ?? '').trim()));
      else if (a && author === undefined) author = lineText(a[1] ?? '');
      else description.push(raw);
      continue;
    }

    if (!current.answerLines) {
      current.promptLines.push(raw);
      continue;
    }

    const also = alsoAcceptedLine.exec(raw.trim());
    if (also) {
      sink = [also[1] ?? ''];
      current.alternatives.push({ line: lineNo, lines: sink });
      current.answerEnd = lineNo;
      inKeyPoints = false;
      continue;
    }
    const keys = keyPointsLine.exec(raw.trim());
    if (keys) {
      inKeyPoints = true;
      for (const part of (keys[1] ?? '').split(';')) {
        const kp = keyPoint(part);
        if (kp) current.keyPoints.push(kp);
      }
      continue;
    }
    const tags = tagsLine.exec(raw.trim());
    if (tags) {
      for (const tag of (tags[1] ?? '').split(',')) if (tag.trim()) current.tags.push(tag.trim());
      inKeyPoints = false;
      continue;
    }
    if (inKeyPoints) {
      const item = bullet.exec(raw);
      if (item) {
        const kp = keyPoint(item[1] ?? '');
        if (kp) current.keyPoints.push(kp);
        continue;
      }
      if (raw.trim() === '') continue;
      inKeyPoints = false;
    }
    sink.push(raw);
    if (raw.trim() !== '' && !thematicBreak.test(raw)) current.answerEnd = lineNo;
  }

  const questions = drafts.map((d) => toQuestion(d, found));
  if (drafts.length === 0 && !found.failed) {
    found.error(0, 'no questions found; start each question with a line like "### 1. Your question" and put its answer on a line starting "Answer:"');
  }
  const result = finishDeck({ title: title || fallbackTitle, description: blockText(description), author, glossary }, questions, found);
  return { result, answerEnds: new Map(drafts.map((d) => [d.number, d.answerEnd])) };
}

function toQuestion(d: Draft, found: DeckProblems): Question {
  const prompt = lineText(d.promptLines.join(' '));
  if (d.number < 1) found.error(d.line, 'question numbers start at 1');
  if (!d.answerLines) {
    found.error(d.line, `question ${d.number} has no answer; add a line starting "Answer:" after it`);
    return question({ number: d.number, prompt, line: d.line, answer: '-' });
  }
  let answer = blockText(d.answerLines);
  const cleaned = stripEchoedQuestion(prompt, answer);
  if (cleaned !== undefined) {
    answer = cleaned;
    found.warn(d.line, `the answer to question ${d.number} began by repeating the end of the question; that repeat was removed`);
  }
  const accepted: string[] = [];
  for (const alt of d.alternatives) {
    const text = blockText(alt.lines);
    if (text) accepted.push(text);
    else found.warn(alt.line, `this "Also accepted:" line of question ${d.number} has no answer after it, so it was skipped`);
  }
  return question({ number: d.number, prompt, answer, accepted, keyPoints: d.keyPoints, tags: d.tags, line: d.line });
}
