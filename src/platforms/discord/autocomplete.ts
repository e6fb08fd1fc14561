import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { AutocompleteContext } from './command.ts';
import { limits } from './limits.ts';

let zones: string[] | undefined;
function timeZones(): string[] {
  zones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
  return zones;
}

/** Up to 25 choices containing what was typed (case-insensitive), those starting with it first. */
export function suggest(all: readonly string[], typed: string): ApplicationCommandOptionChoiceData[] {
  const q = typed.trim().toLowerCase();
  const hits = all.filter((v) => v.toLowerCase().includes(q) && v.length <= limits.choiceName);
  hits.sort((a, b) => Number(!a.toLowerCase().startsWith(q)) - Number(!b.toLowerCase().startsWith(q)));
  return hits.slice(0, limits.choicesPerOption).map((v) => ({ name: v, value: v }));
}

/** Deck names (options `deck` and `name`) and IANA timezones (option `timezone`). */
export function deckOrTimezone({ interaction, engine }: AutocompleteContext): ApplicationCommandOptionChoiceData[] {
  const focused = interaction.options.getFocused(true);
  if (focused.name === 'timezone') return suggest(timeZones(), String(focused.value));
  if (!interaction.guildId) return [];
  return suggest(engine.deckNames({ platform: 'discord', workspaceId: interaction.guildId }), String(focused.value));
}
