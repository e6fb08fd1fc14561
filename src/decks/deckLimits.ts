/**
 * Bounds for any deck we read, so a huge or hostile file costs a clear message
 * instead of memory. Chat platforms also cap message sizes, which sets the
 * per-question lengths.
 */
export const deckLimits = {
  /** Files above this are refused before they are read. */
  maxBytes: 5 * 1024 * 1024,
  maxQuestions: 5000,
  maxPromptChars: 1000,
  maxAnswerChars: 4000,
  /** A broken file can have thousands of problems; nobody reads past the first screen. */
  maxProblems: 100,
} as const;
