/**
 * Bumped whenever a change to the grader can change a grade. Stored with every
 * grade, so a stored grade always says which grader gave it.
 */
export const GRADER_VERSION = '2.0.0';
