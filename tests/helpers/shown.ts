import { raw } from '../../src/core/text.ts';
import { pseudoRunDir } from '../fakes/pseudoLocaleRun.ts';
import type { Text } from '../../src/core/text.ts';
import { isUserError } from '../../src/engine/errors.ts';
import type { RenderedReply, Reply } from '../../src/engine/types.ts';
import { localizeReply } from '../../src/i18n/localizeReply.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { renderText } from '../../src/i18n/renderText.ts';
import { intlDate, type TextFormat } from '../../src/i18n/TextFormat.ts';

/** A neutral platform for engine tests: `<#id>` channels, `/name` commands, UTC dates. */
export const testFormat: TextFormat = {
  channel: (id) => `<#${id}>`,
  command: (name) => `/${name}`,
  user: (id, name) => name ?? id,
  date: (ms, show, zone, locale) => intlDate(ms, show, zone, locale),
};

/** A reply as a reader sees it, in its own locale (English by default). */
export const shown = (r: Reply, locale?: Locale): RenderedReply => localizeReply(locale ? { ...r, locale } : r, testFormat);

/** Text (or a string) as English words. */
export const words = (t: Text | string, locale: Locale = 'en'): string => renderText(t, locale, testFormat);

/** The words a member is told when `run` refuses with a UserError (in the error's locale, else `locale` or English). */
export function refusal(run: () => unknown, locale?: Locale): string {
  try {
    run();
  } catch (e) {
    if (isUserError(e)) return words(e.text, locale ?? e.locale ?? 'en');
    throw e;
  }
  throw new Error('expected a refusal (UserError), but the call succeeded');
}

/** `refusal` for a use case that answers with a promise. */
export async function refusalOf(pending: Promise<unknown>, locale?: Locale): Promise<string> {
  try {
    await pending;
  } catch (e) {
    if (isUserError(e)) return words(e.text, locale ?? e.locale ?? 'en');
    throw e;
  }
  throw new Error('expected a refusal (UserError), but the call succeeded');
}

/** A reply written with plain strings, as deck text the engine would pass through `raw`: for renderer and poster tests. */
export function textReply(r: Reply<string>): Reply {
  const t = (s: string) => raw(s);
  const { title, footer, fields, buttons, ...rest } = r;
  return {
    // Built by a test rather than the engine: in the pseudo-locale run, in the pseudo-locale.
    ...(pseudoRunDir && !r.locale ? { locale: 'en-XA' as const } : {}),
    ...rest,
    body: t(r.body),
    ...(title !== undefined ? { title: t(title) } : {}),
    ...(footer !== undefined ? { footer: t(footer) } : {}),
    ...(fields ? { fields: fields.map((f) => ({ name: t(f.name), value: t(f.value) })) } : {}),
    ...(buttons ? { buttons: buttons.map((b) => ({ id: b.id, label: t(b.label) })) } : {}),
  };
}
