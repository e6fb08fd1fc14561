import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LOCALES, supportedLocale } from './i18n/locales.ts';

export const fromRoot = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const optional = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));
const url = z
  .string()
  .trim()
  .regex(/^https?:\/\/\S+$/, 'must be an http(s) URL, e.g. http://127.0.0.1:8080')
  .optional();
const locale = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const l = supportedLocale(v);
    if (!l) ctx.addIssue({ code: 'custom', message: `must be a language quizbot speaks: ${LOCALES.join(', ')}` });
    return l ?? z.NEVER;
  });
const int = (def: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(def);
const num = (def: number, min: number, max: number) => z.coerce.number().min(min).max(max).default(def);

/** Every environment variable quizbot reads, with its default. README's table mirrors this. */
const schema = z.object({
  // Relative defaults resolve against quizbot's own folder, so `quizbot` works from anywhere.
  DATABASE_PATH: z.string().min(1).default(fromRoot('data/quizbot.db')),
  DECKS_DIR: z.string().min(1).default(fromRoot('data/decks')),
  DEFAULT_DECK: z.string().min(1).default('deep-learning-training'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  DEFAULT_LOCALE: locale.default('en'),
  QUIZBOT_LOCALE: locale.optional(),
  QUIZ_QUESTIONS: int(5, 1, 50),
  QUIZ_SECONDS: int(60, 10, 600),
  DAILY_WINDOW_HOURS: num(0, 0, 24),
  DAILY_GRACE_HOURS: num(3, 0, 24),
  APPEAL_DAYS: num(7, 0, 365),
  REVIEW_BELOW_CONFIDENCE: num(0.3, 0, 1),
  DISCORD_TOKEN: optional,
  DISCORD_API_URL: url,
  DISCORD_REGISTER_COMMANDS: bool.default(false),
  DISCORD_GUILD_ID: optional,
  DISCORD_SHARDS: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(10_000)], { error: 'must be auto or a shard count, e.g. 4' }).default('auto'),
  DISCORD_SHARD_IDS: optional.pipe(
    z
      .string()
      .regex(/^\d+(\s*,\s*\d+)*$/, 'must be shard ids separated by commas, e.g. 0,1')
      .transform((v) => [...new Set(v.split(',').map((x) => Number(x.trim())))])
      .optional(),
  ),
  DISCORD_SHARD_COUNT: z.coerce.number().int().min(1).max(10_000).optional(),
  // Set by discord.js's sharding manager in the processes it starts (`quizbot start --shards`).
  SHARDING_MANAGER: optional,
  SHARDS: z.coerce.number().int().min(0).optional(),
  SHARD_COUNT: z.coerce.number().int().min(1).optional(),
  SLACK_BOT_TOKEN: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_API_URL: url,
  SLACK_ADMIN_USER_IDS: optional.transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : [])),
  SLACK_REVIEWER_USER_IDS: optional.transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : [])),
  SLACK_REVEAL_IN_THREAD: bool.default(false),
  PORT: int(3000, 0, 65535),
});

export type Config = z.output<typeof schema>;

/**
 * The Discord shards this process runs: the sharding manager's choice for a process it
 * started, else DISCORD_SHARD_IDS of DISCORD_SHARD_COUNT, else DISCORD_SHARDS (auto or a count).
 */
export function discordShardsOf(c: Config): 'auto' | number | { ids: number[]; count: number } {
  if (c.SHARDING_MANAGER && c.SHARDS !== undefined && c.SHARD_COUNT !== undefined) return { ids: [c.SHARDS], count: c.SHARD_COUNT };
  if (c.DISCORD_SHARD_IDS && c.DISCORD_SHARD_COUNT !== undefined) return { ids: c.DISCORD_SHARD_IDS, count: c.DISCORD_SHARD_COUNT };
  return c.DISCORD_SHARDS;
}

/**
 * Whether this is the process that runs what must run once per bot: the one with shard 0
 * (always true without sharding over processes): it registers the slash commands.
 */
export function isFirstProcess(c: Config): boolean {
  const s = discordShardsOf(c);
  return typeof s !== 'object' || s.ids.includes(0);
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates the environment once; the error names each variable that is wrong. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty value (`NAME=` in .env) means "not set", so .env.example works as a template.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const r = schema.safeParse(given);
  if (r.success) {
    if (r.data.SLACK_BOT_TOKEN && !r.data.SLACK_APP_TOKEN && !r.data.SLACK_SIGNING_SECRET)
      throw new ConfigError('SLACK_SIGNING_SECRET: required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
    const { DISCORD_SHARD_IDS: ids, DISCORD_SHARD_COUNT: count } = r.data;
    if (ids && count === undefined) throw new ConfigError('DISCORD_SHARD_COUNT: required with DISCORD_SHARD_IDS (the shard count of all processes together)');
    if (count !== undefined && !ids) throw new ConfigError('DISCORD_SHARD_IDS: required with DISCORD_SHARD_COUNT (the shards this process runs, e.g. 0,1)');
    if (ids && count !== undefined && ids.some((id) => id >= count))
      throw new ConfigError(`DISCORD_SHARD_IDS: every id must be below DISCORD_SHARD_COUNT (${count}); shards are numbered from 0 (got "${env.DISCORD_SHARD_IDS ?? ''}")`);
    return r.data;
  }
  throw new ConfigError(
    r.error.issues
      .map((i) => {
        const name = String(i.path[0]);
        const shown = /TOKEN|SECRET/.test(name) ? '' : ` (got "${env[name] ?? ''}")`;
        return `${name}: ${i.message}${shown}`;
      })
      .join('\n'),
  );
}
