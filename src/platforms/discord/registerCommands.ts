import { REST, Routes } from 'discord.js';
import type { RESTGetCurrentApplicationResult } from 'discord.js';
import { commands } from './commands/index.ts';

export interface RegisterResult {
  count: number;
  scope: 'guild' | 'global';
}

/** Replaces the application's slash commands with ours, in one server (instant) or globally. */
export async function putCommands(rest: REST, applicationId: string, guildId?: string): Promise<RegisterResult> {
  const body = commands.map((c) => c.data);
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  await rest.put(route, { body });
  return { count: body.length, scope: guildId ? 'guild' : 'global' };
}

/** `quizbot commands register [--guild ID]`: looks up the application of the token and registers the commands. */
export async function registerCommands(opts: { token: string; apiUrl?: string; guildId?: string }): Promise<RegisterResult> {
  if (!opts.token.trim()) throw new Error('DISCORD_TOKEN is not set; put the bot token from the Developer Portal in it.');
  const rest = new REST(opts.apiUrl ? { api: opts.apiUrl } : {}).setToken(opts.token);
  try {
    const app = (await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult;
    return await putCommands(rest, app.id, opts.guildId);
  } catch (error) {
    throw new Error(describeDiscordFailure(error, opts.apiUrl));
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

/** One line for a failed start or registration; never includes the token. */
export function describeDiscordFailure(error: unknown, apiUrl?: string): string {
  const e = error as { status?: number; code?: string | number; message?: string };
  if (e?.status === 401 || e?.code === 'TokenInvalid') return 'Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the Developer Portal.';
  if (e?.status === 403) return `Discord refused the request (403 ${e.message ?? 'Forbidden'}): check that the bot is in that server, invited with the applications.commands scope.`;
  if (e?.status === 404) return `Discord answered 404 (${e.message ?? 'not found'}): check --guild and that the bot is in that server.`;
  const where = apiUrl ?? 'https://discord.com/api';
  return `Could not talk to Discord at ${where}: ${e?.message ?? String(error)}`;
}
