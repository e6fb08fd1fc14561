import { ApplicationCommandOptionType } from 'discord.js';
import type { Command } from '../command.ts';
import { deckOrTimezone } from '../autocomplete.ts';
import { described, named } from '../commandLocales.ts';
import { reminderTime } from '../../../core/validate.ts';
import { deckOption, guildOnly } from './options.ts';

/**
 * Personal practice: a private question whose model answer comes right after the answer;
 * with `stats`, the member's cards per deck; with `remind`, a daily reminder (or `off`).
 */
export const practice = {
  data: {
    ...named('practice'),
    ...described('discordCommand.practice'),
    ...guildOnly,
    options: [
      deckOption('discordCommand.practice.deck'),
      { type: ApplicationCommandOptionType.Boolean, ...named('stats'), ...described('discordCommand.practice.stats') },
      { type: ApplicationCommandOptionType.String, ...named('remind'), ...described('discordCommand.practice.remind'), min_length: 3, max_length: 5 },
      { type: ApplicationCommandOptionType.String, ...named('timezone'), ...described('discordCommand.practice.timezone'), autocomplete: true, max_length: 64 },
    ],
  },
  run({ interaction, caller, engine }) {
    const o = interaction.options;
    if (o.getBoolean('stats')) return engine.practiceStats(caller);
    const remind = o.getString('remind');
    if (remind !== null) {
      const when = reminderTime(remind);
      const timezone = o.getString('timezone') ?? undefined;
      return engine.practiceRemind(caller, when.ok && when.value === 'off' ? { off: true } : { time: remind, ...(timezone === undefined ? {} : { timezone }) });
    }
    return engine.practice(caller, o.getString('deck') ?? undefined);
  },
  autocomplete: deckOrTimezone,
} satisfies Command;
