/**
 * Run as a child process by the language-resources benchmark: how long the
 * grader's general English (WordNet lexicon, word ranks, lemmatizer) and its
 * fitted model take to load, and the heap and RSS they add.
 */
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage();
const t0 = performance.now();
const { lemmaOf } = await import('../src/core/grading/lexicon.ts');
await import('../src/core/grading/model.ts');
lemmaOf('connected');
const ms = performance.now() - t0;
gc?.();
const after = process.memoryUsage();
process.stdout.write(`${JSON.stringify({ ms, heap: after.heapUsed - before.heapUsed, rss: after.rss - before.rss })}\n`);
