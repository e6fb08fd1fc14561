import { ApplicationCommandOptionType, ChannelType } from 'discord.js';
import type { Command } from '../command.ts';
import { deckOrTimezone } from '../autocomplete.ts';
import { type CommandWord, described, named } from '../commandLocales.ts';
import type { MessageId } from '../../../i18n/messageIds.ts';
import { deckOption, guildOnly, manageServer } from './options.ts';

const sub = (name: CommandWord, description: MessageId) => ({ type: ApplicationCommandOptionType.Subcommand as const, ...named(name), ...described(description) });

export const daily = {
  data: {
    ...named('daily'),
    ...described('discordCommand.daily'),
    ...guildOnly,
    default_member_permissions: manageServer,
    options: [
      {
        ...sub('setup', 'discordCommand.daily.setup'),
        options: [
          {
            type: ApplicationCommandOptionType.Channel,
            ...named('channel'),
            ...described('discordCommand.daily.setup.channel'),
            required: true,
            channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
          },
          {
            type: ApplicationCommandOptionType.String,
            ...named('time'),
            ...described('discordCommand.daily.setup.time'),
            required: true,
            min_length: 4,
            max_length: 5,
          },
          {
            type: ApplicationCommandOptionType.String,
            ...named('timezone'),
            ...described('discordCommand.daily.setup.timezone'),
            required: true,
            autocomplete: true,
            max_length: 64,
          },
          deckOption('discordCommand.daily.setup.deck'),
        ],
      },
      sub('pause', 'discordCommand.daily.pause'),
      sub('resume', 'discordCommand.daily.resume'),
      sub('now', 'discordCommand.daily.now'),
      sub('status', 'discordCommand.daily.status'),
      sub('skip', 'discordCommand.daily.skip'),
    ],
  },
  async run({ interaction, caller, engine, defer }) {
    const o = interaction.options;
    switch (o.getSubcommand()) {
      case 'setup':
        return engine.dailySetup(caller, {
          channelId: o.getChannel('channel', true).id,
          time: o.getString('time', true),
          timezone: o.getString('timezone', true),
          deck: o.getString('deck') ?? undefined,
        });
      case 'pause':
        return engine.dailyPause(caller);
      case 'resume':
        return engine.dailyResume(caller);
      case 'now':
        await defer('private'); // posts the question to the daily channel first
        return engine.dailyNow(caller);
      case 'skip':
        await defer('private'); // may post a reveal
        return engine.dailySkip(caller);
      default:
        return engine.dailyStatus(caller);
    }
  },
  autocomplete: deckOrTimezone,
} satisfies Command;
