import { benchApp, NoopPoster } from './benchApp.ts';
import { nowMs, round } from './stats.ts';

const CHANNELS = 10_000;

/**
 * 10,000 channel schedules due in the same minute: the engine's ticks claim
 * and render every daily question, with a poster that accepts at once.
 */
export async function benchFanOut(): Promise<Record<string, unknown>> {
  const app = benchApp('2026-06-01T08:00:00Z');
  const poster = new NoopPoster();
  app.posters.register('discord', poster);
  try {
    const admin = { platform: 'discord' as const, workspaceId: 'fanout', channelId: 'c0', userId: 'admin', userName: 'admin', isAdmin: true };
    let t = nowMs();
    for (let i = 0; i < CHANNELS; i++) app.engine.dailySetup(admin, { channelId: `c${i}`, time: '09:00', timezone: 'UTC' });
    const setupS = (nowMs() - t) / 1000;
    app.clock.ms = Date.parse('2026-06-01T09:00:00Z');
    let ticks = 0;
    t = nowMs();
    while (poster.posts < CHANNELS && ticks < 1_000) {
      await app.engine.tick();
      ticks++;
    }
    const s = (nowMs() - t) / 1000;
    return {
      name: 'daily fan-out (engine)',
      schedules: CHANNELS,
      posted: poster.posts,
      seconds: round(s, 2),
      per_schedule_ms: round((s * 1000) / CHANNELS, 3),
      ticks,
      setup_s: round(setupS, 1),
      unit: 's',
      target: 'all claimed and rendered within the minute they are due',
      met: poster.posts === CHANNELS && s < 60,
    };
  } finally {
    app.dispose();
  }
}
