/** Platform-neutral shapes the engine speaks: who is asking, and what to show. */
import type { RoleFailure, RoleMoveResult, RoleMoves } from '../core/rewardRoles.ts';
import type { Text } from '../core/text.ts';
import type { Locale } from '../i18n/locales.ts';

/** A platform's name as its adapter registers it (`discord`, `slack`, `shell`): the engine names none. */
export type Platform = string;

/** A Discord server or a Slack workspace, as the platform names it. */
export interface WorkspaceRef {
  platform: Platform;
  workspaceId: string;
}

/** Who invoked a use case, and where. `isAdmin` is decided by the adapter from platform data. */
export interface Caller extends WorkspaceRef {
  channelId: string;
  userId: string;
  userName: string;
  isAdmin: boolean;
  /** The member's language as the platform reports it ("de", "en-US"), if it does. */
  locale?: string;
  /** The member's role ids (Discord), so the engine can check the server's reviewer role. */
  roleIds?: readonly string[];
  /** The adapter knows the member reviews grades (Slack: SLACK_REVIEWER_USER_IDS). */
  isReviewer?: boolean;
}

/** What a reply shows: messages rendered per language and platform (a bare string is shown as it is). */
export type Shown = Text;

export interface ReplyField<S = Shown> {
  name: S;
  value: S;
}

export interface ReplyButton<S = Shown> {
  /** Opaque id the adapter hands back to the engine, e.g. `answer:42`. */
  id: string;
  label: S;
}

/**
 * What to show. Text uses light Markdown (**bold**, `1.` lists, paragraphs).
 * Adapters render it as embeds, Block Kit or plain text and must never let
 * it ping anyone: `userText` marks replies that quote users.
 */
export interface Reply<S = Shown> {
  visibility: 'public' | 'private';
  /** What the reply is, so adapters can render some kinds natively. */
  kind: 'question' | 'feedback' | 'reveal' | 'leaderboard' | 'stats' | 'deck' | 'daily' | 'help' | 'info' | 'error';
  /** The language to show it in, chosen by the engine (member, then server, then default). */
  locale?: Locale;
  title?: S;
  body: S;
  fields?: ReplyField<S>[];
  footer?: S;
  buttons?: ReplyButton<S>[];
  /** When the shown question closes (ms since epoch); adapters render a native timestamp. */
  closesAt?: number;
  /** True when body or fields contain text written by users. */
  userText?: boolean;
  /** Reveals: post as a reply in the question's thread, where the platform has threads (set by the engine). */
  inThread?: boolean;
  /** Asked for as a picture too: what to draw (src/images draws it in the reply's language); the text stays its alt text. */
  image?: ReplyImage;
}

/** A member's progress as a card: totals, and accuracy per day over the last days. */
export interface StatsImage {
  kind: 'stats';
  /** The member's display name: user text. */
  name: string;
  points: number;
  answers: number;
  /** Average grade over every answer, 0-1. */
  accuracy: number;
  streak: number;
  bestStreak: number;
  /** All-time rank in the workspace, if the member has one. */
  rank?: number;
  /** One entry per UTC day, oldest first, ending today: answers given and their average grade (0-1). */
  days: { day: number; answers: number; accuracy: number }[];
}

/** A leaderboard's top 10 as a picture. */
export interface BoardImage {
  kind: 'leaderboard';
  /** The board's heading, as the text reply has it. */
  title: Text;
  /** Names are user text. */
  rows: { rank: number; name: string; points: number; answers: number }[];
  you?: { rank: number; points: number };
}

export type ReplyImage = StatsImage | BoardImage;

/** A reply in one language, as an adapter's renderer takes it. */
export type RenderedReply = Reply<string>;

/** Where the engine sends messages nobody asked for (daily posts, quiz turns, reveals). */
export interface ChannelTarget extends WorkspaceRef {
  channelId: string;
}

export interface SentMessage {
  messageId: string;
}

/** The outbound port each adapter implements. Throw `DeliveryError` for platform failures. */
export interface Poster {
  post(target: ChannelTarget, reply: Reply): Promise<SentMessage>;
  /** Whether a message the engine recorded still exists. */
  exists?(target: ChannelTarget, messageId: string): Promise<boolean>;
  /**
   * The id of a recent message in the channel carrying a button with this id, if
   * any: after a crash between sending and recording, tells "sent" from "not sent".
   */
  find?(target: ChannelTarget, buttonId: string): Promise<string | undefined>;
  /** A private message to one member (Discord DM, Slack DM, the playground's terminal): e.g. an appeal decided. */
  notify?(member: WorkspaceRef & { userId: string }, reply: Reply): Promise<SentMessage>;
  /** Why the bot could not hand out this role (Discord: Manage Roles, and a role above it), or undefined when it can. */
  checkRewardRole?(workspace: WorkspaceRef, roleId: string): Promise<RoleFailure | undefined>;
  /** Gives a role to some members and takes it from others (a season's reward); never throws for the platform's refusals. */
  setRewardRole?(workspace: WorkspaceRef, roleId: string, moves: RoleMoves): Promise<RoleMoveResult>;
}

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A leaderboard period: the shared validator's list (src/core/validate.ts). */
export type { Period } from '../core/validate.ts';
