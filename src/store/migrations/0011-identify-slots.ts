/**
 * Identify slots shared by every bot process on this database: Discord lets one shard per
 * bucket (`shard_id % max_concurrency`) identify per window, whichever process runs it.
 * `next_at` is when the bucket may identify again (ms since epoch).
 */
export const identifySlots = `
CREATE TABLE identify_slots (bucket INTEGER PRIMARY KEY, next_at INTEGER NOT NULL);
`;
