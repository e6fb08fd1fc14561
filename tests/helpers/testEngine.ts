import { pseudoRunDir } from '../fakes/pseudoLocaleRun.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Grader } from '../../src/core/grading/grader.ts';
import type { EngineSettings } from '../../src/engine/context.ts';
import type { Caller, ChannelTarget, Clock, Reply, WorkspaceRef } from '../../src/engine/types.ts';

/** A clock tests move by hand. */
export class TestClock implements Clock {
  constructor(public ms: number) {}
  now(): number {
    return this.ms;
  }
  set(iso: string): void {
    this.ms = Date.parse(iso);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface TestEngine extends App {
  clock: TestClock;
  dbPath: string;
  dir: string;
  /** Closes the database and opens the same file again, like a restart (optionally with another grader). */
  restart(over?: { grader?: Grader }): TestEngine;
  cleanup(): void;
}

/** A real engine on a temp SQLite file with the shipped decks (and the real grader unless one is given). */
export function makeTestEngine(o: { now?: string; settings?: Partial<EngineSettings>; dir?: string; clock?: TestClock; grader?: Grader } = {}): TestEngine {
  const dir = o.dir ?? mkdtempSync(path.join(tmpdir(), 'quizbot-test-'));
  const dbPath = path.join(dir, 'quizbot.db');
  const clock = o.clock ?? new TestClock(Date.parse(o.now ?? '2026-03-02T10:00:00Z'));
  const app = createApp({ config: loadConfig({ DATABASE_PATH: dbPath }), logger: pino({ level: 'silent' }), clock, settings: { ...(pseudoRunDir ? { defaultLocale: 'en-XA' as const } : {}), ...o.settings }, ...(o.grader ? { grader: o.grader } : {}) });
  return {
    ...app,
    clock,
    dbPath,
    dir,
    restart(over: { grader?: Grader } = {}) {
      app.close();
      return makeTestEngine({ ...o, ...over, dir, clock });
    },
    cleanup() {
      try {
        app.close();
      } catch {
        // already closed
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function caller(over: Partial<Caller> = {}): Caller {
  return { platform: 'discord', workspaceId: 'guild-1', channelId: 'chan-1', userId: 'u1', userName: 'Ada', isAdmin: false, ...over };
}

/** Records what the engine posts for one platform, optionally failing on demand. */
export class RecordingPoster {
  readonly sent: { target: ChannelTarget; reply: Reply; messageId: string }[] = [];
  /** Private messages to one member (`Poster.notify`). */
  readonly notified: { member: WorkspaceRef & { userId: string }; reply: Reply }[] = [];
  fail?: (target: ChannelTarget, reply: Reply) => Error | undefined;
  private n = 0;
  async post(target: ChannelTarget, reply: Reply) {
    const e = this.fail?.(target, reply);
    if (e) throw e;
    const messageId = `m${++this.n}`;
    this.sent.push({ target, reply, messageId });
    return { messageId };
  }
  async notify(member: WorkspaceRef & { userId: string }, reply: Reply) {
    this.notified.push({ member, reply });
    return { messageId: `dm${this.notified.length}` };
  }
  async find(target: ChannelTarget, buttonId: string) {
    return this.sent.find((s) => s.target.channelId === target.channelId && s.reply.buttons?.some((b) => b.id === buttonId))?.messageId;
  }
}
