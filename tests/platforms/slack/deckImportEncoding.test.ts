import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventCallback, fileShared, slashCommand } from '../../fakes/slack/payloads.ts';
import { allText, type SlackStand, startStand } from './harness.ts';

let s: SlackStand;
beforeAll(async () => {
  s = await startStand({ mode: 'http' });
});
afterAll(async () => {
  await s?.close();
});

// One non-ASCII letter in a deck of ordinary size, saved as Latin-1.
const deck = [
  'Where is the Oktoberfest held?:\n- München\n',
  ...Array.from({ length: 12 }, (_, i) => `What is ${i + 2} times ${i + 3}?:\n- ${(i + 2) * (i + 3)}\n`),
].join('');

describe('deck import from a DM of a file that is not UTF-8', () => {
  it('is refused with the line and byte and a request to save as UTF-8, and nothing is imported', async () => {
    s.fake.files.set('FL1', { id: 'FL1', name: 'fest.yaml', content: Buffer.from(deck, 'latin1') });
    await s.send.event(eventCallback(fileShared({ user: 'UADMIN', channel: 'DL1', file: { id: 'FL1', name: 'fest.yaml' } })));
    const reply = await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'DL1');
    expect(allText(reply.args)).toMatch(/line 2, column 4 \(byte 36 of the file\)/);
    expect(allText(reply.args)).toMatch(/save the deck as UTF-8/);
    const responseUrl = s.fake.responseUrl();
    await s.send.command(slashCommand({ command: '/quiz', text: 'deck list', user: 'U1', channel: 'C1', responseUrl }));
    const list = await s.fake.waitFor('response_url', (c) => c.args.url === new URL(responseUrl).pathname);
    expect(allText(list.args)).not.toContain('fest');
  });
});
