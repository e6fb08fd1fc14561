import type {
  ApplicationCommandOptionChoiceData,
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { QuizEngine } from '../../engine/api.ts';
import type { Caller, Reply } from '../../engine/types.ts';

export interface CommandContext {
  interaction: ChatInputCommandInteraction;
  caller: Caller;
  engine: QuizEngine;
  /** Acknowledge at once (Discord allows 3 s); the reply then replaces the "thinking" message. */
  defer(visibility: Reply['visibility']): Promise<void>;
  /** Fetches an attachment's bytes, refusing files over the size limit before downloading. */
  download(file: { url: string; size: number }): Promise<Uint8Array>;
}

export interface AutocompleteContext {
  interaction: AutocompleteInteraction;
  engine: QuizEngine;
}

/** One slash command: what Discord registers, and how we answer it. */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  run(ctx: CommandContext): Reply | Promise<Reply>;
  autocomplete?(ctx: AutocompleteContext): ApplicationCommandOptionChoiceData[];
}
