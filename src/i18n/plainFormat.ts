import { intlDate, type TextFormat } from './TextFormat.ts';

/** Text for files and terminals that no platform renders (CLI output): `#id`, `/name`, UTC dates. */
export const plainFormat: TextFormat = {
  channel: (id) => `#${id}`,
  command: (name) => `/${name}`,
  user: (id, name) => name ?? id,
  date: (ms, show, zone, locale) => intlDate(ms, show, zone, locale),
};
