/**
 * JSON.parse keeps no positions, yet problems should name a line. For text that
 * already parsed, this finds the line where each element of the top-level
 * `"questions"` array starts, in one pass over the text.
 */
export function jsonElementLines(text: string, arrayKey = 'questions'): number[] {
  const starts: number[] = [];
  let line = 1;
  let depth = 0;
  let lastString = '';
  let stringStart = -1;
  let awaitingValue = false; // just read the top-level key we want, plus its colon
  let inTarget = false; // inside the array we want, at its element depth
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (inTarget && depth === 2 && expectElement && c !== ']') {
      starts.push(line);
      expectElement = false;
    }
    if (c === '"') {
      stringStart = i + 1;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      lastString = depth === 1 ? text.slice(stringStart, i) : '';
      continue;
    }
    if (c === ':') {
      awaitingValue = depth === 1 && lastString === arrayKey;
      continue;
    }
    if (c === '[' || c === '{') {
      depth++;
      if (awaitingValue && c === '[' && depth === 2) {
        inTarget = true;
        expectElement = true;
      }
      awaitingValue = false;
      continue;
    }
    if (c === ']' || c === '}') {
      if (inTarget && depth === 2) inTarget = false;
      depth--;
      continue;
    }
    if (c === ',') {
      if (inTarget && depth === 2) expectElement = true;
      awaitingValue = false;
    }
  }
  return starts;
}
