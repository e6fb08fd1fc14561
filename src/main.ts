import path from 'node:path';
import type pino from 'pino';
import { createApp } from './app.ts';
import { type Config, discordShardsOf, isFirstProcess } from './config.ts';
import { startPlayground } from './platforms/shell/startPlayground.ts';
import { installSafetyNet } from './safetyNet.ts';
import { startScheduler } from './scheduler/startScheduler.ts';

/** Composition root: config -> db -> engine -> platforms -> scheduler. */
export async function main(config: Config, logger: pino.Logger): Promise<void> {
  const app = createApp({ config, logger });
  const stops: (() => Promise<void> | void)[] = [() => app.close()];
  let stopping = false;
  const closeAll = async () => {
    if (stopping) return;
    stopping = true;
    for (const stop of stops.reverse()) await Promise.resolve(stop()).catch((e) => logger.error({ err: e }, 'shutdown step failed'));
  };
  const shutdown = async (code: number) => {
    await closeAll();
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
  installSafetyNet(logger, shutdown);

  const platforms = [];
  try {
    if (config.DISCORD_TOKEN) {
      // Platform SDKs load only when used: the playground starts faster without them.
      const { startDiscord } = await import('./platforms/discord/startDiscord.ts');
      const bot = await startDiscord({ token: config.DISCORD_TOKEN, ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}), engine: app.engine, logger, registerCommandsOnStart: config.DISCORD_REGISTER_COMMANDS && isFirstProcess(config), ...(config.DISCORD_GUILD_ID ? { guildId: config.DISCORD_GUILD_ID } : {}), shards: discordShardsOf(config), identifySlot: (bucket, now, windowMs) => app.store.txImmediate(() => app.store.processes.claimIdentifySlot(bucket, now, windowMs)), onLost: () => void shutdown(1) });
      app.posters.register('discord', bot.poster);
      app.health.register(bot.shards);
      stops.push(() => bot.stop());
      platforms.push('Discord');
    }
    if (config.SLACK_BOT_TOKEN) {
      const { startSlack } = await import('./platforms/slack/startSlack.ts');
      const slack = await startSlack({
        botToken: config.SLACK_BOT_TOKEN,
        ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
        ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
        ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}),
        port: config.PORT,
        adminUserIds: config.SLACK_ADMIN_USER_IDS,
        reviewerUserIds: config.SLACK_REVIEWER_USER_IDS,
        engine: app.engine,
        logger,
      });
      app.posters.register('slack', slack.poster);
      stops.push(() => slack.stop());
      platforms.push(config.SLACK_APP_TOKEN ? 'Slack (Socket Mode)' : `Slack (HTTP on port ${slack.port ?? config.PORT})`);
    }
  } catch (e) {
    await closeAll();
    throw e;
  }

  const scheduler = startScheduler(app.engine, logger);
  stops.push(() => scheduler.stop());

  if (platforms.length) {
    logger.info(`quizbot is running on ${platforms.join(' and ')}`);
    return;
  }
  await startPlayground({
    engine: app.engine,
    posters: app.posters,
    input: process.stdin,
    output: process.stdout,
    logger,
    interactive: !!process.stdin.isTTY,
    ...(config.QUIZBOT_LOCALE ? { locale: config.QUIZBOT_LOCALE } : {}),
    // Pictures go next to the database file; an in-memory database has no folder.
    ...(config.DATABASE_PATH === ':memory:' ? {} : { pictureDir: path.dirname(path.resolve(config.DATABASE_PATH)) }),
  });
  await shutdown(0);
}
