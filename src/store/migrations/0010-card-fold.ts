/**
 * Cards are reviewed from stored answers after the answer's commit (see CardRows.fold):
 * `card_fold.through` is the last answer id whose review is in `cards`. Every answer
 * stored before this migration was reviewed when it was stored.
 */
export const cardFold = `
CREATE TABLE card_fold (id INTEGER PRIMARY KEY CHECK (id = 1), through INTEGER NOT NULL);
INSERT INTO card_fold (id, through) VALUES (1, COALESCE((SELECT MAX(id) FROM answers), 0));
`;
