import i18next, { type TFunction } from 'i18next';
import { isMsg, isRaw, type Param, type Text } from '../core/text.ts';
import { de } from './de/index.ts';
import { en } from './en/index.ts';
import type { Locale } from './locales.ts';
import { pseudoCatalog } from './pseudoLocale.ts';
import { intlTag, type TextFormat } from './TextFormat.ts';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en }, de: { translation: de }, 'en-XA': { translation: pseudoCatalog(en) } },
  lng: 'en',
  fallbackLng: 'en',
  keySeparator: false,
  nsSeparator: false,
  // Our renderers escape for their platform; HTML escaping here would show "&amp;".
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
} as Parameters<typeof i18n.init>[0]);

const translators = new Map<Locale, TFunction>();
const tFor = (locale: Locale): TFunction => {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = i18n.getFixedT(locale)));
  return t;
};

/** Text in one language for one platform. A plain string (not yet a message) is shown as it is. */
export function renderText(text: Text | string, locale: Locale, format: TextFormat): string {
  if (typeof text === 'string') return text;
  if (isRaw(text)) return verbatim(text.raw, locale);
  if (isMsg(text)) {
    const values: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(text.params ?? {})) values[k] = k === 'count' && typeof v === 'number' ? v : renderParam(v, locale, format);
    return tFor(locale)(text.id, values) as string;
  }
  // Lines that render empty are left out; an empty `raw('')` is a deliberate blank line between paragraphs.
  const lines = text as readonly Text[];
  return lines.map((t) => renderText(t, locale, format)).filter((s, i) => s !== '' || isRaw(lines[i])).join('\n');
}

function renderParam(p: Param, locale: Locale, format: TextFormat): string {
  if (typeof p === 'string') return verbatim(p, locale);
  if (typeof p === 'number') return new Intl.NumberFormat(intlTag(locale)).format(p);
  if (Array.isArray(p) || isMsg(p) || isRaw(p)) return renderText(p as Text, locale, format);
  if ('channel' in p) return format.channel(p.channel);
  if ('command' in p) return format.command(p.command, locale);
  if ('user' in p) return verbatim(format.user(p.user, p.name), locale);
  if ('date' in p) return localized(format.date(p.date, p.show ?? 'datetime', p.zone, locale), locale);
  if ('percent' in p) return new Intl.NumberFormat(intlTag(locale), { style: 'percent', maximumFractionDigits: 0 }).format(p.percent);
  if ('role' in p) return verbatim(format.role ? format.role(p.role) : p.role, locale);
  if ('list' in p) return localized(new Intl.ListFormat(intlTag(locale), { type: 'conjunction' }).format(p.list.map((t) => renderText(t, locale, format))), locale);
  return '';
}

/**
 * In the pseudo-locale, what is shown as written (deck text, names) is marked ‹…› line by line
 * (platforms split long texts between lines) and what
 * Intl words for the locale ⟦…⟧, so a test can tell both from text that bypassed the catalogs.
 */
const verbatim = (s: string, locale: Locale): string =>
  locale === 'en-XA' ? s.split('\n').map((line) => (line.trim() === '' ? line : `‹${line}›`)).join('\n') : s;
const localized = (s: string, locale: Locale): string => (locale === 'en-XA' ? `⟦${s}⟧` : s);

/** The catalogs as shipped, for tests that check every id is translated and used. */
export const catalogs = { en, de } as const;
