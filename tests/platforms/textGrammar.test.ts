import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/i18n/commandNames.ts';
import { shellFormat } from '../../src/platforms/shell/shellFormat.ts';
import { startPlayground } from '../../src/platforms/shell/startPlayground.ts';
import { slackFormat } from '../../src/platforms/slack/render/slackFormat.ts';
import { slashCommand } from '../fakes/slack/payloads.ts';
import { makeTestEngine } from '../helpers/testEngine.ts';
import { type SlackStand, startStand } from './slack/harness.ts';

let s: SlackStand;
beforeAll(async () => {
  s = await startStand({ mode: 'http' });
  s.fake.users.set('UDE', { id: 'UDE', name: 'jonas', locale: 'de-DE' });
});
afterAll(async () => {
  await s?.close();
});

/** What Slack shows for `/quiz <text>`, through Bolt and the response_url, as plain text. */
async function onSlack(text: string, user = 'UADMIN'): Promise<string> {
  const responseUrl = s.fake.responseUrl();
  const res = await s.send.command(slashCommand({ command: '/quiz', text, user, channel: 'CGRAMMAR', responseUrl }));
  expect(res.status).toBe(200);
  const reply = await s.fake.waitFor('response_url', (c) => c.args.url === new URL(responseUrl).pathname);
  return String(reply.args.text).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** What the playground prints for one line. */
async function inPlayground(line: string, locale?: 'de'): Promise<string> {
  const t = makeTestEngine();
  try {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d) => (text += d));
    input.end(`${line}\n`);
    await startPlayground({ engine: t.engine, posters: t.posters, input, output, logger: pino({ level: 'silent' }), interactive: false, ...(locale ? { locale } : {}) });
    return text.slice(text.indexOf(`> ${line}\n`) + line.length + 3).trim();
  } finally {
    t.cleanup();
  }
}

/** Each platform's command forms as one neutral form, longest first (`/quiz` is the playground's quiz start). */
function neutral(text: string, command: (n: (typeof COMMAND_NAMES)[number]) => string): string {
  const forms = COMMAND_NAMES.map((n) => [command(n), `⟨${n}⟩`] as const).sort((a, b) => b[0].length - a[0].length);
  return forms.reduce((t, [form, name]) => t.split(form).join(name), text);
}
const slackForm = (n: (typeof COMMAND_NAMES)[number]) => slackFormat.command(n, 'en');
const shellForm = (n: (typeof COMMAND_NAMES)[number]) => shellFormat.command(n, 'en');

describe('one text grammar: the same wrong input gets the same message on Slack and in the playground', () => {
  const cases = [
    { what: 'a question count out of range', slack: 'start 0', shell: '/quiz start 0' },
    { what: 'too many words', slack: 'leaderboard week deck-a deck-b', shell: '/leaderboard week deck-a deck-b' },
    { what: 'a time that is not one', slack: 'daily setup 25:00 Europe/Berlin', shell: '/daily setup 25:00 Europe/Berlin' },
    { what: 'an unknown timezone', slack: 'daily setup 09:30 Mars/Olympus', shell: '/daily setup 09:30 Mars/Olympus' },
    { what: 'a missing deck name', slack: 'deck show', shell: '/deck show' },
    { what: 'an unknown daily subcommand', slack: 'daily sometimes', shell: '/daily sometimes' },
    { what: 'words after a command that takes none', slack: 'stop now', shell: '/quiz stop now' },
  ];

  for (const c of cases) {
    it(c.what, async () => {
      const slack = await onSlack(c.slack);
      const shell = await inPlayground(c.shell);
      expect(slack).toMatch(/Usage:/);
      expect(neutral(slack, slackForm)).toBe(neutral(shell, shellForm));
    });
  }

  it('in the member’s language on both', async () => {
    const slack = await onSlack('daily setup 9:75 Europe/Berlin', 'UDE');
    const shell = await inPlayground('/daily setup 9:75 Europe/Berlin', 'de');
    expect(slack).toBe('„9:75“ ist keine Uhrzeit. Schreib sie im 24-Stunden-Format HH:MM, z. B. 09:30.\nSo geht’s: `/quiz daily setup` [#Kanal] HH:MM Region/Stadt [Deck]');
    expect(neutral(slack, slackForm)).toBe(neutral(shell, shellForm));
  });

  it('each shows the command in its own form', async () => {
    expect(await onSlack('start 0')).toContain('Usage: `/quiz start` [deck] [questions] [seconds]');
    expect(await inPlayground('/quiz start 0')).toContain('Usage: /quiz [deck] [questions] [seconds]');
  });

  it('a wrong setting gets the same problem on both; only Slack offers reveals in threads', async () => {
    const slack = await onSlack('settings questions 99');
    const shell = await inPlayground('/settings questions 99');
    const problem = 'The number of questions must be a whole number from 1 to 50.';
    expect(slack.split('\n')[0]).toBe(problem);
    expect(shell.split('\n')[0]).toBe(problem);
    expect(slack).toContain('[thread on|off]');
    expect(shell).not.toContain('thread');
  });
});
