import type { deckImport as en } from '../en/deckImport.ts';

/** Deck-Import: Dateien, die sich gar nicht als Deck lesen lassen. */
export const deckImport: Record<keyof typeof en, string> = {
  'deckImport.binary': 'das ist keine Textdatei (sie enthält Binärdaten); nimm bitte ein Deck als .md, .txt, .tsv, .yaml, .json oder .csv.',
  'deckImport.notUtf8':
    'diese Datei ist kein UTF-8-Text: Byte {{value}} in Zeile {{line}}, Spalte {{column}} (Byte {{byte}} der Datei) ist kein gültiges UTF-8. Speichere das Deck bitte als UTF-8 (in den meisten Editoren: Speichern unter, dann Kodierung: UTF-8) und importiere es noch einmal.',
};
