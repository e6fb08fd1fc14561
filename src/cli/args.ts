import { parseArgs } from 'node:util';

/** A command's options: a flag (`--write`) or an option with a value (`--deck NAME`, `--deck=NAME`). */
export type OptionSpecs = Record<string, { type: 'boolean' | 'string'; short?: string }>;

export type OptionValues<O extends OptionSpecs> = { [K in keyof O]?: O[K]['type'] extends 'string' ? string : true };

export type ReadArgs<O extends OptionSpecs> =
  | { ok: true; help: boolean; values: OptionValues<O>; positionals: string[] }
  | { ok: false; problem: string };

const help = { type: 'boolean', short: 'h' } as const;

/**
 * A command's arguments, tokenized by node:util `parseArgs` and checked here so each
 * problem is one sentence naming the argument at fault. Options may come before or after
 * the positionals, `--` ends the options, and every command takes `-h`/`--help`.
 * `positionals` names the ones the command needs, in order (`['FILE']`); there may be
 * no more. An option's value is trimmed and may not be empty nor look like an option.
 */
export function readArgs<O extends OptionSpecs>(args: readonly string[], options: O, positionals: readonly string[] = []): ReadArgs<O> {
  const { tokens } = parseArgs({ args: [...args], options: { ...options, help }, strict: false, allowPositionals: true, tokens: true });
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) return { ok: true, help: true, values: {}, positionals: [] };
  const values: Record<string, string | true> = {};
  const given: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'positional') given.push(t.value);
    if (t.kind !== 'option') continue;
    const spec = options[t.name];
    if (!spec) return { ok: false, problem: `Unknown option ${t.rawName}.` };
    if (t.name in values) return { ok: false, problem: `Option ${t.rawName} is given twice.` };
    if (spec.type === 'boolean') {
      if (t.value !== undefined) return { ok: false, problem: `Option ${t.rawName} takes no value.` };
      values[t.name] = true;
    } else {
      const value = t.value?.trim();
      if (!value || (!t.inlineValue && value.startsWith('-'))) return { ok: false, problem: `Option ${t.rawName} needs a value.` };
      values[t.name] = value;
    }
  }
  const extra = given[positionals.length];
  if (extra !== undefined) return { ok: false, problem: `Unexpected argument "${extra}".` };
  const missing = positionals[given.length];
  if (missing !== undefined) return { ok: false, problem: `Missing ${missing}.` };
  return { ok: true, help: false, values: values as OptionValues<O>, positionals: given };
}
