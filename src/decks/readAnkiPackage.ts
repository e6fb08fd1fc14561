import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { Decompress } from 'fzstd';
import type { DeckParseResult } from '../core/deck.ts';
import { DeckProblems } from './DeckProblems.ts';
import { finishDeck } from './finishDeck.ts';
import { type AnkiNote, ankiQuestions } from './parseFlashcardText.ts';

/** A collection larger than this unpacked is refused: a 5 MB package must not cost gigabytes. */
const maxCollectionBytes = 256 * 1024 * 1024;

/** Newest first: a package from Anki 2.1.50 on holds a zstd-compressed collection.anki21b and, for old Ankis, a collection.anki2 with one note saying to update. */
const collections = ['collection.anki21b', 'collection.anki21', 'collection.anki2'] as const;

const exportHint = 'or export it from Anki as "Notes in Plain Text" (File > Export) and import that .txt file';
const fail = (message: string): DeckParseResult => ({ ok: false, problems: [{ line: 0, message }] });

class TooLarge extends Error {}

/**
 * Reads an Anki package (.apkg): a zip holding the SQLite collection. Each
 * note becomes a question as in Anki's plain-text export: its first field the
 * question, the next the answer, HTML made text; cloze notes ask with the
 * deletion hidden. Problems name the note by its number in the package.
 */
export function readAnkiPackage(bytes: Uint8Array, fallbackTitle: string): DeckParseResult {
  let files: Record<string, Uint8Array>;
  let tooLarge = false;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!(collections as readonly string[]).includes(f.name)) return false;
        if (f.originalSize > maxCollectionBytes) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch {
    return fail(`this is not an Anki package (it is not a zip file); check that it is the .apkg Anki wrote, ${exportHint}`);
  }
  if (tooLarge) return fail(`this Anki package's collection is over ${maxCollectionBytes / 2 ** 20} MB unpacked; export the deck alone from Anki, ${exportHint}`);
  const name = collections.find((c) => files[c]);
  if (!name) return fail(`this zip holds no Anki collection; check that it is the .apkg Anki wrote, ${exportHint}`);
  let sqlite: Uint8Array;
  try {
    sqlite = name === 'collection.anki21b' ? unzstd(files[name] as Uint8Array) : (files[name] as Uint8Array);
  } catch (e) {
    if (e instanceof TooLarge) return fail(`this Anki package's collection is over ${maxCollectionBytes / 2 ** 20} MB unpacked; export the deck alone from Anki, ${exportHint}`);
    return fail(`this Anki package's collection is damaged (it does not unpack); ${exportHint.replace(/^or /, '')}`);
  }
  let rows: { flds: string; tags: string }[];
  try {
    rows = notesOf(sqlite);
  } catch {
    return fail(`this Anki package's collection could not be read as an Anki database; ${exportHint.replace(/^or /, '')}`);
  }
  const notes: AnkiNote[] = rows.map((r, i) => ({
    line: 0,
    where: `note ${i + 1}`,
    fields: r.flds.split('\x1f'),
    tags: r.tags.split(/\s+/).filter(Boolean),
  }));
  const found = new DeckProblems();
  const questions = ankiQuestions(notes, true, found);
  return finishDeck({ title: fallbackTitle, description: '' }, questions, found);
}

function notesOf(sqlite: Uint8Array): { flds: string; tags: string }[] {
  // better-sqlite3 opens a serialized database from memory: nothing is written to disk.
  const db = new Database(Buffer.from(sqlite.buffer, sqlite.byteOffset, sqlite.byteLength), { readonly: true });
  try {
    // A package is someone else's file: its schema may not run functions with side effects.
    db.pragma('trusted_schema = OFF');
    return db.prepare('SELECT CAST(flds AS TEXT) AS flds, CAST(tags AS TEXT) AS tags FROM notes ORDER BY id').all() as { flds: string; tags: string }[];
  } finally {
    db.close();
  }
}

/** zstd, stopping as soon as the output would pass the limit. */
function unzstd(compressed: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const stream = new Decompress((chunk) => {
    total += chunk.byteLength;
    if (total > maxCollectionBytes) throw new TooLarge();
    chunks.push(chunk);
  });
  // Fed in pieces, so a bomb stops after a piece rather than after unpacking whole.
  const piece = 64 * 1024;
  for (let i = 0; i < compressed.byteLength; i += piece) stream.push(compressed.subarray(i, i + piece), i + piece >= compressed.byteLength);
  if (compressed.byteLength === 0) stream.push(new Uint8Array(0), true);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
