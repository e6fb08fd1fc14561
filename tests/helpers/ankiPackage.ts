import Database from 'better-sqlite3';
import { zipSync } from 'fflate';

/** A collection with Anki's notes table (the columns quizbot reads, among Anki's own). */
function collection(notes: { fields: string[]; tags?: string }[]): Uint8Array {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null)');
  const add = db.prepare("INSERT INTO notes VALUES (?, ?, 1, 0, -1, ?, ?, '', 0, 0, '')");
  notes.forEach((n, i) => add.run(1_700_000_000_000 + i, `guid${i}`, n.tags ?? '', n.fields.join('\x1f')));
  const bytes = db.serialize();
  db.close();
  return bytes;
}

/**
 * zstd as raw (stored) blocks: a valid frame any decoder reads, written without a
 * compressor (Node 20 has none), like Anki's collection.anki21b.
 */
function zstdStored(data: Uint8Array): Uint8Array {
  const blocks: number[] = [0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38]; // magic; no content size; window 128 KiB
  const max = 128 * 1024;
  for (let at = 0; at < data.length || at === 0; at += max) {
    const size = Math.min(max, data.length - at);
    const last = at + max >= data.length ? 1 : 0;
    const header = last | (0 << 1) | (size << 3);
    blocks.push(header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff, ...data.subarray(at, at + size));
    if (data.length === 0) break;
  }
  return Uint8Array.from(blocks);
}

/** An .apkg as Anki writes it: `legacy` (collection.anki2 only, "support older Anki versions") or current (zstd collection.anki21b beside a placeholder collection.anki2). */
export function ankiPackage(notes: { fields: string[]; tags?: string }[], o: { legacy?: boolean } = {}): Buffer {
  const files: Record<string, Uint8Array> = o.legacy
    ? { 'collection.anki2': collection(notes), media: new TextEncoder().encode('{}') }
    : {
        'collection.anki2': collection([{ fields: ['Please update to the latest Anki version, then import the .colpkg/.apkg file again.', ''] }]),
        'collection.anki21b': zstdStored(collection(notes)),
        media: new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38, 0x01, 0x00, 0x00]),
      };
  return Buffer.from(zipSync(files));
}
