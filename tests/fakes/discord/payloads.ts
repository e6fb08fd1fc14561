/**
 * Raw Discord API v10 objects as the gateway delivers them, for the stand-in
 * to send: users, members, the guild, messages and interactions.
 */
import { memberLocale } from '../pseudoLocaleRun.ts';

let nextSnowflake = 1_100_000_000_000_000_000n;
/** A fresh id that sorts after the previous one, like Discord's snowflakes. */
export const snowflake = (): string => String(nextSnowflake++);

export const InteractionType = { Ping: 1, ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4, ModalSubmit: 5 } as const;

/** Permission bits the tests need (Discord's values). */
export const Perm = {
  Administrator: 1n << 3n,
  ManageGuild: 1n << 5n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  UseApplicationCommands: 1n << 31n,
} as const;

const memberPerms = Perm.ViewChannel | Perm.SendMessages | Perm.EmbedLinks | Perm.UseApplicationCommands;

export interface TestUser {
  id: string;
  username: string;
  /** Manage Server (or Administrator with `admin: 'administrator'`). */
  admin?: boolean | 'administrator';
  /** The language of the member's Discord client (`en-US` unless given). */
  locale?: string;
  /** The member's role ids (besides @everyone). */
  roles?: string[];
}

export function apiUser(u: { id: string; username: string }, bot = false) {
  return { id: u.id, username: u.username, global_name: u.username, discriminator: '0', avatar: null, bot, public_flags: 0 };
}

export function apiMember(u: TestUser) {
  const perms = u.admin === 'administrator' ? memberPerms | Perm.Administrator : u.admin ? memberPerms | Perm.ManageGuild : memberPerms;
  return {
    user: apiUser(u),
    nick: null,
    roles: u.roles ?? [],
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
    permissions: perms.toString(),
  };
}

export interface GuildShape {
  id: string;
  name: string;
  ownerId: string;
  botUser: { id: string; username: string };
  channels: { id: string; name: string }[];
  /** Roles besides @everyone. */
  roles?: { id: string; name: string }[];
}

export function apiGuild(g: GuildShape) {
  return {
    id: g.id,
    name: g.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: g.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [{ id: g.id, name: '@everyone' }, ...(g.roles ?? [])].map((r, position) => ({
      id: r.id,
      name: r.name,
      color: 0,
      hoist: false,
      position,
      permissions: position === 0 ? memberPerms.toString() : '0',
      managed: false,
      mentionable: false,
      flags: 0,
    })),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: '2024-01-01T00:00:00.000Z',
    large: false,
    unavailable: false,
    member_count: 3,
    voice_states: [],
    members: [{ ...apiMember({ ...g.botUser }), user: apiUser(g.botUser, true) }],
    channels: g.channels.map((c, i) => ({ id: c.id, type: 0, name: c.name, position: i, guild_id: g.id, permission_overwrites: [], nsfw: false, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0 })),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A message as Discord returns it after a create or edit. */
export function apiMessage(o: { id: string; channelId: string; author: ReturnType<typeof apiUser>; body: Record<string, unknown>; flags?: number }) {
  return {
    id: o.id,
    type: 0,
    channel_id: o.channelId,
    author: o.author,
    content: (o.body.content as string | undefined) ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: (o.body.embeds as unknown[] | undefined) ?? [],
    components: (o.body.components as unknown[] | undefined) ?? [],
    pinned: false,
    flags: o.flags ?? (o.body.flags as number | undefined) ?? 0,
  };
}

export interface InteractionBase {
  guildId: string;
  channelId: string;
  applicationId: string;
  user: TestUser;
}

function base(b: InteractionBase, type: number) {
  return {
    id: snowflake(),
    token: `itoken-${snowflake()}`,
    type,
    version: 1,
    application_id: b.applicationId,
    guild_id: b.guildId,
    guild: { id: b.guildId, locale: 'en-US', features: [] },
    channel_id: b.channelId,
    channel: { id: b.channelId, type: 0, name: 'quiz', guild_id: b.guildId, permissions: memberPerms.toString() },
    member: apiMember(b.user),
    app_permissions: (memberPerms | Perm.EmbedLinks).toString(),
    locale: b.user.locale ?? memberLocale('en-US'),
    guild_locale: memberLocale('en-US'),
    entitlements: [],
    authorizing_integration_owners: { '0': b.guildId },
    context: 0,
    attachment_size_limit: 10 * 1024 * 1024,
  };
}

export type OptionValue = string | number | boolean;

export interface SlashSpec {
  name: string;
  subcommand?: string;
  options?: Record<string, OptionValue>;
  /** Option types by name (default: string for strings, integer for numbers). */
  types?: Record<string, number>;
  /** `data.resolved` for user, channel and attachment options. */
  resolved?: Record<string, unknown>;
  /** Name of the option being typed (autocomplete). */
  focused?: string;
}

const OptionType = { Subcommand: 1, String: 3, Integer: 4, Boolean: 5, User: 6, Channel: 7, Role: 8, Attachment: 11 } as const;
export { OptionType };

function commandData(s: SlashSpec) {
  const opts = Object.entries(s.options ?? {}).map(([name, value]) => ({
    name,
    type: s.types?.[name] ?? (typeof value === 'number' ? OptionType.Integer : typeof value === 'boolean' ? OptionType.Boolean : OptionType.String),
    value,
    ...(s.focused === name ? { focused: true } : {}),
  }));
  return {
    id: snowflake(),
    name: s.name,
    type: 1,
    options: s.subcommand ? [{ name: s.subcommand, type: OptionType.Subcommand, options: opts }] : opts,
    ...(s.resolved ? { resolved: s.resolved } : {}),
  };
}

export const slashPayload = (b: InteractionBase, s: SlashSpec) => ({ ...base(b, InteractionType.ApplicationCommand), data: commandData(s) });

export const autocompletePayload = (b: InteractionBase, s: SlashSpec & { focused: string }) => ({
  ...base(b, InteractionType.Autocomplete),
  data: commandData(s),
});

export const buttonPayload = (b: InteractionBase, customId: string, message: ReturnType<typeof apiMessage>) => ({
  ...base(b, InteractionType.MessageComponent),
  message,
  data: { custom_id: customId, component_type: 2 },
});

export const modalSubmitPayload = (b: InteractionBase, customId: string, fields: Record<string, string>) => ({
  ...base(b, InteractionType.ModalSubmit),
  data: {
    custom_id: customId,
    // What Discord sends back for a modal of text displays and labelled inputs.
    components: [
      { type: 10, id: 1 },
      ...Object.entries(fields).map(([id, value], i) => ({ type: 18, id: i + 2, component: { type: 4, id: i + 3, custom_id: id, value } })),
    ],
  },
});
