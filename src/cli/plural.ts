/** A count with its noun: "1 question", "2 questions" (`many` for nouns that do not just add an s). */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
