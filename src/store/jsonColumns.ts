import { type DeliveryFailure, isDeliveryReason } from '../core/delivery.ts';
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

/**
 * A stored delivery failure (`schedules.last_error`): JSON `{reason, detail}`; a
 * row written before reasons were recorded holds the platform's English message,
 * read as reason 'other' with that message as its detail.
 */
export function readFailure(column: string): DeliveryFailure {
  if (column.trimStart().startsWith('{')) {
    try {
      const v = JSON.parse(column) as Partial<DeliveryFailure> | null;
      if (v && isDeliveryReason(v.reason) && typeof v.detail === 'string') return { reason: v.reason, detail: v.detail };
    } catch {
      // Not JSON: an old message that happens to start with a brace.
    }
  }
  return { reason: 'other', detail: column };
}

function isText(v: unknown): v is Text {
  return isMsg(v) || isRaw(v) || (Array.isArray(v) && v.every(isText));
}
