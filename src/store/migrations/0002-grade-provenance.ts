/**
 * Each answer keeps what its grade rests on: the grader's confidence, the
 * grader version that gave it and the key points it contradicted. Answers
 * stored before this migration keep NULL confidence and grader_version,
 * meaning "unknown: graded before versions were recorded" (`legacy`), and an
 * empty contradicted list. `quizbot regrade` picks those up.
 */
export const gradeProvenance = `
ALTER TABLE answers ADD COLUMN confidence REAL;
ALTER TABLE answers ADD COLUMN grader_version TEXT;
ALTER TABLE answers ADD COLUMN contradicted TEXT NOT NULL DEFAULT '[]';
`;
