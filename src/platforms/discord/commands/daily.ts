import { ApplicationCommandOptionType, ChannelType } from 'discord.js';
import type { Command } from '../command.ts';
import { deckOrTimezone } from '../autocomplete.ts';
import { deckOption, guildOnly, manageServer } from './options.ts';

const sub = (name: string, description: string) => ({ type: ApplicationCommandOptionType.Subcommand as const, name, description });

export const daily = {
  data: {
    name: 'daily',
    description: 'The daily question of this server',
    ...guildOnly,
    default_member_permissions: manageServer,
    options: [
      {
        ...sub('setup', 'Post a question every day in a channel'),
        options: [
          {
            type: ApplicationCommandOptionType.Channel,
            name: 'channel',
            description: 'Where to post',
            required: true,
            channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'time',
            description: 'Local time, HH:MM (24 h)',
            required: true,
            min_length: 4,
            max_length: 5,
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'timezone',
            description: 'IANA timezone, e.g. Europe/Berlin',
            required: true,
            autocomplete: true,
            max_length: 64,
          },
          deckOption('Deck for the daily questions (default: the server deck)'),
        ],
      },
      sub('pause', 'Pause the daily question'),
      sub('resume', 'Resume the daily question'),
      sub('now', 'Post the next daily question now'),
      sub('status', 'Show the daily schedule'),
      sub('skip', 'Skip the next daily question'),
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
