import { isMsg, isRaw, raw, type Text } from '../core/text.ts';

/**
 * The TEXT columns that hold JSON, read into domain values and written back:
 * only the store knows how they are encoded.
 */

export const toJson = (value: unknown): string => JSON.stringify(value);

/** A JSON column as the value it was written from. */
export const readJson = <T>(column: string): T => JSON.parse(column) as T;

/** A JSON list column ('["dropout"]'). */
export const readList = <T = string>(column: string): T[] => readJson<T[]>(column);

/**
 * A stored message (`answers.feedback`): JSON Text since messages became ids; a
 * grade stored before that holds an English sentence, shown as written.
 */
export function readText(column: string): Text {
  const first = column.trimStart()[0];
  if (first === '{' || first === '[') {
    try {
      const v: unknown = JSON.parse(column);
      if (isText(v)) return v;
    } catch {
      // Not JSON: an old sentence that happens to start with a bracket.
    }
  }
  return raw(column);
}

function isText(v: unknown): v is Text {
  return isMsg(v) || isRaw(v) || (Array.isArray(v) && v.every(isText));
}
