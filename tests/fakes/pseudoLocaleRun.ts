import { appendFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Set by tests/i18n/pseudoLocaleRun.test.ts when it runs the Discord and Slack tests again in
 * the pseudo-locale: every member, server and default language is `en-XA`, and the stand-ins
 * write every message body they receive here, for a check that no untranslated text got through.
 */
export const pseudoRunDir = process.env.QUIZBOT_PSEUDO_OUT || undefined;

export const memberLocale = (real: string): string => (pseudoRunDir ? 'en-XA' : real);

export function recordShown(platform: 'discord' | 'slack', what: string, body: unknown): void {
  if (!pseudoRunDir || body === null || typeof body !== 'object') return;
  appendFileSync(path.join(pseudoRunDir, `${platform}-${process.pid}.jsonl`), `${JSON.stringify({ what, body })}\n`);
}
