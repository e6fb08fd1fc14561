/** Deck import: the words for files that cannot be read as a deck at all. */
export const deckImport = {
  'deckImport.binary': 'this is not a text file (it holds binary data); please use a .md, .txt, .tsv, .yaml, .json or .csv deck.',
  'deckImport.notUtf8':
    'this file is not UTF-8 text: byte {{value}} at line {{line}}, column {{column}} (byte {{byte}} of the file) is not valid UTF-8. Please save the deck as UTF-8 (in most editors: Save As, then Encoding: UTF-8) and import it again.',
} as const;
