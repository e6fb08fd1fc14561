import type { Catalog } from './messageIds.ts';

const ACCENTED: Record<string, string> = {
  a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', c: 'ç', n: 'ñ', y: 'ý', s: 'š', z: 'ž',
  A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', C: 'Ç', N: 'Ñ', Y: 'Ý', S: 'Š', Z: 'Ž',
};

/**
 * English with every catalog string visibly marked (`⟦Ñó qúéšţíóñ⟧`), placeholders kept:
 * a test run in this locale shows any sentence that bypassed the catalogs as plain English.
 */
export function pseudoCatalog(en: Catalog): Catalog {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(en)) {
    const parts = v.split(/(\{\{[^}]*\}\}|`[^`]*`|<[^>]*>)/);
    out[k] = `⟦${parts.map((p, i) => (i % 2 === 1 ? p : p.replace(/[A-Za-z]/g, (ch) => ACCENTED[ch] ?? ch))).join('')}⟧`;
  }
  return out as Catalog;
}
