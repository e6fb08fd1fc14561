import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionType } from '../../fakes/discord/payloads.ts';
import { admin, startHarness, textOf } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

// One non-ASCII letter in a deck of ordinary size, saved as Latin-1.
const deck = [
  'Where is the Oktoberfest held?:\n- München\n',
  ...Array.from({ length: 12 }, (_, i) => `What is ${i + 2} times ${i + 3}?:\n- ${(i + 2) * (i + 3)}\n`),
].join('');

describe('/deck import of an attachment that is not UTF-8', () => {
  it('is refused with the line and byte and a request to save as UTF-8, and nothing is imported', async () => {
    const file = h.discord.attachment('fest.yaml', Buffer.from(deck, 'latin1'));
    const imp = h.slash(admin, {
      name: 'deck',
      subcommand: 'import',
      options: { file: file.id },
      types: { file: OptionType.Attachment },
      resolved: { attachments: { [file.id]: file } },
    });
    await imp.callback;
    const said = textOf((await h.discord.webhook(imp.token, 'PATCH')).body);
    expect(said).toMatch(/line 2, column 4 \(byte 36 of the file\)/);
    expect(said).toMatch(/save the deck as UTF-8/);
    const list = textOf((await h.slash(admin, { name: 'deck', subcommand: 'list' }).callback).body);
    expect(list).not.toContain('fest');
  });
});
