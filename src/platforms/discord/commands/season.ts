import { ApplicationCommandOptionType } from 'discord.js';
import { SEASON_NAME_MAX, seasonLength, type SeasonLength } from '../../../core/validate.ts';
import { msg } from '../../../core/text.ts';
import { UserError } from '../../../engine/errors.ts';
import type { MessageId } from '../../../i18n/messageIds.ts';
import type { Command } from '../command.ts';
import { type CommandWord, choice, described, named } from '../commandLocales.ts';
import { guildOnly, manageServer } from './options.ts';

const sub = (name: CommandWord, description: MessageId) => ({ type: ApplicationCommandOptionType.Subcommand as const, ...named(name), ...described(description) });

/** The fixed lengths; a custom end is a date in its own option. */
const lengths = (['week', 'month'] as const).map((l) => choice(`discordCommand.season.start.length.${l}`, l));

/** Seasons (admins): `/season start [name] [length | until]` and `/season end`; the engine checks the permission again. */
export const season = {
  data: {
    ...named('season'),
    ...described('discordCommand.season'),
    ...guildOnly,
    default_member_permissions: manageServer,
    options: [
      {
        ...sub('start', 'discordCommand.season.start'),
        options: [
          { type: ApplicationCommandOptionType.String, ...named('name'), ...described('discordCommand.season.start.name'), max_length: SEASON_NAME_MAX },
          { type: ApplicationCommandOptionType.String, ...named('length'), ...described('discordCommand.season.start.length'), choices: lengths },
          { type: ApplicationCommandOptionType.String, ...named('until'), ...described('discordCommand.season.start.until'), min_length: 10, max_length: 10 },
        ],
      },
      sub('end', 'discordCommand.season.end'),
    ],
  },
  async run({ interaction, caller, engine, defer }) {
    const o = interaction.options;
    if (o.getSubcommand() === 'end') {
      await defer('public'); // may post the final board in the daily channel first
      return engine.seasonEnd(caller);
    }
    const name = o.getString('name') ?? undefined;
    const picked = o.getString('length');
    const until = o.getString('until');
    if (picked !== null && until !== null) throw new UserError('season_length_and_end', msg('season.lengthOrEnd'));
    let length: SeasonLength | undefined;
    const word = picked ?? until;
    if (word !== null) {
      const checked = seasonLength(word);
      if (!checked.ok) throw new UserError('bad_season_length', checked.error);
      length = checked.value;
    }
    return engine.seasonStart(caller, { ...(name === undefined ? {} : { name }), ...(length === undefined ? {} : { length }) });
  },
} satisfies Command;
