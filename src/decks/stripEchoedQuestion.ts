const maxEchoWords = 200;

/**
 * Decks copied from chat logs sometimes start an answer by repeating the end of
 * its question ("...using He initialization?" / "randomly using He
 * initialization? It is generally..."). Shown to users, that reads as a glitch
 * and leaks nothing useful, so it is cut.
 *
 * Returns the answer without the echo, or undefined when there is none. Only an
 * echo of the question's last three or more words (or all of a shorter
 * question) counts, so answers that merely start like the question stay intact.
 */
export function stripEchoedQuestion(prompt: string, answer: string): string | undefined {
  // Chat limits prompts to ~200 words; the cap keeps oversized input linear.
  const promptWords = prompt.trim().split(/\s+/).slice(-maxEchoWords);
  const answerWords = answer.trimStart().split(/\s+/, promptWords.length);
  const minWords = Math.min(3, promptWords.length);
  for (let k = Math.min(promptWords.length, answerWords.length); k >= minWords && k > 0; k--) {
    const tail = promptWords.slice(promptWords.length - k);
    if (tail.every((w, i) => w.toLowerCase() === answerWords[i]?.toLowerCase())) {
      const rest = answer.trimStart().replace(new RegExp(`^(?:\\S+\\s*){${k}}`), '');
      return rest.trim() === '' ? undefined : rest;
    }
  }
  return undefined;
}
