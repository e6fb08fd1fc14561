/** "1 question", "2 questions": counts in deck messages read as English does. */
export function plural(n: number, one: string, other = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : other}`;
}
