import { webApi } from '@slack/bolt';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackCaller } from '../../../src/platforms/slack/replies.ts';
import { SlackUsers } from '../../../src/platforms/slack/slackUsers.ts';
import { buttonClick, eventCallback, fileShared, slashCommand, viewSubmission } from '../../fakes/slack/payloads.ts';
import { allText, type SlackStand, startStand } from './harness.ts';

let s: SlackStand;
beforeAll(async () => {
  s = await startStand({ mode: 'http' });
  s.fake.users.set('UDE', { id: 'UDE', name: 'jonas', locale: 'de-DE' });
  s.fake.users.set('UDEADMIN', { id: 'UDEADMIN', name: 'greta', is_admin: true, locale: 'de-DE' });
});
afterAll(async () => {
  await s?.close();
});

describe("a Slack member's language", () => {
  it('comes from users.info: a member whose Slack is in German is a caller in de-DE', async () => {
    const client = new webApi.WebClient(s.fake.botToken, { slackApiUrl: s.fake.apiUrl });
    const users = new SlackUsers(client, { admins: new Set() }, pino({ level: 'silent' }));
    const at = { teamId: 'T001', channelId: 'C1' };
    expect(await slackCaller(users, { ...at, userId: 'UDE' })).toMatchObject({ userName: 'jonas', locale: 'de-DE' });
    expect(await slackCaller(users, { ...at, userId: 'U1' })).toMatchObject({ userName: 'ada', locale: 'en-US' });
    expect(s.fake.callsTo('users.info').at(-1)?.args).toMatchObject({ user: 'U1', include_locale: 'true' });
  });
});

describe("the Slack adapter's own words, for a member whose Slack is in German", () => {
  async function openModal(channel: string) {
    const responseUrl = s.fake.responseUrl();
    await s.send.command(slashCommand({ command: '/quiz', text: 'start deep-learning-training 1 60', user: 'U1', channel, responseUrl }));
    const started = await s.fake.waitFor('response_url', (c) => c.args.url === new URL(responseUrl).pathname);
    const actionId = /"action_id":"(answer:\d+)"/.exec(allText(started.args))?.[1] ?? '';
    await s.send.interaction(buttonClick({ actionId, user: 'UDE', channel, responseUrl: s.fake.responseUrl() }));
    return (await s.fake.waitFor('views.open', (c) => JSON.stringify(c.args.view).includes(channel))).args.view as Record<string, unknown>;
  }

  it('the answer modal asks in German, and an empty answer is refused in German', async () => {
    const view = await openModal('CDE1');
    expect(view).toMatchObject({ submit: { text: 'Absenden' }, close: { text: 'Abbrechen' } });
    expect(JSON.stringify(view.blocks)).toContain('"label":{"type":"plain_text","text":"Antwort"}');
    expect(JSON.stringify(view.blocks)).toContain('Schreib deine Antwort in eigenen Worten');
    const res = await s.send.interaction(viewSubmission({ user: 'UDE', view, values: { answer: { text: ' ' } } }));
    expect(await res.json()).toEqual({ response_action: 'errors', errors: { answer: 'Bitte schreib zuerst eine Antwort.' } });
  });

  it('engine replies come in German too, naming commands the Slack way', async () => {
    const responseUrl = s.fake.responseUrl();
    await s.send.command(slashCommand({ command: '/answer', text: 'Dropout', user: 'UDE', channel: 'CDE2', responseUrl }));
    const reply = await s.fake.waitFor('response_url', (c) => c.args.url === new URL(responseUrl).pathname);
    expect(allText(reply.args)).toContain('In diesem Kanal ist gerade keine Frage offen. Starte ein Quiz mit `/quiz start`');
  });

  it('a deck file over 5 MB is refused in German', async () => {
    s.fake.files.set('FDE', { id: 'FDE', name: 'riesig.csv', content: 'q,a\n', size: 6 * 1024 * 1024 });
    await s.send.event(eventCallback(fileShared({ user: 'UDEADMIN', channel: 'DDE', file: { id: 'FDE', name: 'riesig.csv' } })));
    const reply = await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'DDE');
    expect(allText(reply.args)).toContain('„riesig.csv“ ist größer als 5 MB und wurde deshalb nicht importiert.');
  });
});

describe('why a daily post failed, for an admin whose Slack is in German', () => {
  it('/quiz daily status says it in German, naming the command the Slack way', async () => {
    const asGreta = async (text: string) => {
      const responseUrl = s.fake.responseUrl();
      await s.send.command(slashCommand({ command: '/quiz', text, user: 'UDEADMIN', channel: 'CWEG', responseUrl }));
      return allText((await s.fake.waitFor('response_url', (c) => c.args.url === new URL(responseUrl).pathname)).args);
    };
    await asGreta('daily setup <#CWEG|weg> 09:30 Europe/Berlin');
    s.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    await asGreta('daily now');
    expect(await asGreta('daily status')).toContain(
      '⚠ Fehler: 1 gescheiterter Versuch; letzter Fehler: Ich kann nicht in <#CWEG> posten: Ich darf dort nicht schreiben. Füg mich dem Kanal hinzu und erlaub mir, ihn zu sehen und Nachrichten zu senden – oder wähl mit `/quiz daily setup` einen anderen Kanal. (Fehlerdetails: Slack: not_in_channel)',
    );
  });
});
