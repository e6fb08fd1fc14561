import { Client, Events, GatewayIntentBits, RESTEvents } from 'discord.js';
import type { Logger } from 'pino';
import type { QuizEngine } from '../../engine/api.ts';
import type { Poster } from '../../engine/types.ts';
import { commands } from './commands/index.ts';
import { createInteractionHandler } from './interactions.ts';
import { DiscordPoster } from './poster.ts';
import { describeDiscordFailure, putCommands } from './registerCommands.ts';

export interface StartDiscordOptions {
  token: string;
  /** REST base, e.g. a local stand-in; discord.js appends `/v10`. The gateway URL comes from its `/gateway/bot`. */
  apiUrl?: string;
  engine: QuizEngine;
  logger: Logger;
  /** Register (overwrite) the slash commands once connected. */
  registerCommandsOnStart?: boolean;
  /** With `registerCommandsOnStart`, register in this server only (instant) instead of globally. */
  guildId?: string;
}

export interface DiscordConnection {
  poster: Poster;
  stop(): Promise<void>;
}

/** Connects the bot (Guilds intent only) and resolves once it is ready; rejects with a one-line reason. */
export async function startDiscord(opts: StartDiscordOptions): Promise<DiscordConnection> {
  const { engine, logger } = opts;
  const token = opts.token.trim();
  if (!token) throw new Error('DISCORD_TOKEN is not set; put the bot token from the Developer Portal in it.');

  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: opts.apiUrl ? { api: opts.apiUrl } : {},
  });
  const onInteraction = createInteractionHandler({ engine, logger, commands });
  client.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction));
  client.on(Events.GuildDelete, (guild) => {
    try {
      engine.workspaceRemoved({ platform: 'discord', workspaceId: guild.id });
      logger.info({ guildId: guild.id }, 'Removed from a Discord server');
    } catch (err) {
      logger.error({ err, guildId: guild.id }, 'Could not forget a Discord server');
    }
  });
  client.on(Events.ShardError, (err) => logger.warn({ err }, 'Discord gateway error'));
  // discord.js waits out rate limits itself; the log says when and for how long.
  client.rest.on(RESTEvents.RateLimited, (limit) =>
    logger.debug({ route: limit.route, method: limit.method, global: limit.global, waitMs: limit.timeToReset }, 'Waiting out a Discord rate limit'),
  );
  let stopping = false;
  client.on(Events.ShardReconnecting, () => {
    if (!stopping) logger.info('Reconnecting to the Discord gateway');
  });
  client.on(Events.ShardResume, (_id, replayed) => logger.info({ replayed }, 'Resumed the Discord gateway session'));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(token);
    await ready;
    logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'Connected to Discord');
    if (opts.registerCommandsOnStart) {
      const r = await putCommands(client.rest, client.application!.id, opts.guildId);
      logger.info(r, 'Registered Discord slash commands');
    }
  } catch (error) {
    await client.destroy().catch(() => undefined);
    throw new Error(describeDiscordFailure(error, opts.apiUrl));
  }

  return {
    poster: new DiscordPoster(client.rest),
    stop: () => {
      stopping = true;
      return client.destroy();
    },
  };
}
