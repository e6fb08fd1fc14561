import { benchAnswerPath } from './answerPath.ts';
import { benchBackup } from './backup.ts';
import { benchCsvDeck } from './csvDeck.ts';
import { benchDiscord } from './discordRoundTrip.ts';
import { benchFanOut } from './fanOut.ts';
import { benchGrading } from './grading.ts';
import { benchLeaderboard } from './leaderboard.ts';
import { benchLexicon } from './lexicon.ts';
import { benchMemory } from './memory.ts';
import { benchRender } from './render.ts';
import { benchShards } from './shards.ts';
import { benchSlack } from './slackRoundTrip.ts';

/** `BENCH_ONLY=answer,grading` runs a subset. Each benchmark returns one figure (or several); each is printed as one JSON line. */
type Bench = () => Promise<Record<string, unknown> | Record<string, unknown>[]>;

const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);

const benches: [string, Bench][] = [
  ['answer', benchAnswerPath],
  ['grading', benchGrading],
  ['lexicon', benchLexicon],
  ['leaderboard', benchLeaderboard],
  ['csv', benchCsvDeck],
  ['fanout', benchFanOut],
  ['discord', benchDiscord],
  ['slack', benchSlack],
  ['memory', benchMemory],
  ['render', benchRender],
  ['backup', benchBackup],
  ['shards', benchShards],
];

export async function runBench(out: (line: string) => void): Promise<number> {
  let failed = 0;
  for (const [key, bench] of benches) {
    if (only.length && !only.includes(key)) continue;
    try {
      const r = await bench();
      for (const line of Array.isArray(r) ? r : [r]) out(JSON.stringify(line));
    } catch (e) {
      failed++;
      out(JSON.stringify({ name: key, error: e instanceof Error ? e.message : String(e) }));
    }
  }
  return failed ? 1 : 0;
}
