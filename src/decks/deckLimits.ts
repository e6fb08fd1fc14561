/**
 * Bounds for any deck we read, so a huge or hostile file costs a clear message
 * instead of memory.
 */
export const deckLimits = {
  /** Files above this are refused before they are read. */
  maxBytes: 5 * 1024 * 1024,
  maxQuestions: 5000,
  /** Any one text (prompt, answer, accepted answer, option): far above what chat shows, so only hostile files hit it. */
  maxTextChars: 20_000,
  /** A broken file can have thousands of problems; nobody reads past the first screen. */
  maxProblems: 100,
} as const;

/**
 * How much of a prompt or model answer each platform shows before the adapter
 * shortens it (the smallest place it appears there). A longer text is a
 * warning, not an error: the deck loads and grading reads all of it. The
 * platform tests check these against the adapters' own limits.
 */
export const displayLimits = {
  // Discord: the answer form's text display (4,000) is tighter than an embed (4,096).
  prompt: { Discord: 4000, Slack: 3000 },
  answer: { Discord: 4096, Slack: 3000 },
} as const satisfies Record<'prompt' | 'answer', Record<string, number>>;
