import type { Command } from '../command.ts';
import { described, named } from '../commandLocales.ts';
import { guildOnly, manageServer } from './options.ts';

/** `/status` (admins): shards, database size and the scheduler's last tick; the engine checks the permission again. */
export const status = {
  data: { ...named('status'), ...described('discordCommand.status'), ...guildOnly, default_member_permissions: manageServer },
  run: ({ caller, engine }) => engine.status(caller),
} satisfies Command;
