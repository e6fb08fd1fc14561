/**
 * Characters with no width that web pages, PDFs and phone keyboards leave inside words: zero-width
 * space, soft hyphen, word joiners, byte-order mark, Mongolian vowel separator. "Mün\u00ADchen" is
 * "München" to a reader. Shared by the grader and deck text, so both drop the same ones.
 */
export const INVISIBLE = /[\u00ad\u180e\u200b\u2060-\u2064\ufeff]/g;

/**
 * Zero-width (non-)joiners: they matter in emoji and some scripts, so text shown keeps them
 * (deck text drops them only between Latin letters); the grader reads past them.
 */
export const JOINERS = /[\u200c\u200d]/g;
