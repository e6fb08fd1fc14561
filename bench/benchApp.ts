import pino from 'pino';
import { type App, createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Caller, ChannelTarget, Clock, Poster, Reply } from '../src/engine/types.ts';
import { tempDir } from './tempDir.ts';

/** A clock the benchmarks set by hand, so rounds never close mid-measurement. */
export class BenchClock implements Clock {
  constructor(public ms: number) {}
  now(): number {
    return this.ms;
  }
}

/** Accepts every post at once: measures the engine, not a platform. */
export class NoopPoster implements Poster {
  posts = 0;
  async post(_target: ChannelTarget, _reply: Reply) {
    return { messageId: `m${++this.posts}` };
  }
}

export interface BenchApp extends App {
  clock: BenchClock;
  dbPath: string;
  dispose(): void;
}

/** The real app (config, store, decks, grader, engine) on a temp database file. */
export function benchApp(at = '2026-05-31T12:00:00Z'): BenchApp {
  const tmp = tempDir('app');
  const dbPath = tmp.file('quizbot.db');
  const clock = new BenchClock(Date.parse(at));
  const app = createApp({ config: loadConfig({ DATABASE_PATH: dbPath }), logger: pino({ level: 'silent' }), clock });
  app.posters.register('discord', new NoopPoster());
  return {
    ...app,
    clock,
    dbPath,
    dispose() {
      app.close();
      tmp.dispose();
    },
  };
}

export function member(i: number, over: Partial<Caller> = {}): Caller {
  return { platform: 'discord', workspaceId: 'bench-guild', channelId: 'bench-chan', userId: `user-${i}`, userName: `Player ${i}`, isAdmin: false, ...over };
}
