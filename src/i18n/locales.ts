/** Languages quizbot speaks. `en-XA` is a pseudo-locale for tests: every catalog string, visibly marked. */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number] | 'en-XA';

/** A platform's or a user's language tag ("de-DE", "en_US", "DE") as a locale we ship, if any. */
export function supportedLocale(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined;
  const t = tag.trim().replace('_', '-').toLowerCase();
  if (t === 'en-xa') return 'en-XA';
  const base = t.split('-')[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : undefined;
}

/** The first supported locale of several candidates, most specific first; English when none. */
export function pickLocale(...tags: Array<string | undefined | null>): Locale {
  for (const t of tags) {
    const l = supportedLocale(t);
    if (l) return l;
  }
  return 'en';
}
