/**
 * Run as a child process by the memory benchmark: the app with N daily
 * schedules, one tick posting them all, then the process's RSS on stdout.
 */
import { benchApp, NoopPoster } from './benchApp.ts';

const n = Number(process.argv[2] ?? 0);
const app = benchApp('2026-06-01T08:00:00Z');
const poster = new NoopPoster();
app.posters.register('discord', poster);
const admin = { platform: 'discord' as const, workspaceId: 'mem', channelId: 'c0', userId: 'admin', userName: 'admin', isAdmin: true };
for (let i = 0; i < n; i++) app.engine.dailySetup(admin, { channelId: `c${i}`, time: '09:00', timezone: 'UTC' });
app.clock.ms = Date.parse('2026-06-01T09:00:00Z');
for (let k = 0; k < 100 && poster.posts < n; k++) await app.engine.tick();
(globalThis as { gc?: () => void }).gc?.();
process.stdout.write(`${JSON.stringify({ rss: process.memoryUsage().rss, posted: poster.posts })}\n`);
app.dispose();
