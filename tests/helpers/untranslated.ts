/**
 * Words in text rendered in the pseudo-locale (en-XA) that came from no catalog: catalog
 * text and what Intl formats is marked ⟦…⟧, deck and member text ‹…›; platform markup
 * (channel, user and date tokens), code spans and slash commands are not words to translate.
 */
export function untranslated(text: string): string[] {
  let t = text;
  let before: string;
  do {
    before = t;
    t = t.replace(/‹[^‹›]*›/g, ' ').replace(/⟦[^⟦⟧]*⟧/g, ' ');
  } while (t !== before);
  // A text cut to fit a platform limit may lose its closing marks, or begin after the opening ones.
  const lastClose = Math.max(t.lastIndexOf('›'), t.lastIndexOf('⟧'));
  if (lastClose >= 0) t = t.slice(lastClose + 1);
  const firstOpen = t.search(/[‹⟦]/);
  if (firstOpen >= 0) t = t.slice(0, firstOpen);
  t = t
    .replace(/<[#@!][^>]*>|<t:\d+(:\w)?>/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(^|[\s(])\/[a-z]+(?: [a-z]+)?/g, ' ');
  return t.match(/[A-Za-z]{2,}/g) ?? [];
}
