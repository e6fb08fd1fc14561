/**
 * The real engine on a temp SQLite file, the real discord.js client from
 * startDiscord, and the local Discord stand-in between them.
 */
import { startDiscord } from '../../../src/platforms/discord/startDiscord.ts';
import type { DiscordConnection } from '../../../src/platforms/discord/startDiscord.ts';
import { DiscordStandIn } from '../../fakes/discord/DiscordStandIn.ts';
import type { RecordedRequest } from '../../fakes/discord/DiscordStandIn.ts';
import { autocompletePayload, buttonPayload, modalSubmitPayload, slashPayload, snowflake } from '../../fakes/discord/payloads.ts';
import type { InteractionBase, SlashSpec, TestUser, apiMessage } from '../../fakes/discord/payloads.ts';
import { captureLogs } from '../../helpers/capturedLogs.ts';
import { makeTestEngine } from '../../helpers/testEngine.ts';
import type { TestEngine } from '../../helpers/testEngine.ts';

export const alice: TestUser = { id: snowflake(), username: 'alice' };
export const bob: TestUser = { id: snowflake(), username: 'bob' };
export const admin: TestUser = { id: snowflake(), username: 'ada', admin: true };


export interface Harness {
  discord: DiscordStandIn;
  te: TestEngine;
  bot: DiscordConnection;
  /** Log lines the adapter wrote (pino JSON objects). */
  logs: Record<string, unknown>[];
  /** Resolves with the `nth` (1 by default) line the adapter logs with this message, already logged or when it is. */
  logged(msg: string, nth?: number): Promise<Record<string, unknown>>;
  base(user: TestUser, channelId?: string): InteractionBase;
  slash(user: TestUser, spec: SlashSpec, channelId?: string): Interacted;
  autocomplete(user: TestUser, spec: SlashSpec & { focused: string }): Interacted;
  click(user: TestUser, customId: string, message: ReturnType<typeof apiMessage>): Interacted;
  submit(user: TestUser, customId: string, fields: Record<string, string>): Interacted;
  close(): Promise<void>;
}

export interface Interacted {
  id: string;
  token: string;
  /** The interaction callback the bot sent (`POST /interactions/:id/:token/callback`). */
  callback: Promise<RecordedRequest>;
}

export async function startHarness(opts: { registerCommandsOnStart?: boolean; guildId?: string } = {}): Promise<Harness> {
  const discord = await DiscordStandIn.start();
  const te = makeTestEngine();
  const { logger, lines: logs, logged } = captureLogs('debug');
  const bot = await startDiscord({ token: discord.token, apiUrl: discord.apiUrl, engine: te.engine, logger, ...opts });
  te.posters.register('discord', bot.poster);

  const base = (user: TestUser, channelId = discord.channelId): InteractionBase => ({
    guildId: discord.guildId,
    channelId,
    applicationId: discord.applicationId,
    user,
  });
  const send = (payload: { id: string; token: string }): Interacted => {
    discord.interact(payload);
    return { id: payload.id, token: payload.token, callback: discord.callback(payload.id) };
  };

  return {
    discord,
    te,
    bot,
    logs,
    logged,
    base,
    slash: (user, spec, channelId) => send(slashPayload(base(user, channelId), spec)),
    autocomplete: (user, spec) => send(autocompletePayload(base(user), spec)),
    click: (user, customId, message) => send(buttonPayload(base(user), customId, message)),
    submit: (user, customId, fields) => send(modalSubmitPayload(base(user), customId, fields)),
    async close() {
      await bot.stop();
      await discord.stop();
      te.cleanup();
    },
  };
}

/** The embeds' text of a message body the bot sent, for assertions. */
export function textOf(body: { embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } }[]; data?: unknown }): string {
  const b = (body.data ?? body) as { embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } }[] };
  return (b.embeds ?? [])
    .map((e) => [e.title, e.description, ...(e.fields ?? []).map((f) => `${f.name}: ${f.value}`), e.footer?.text].filter(Boolean).join('\n'))
    .join('\n');
}
