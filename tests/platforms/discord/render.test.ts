import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/engine/types.ts';
import { textReply } from '../../helpers/shown.ts';
import { embedLength, renderReply } from '../../../src/platforms/discord/render.ts';

const reply = (over: Partial<Reply<string>>): Reply => textReply({ visibility: 'public', kind: 'info', body: 'hello', ...over });

/** A long Markdown text made of numbered paragraphs, like a long model answer. */
function longText(paragraphs: number, size = 700): string {
  return Array.from({ length: paragraphs }, (_, i) => `${i + 1}. ${'word '.repeat(size / 5)}`.trim()).join('\n\n');
}

describe('renderReply', () => {
  it('renders a private reply as one ephemeral embed that pings nobody', () => {
    const [m, ...rest] = renderReply(reply({ visibility: 'private', kind: 'feedback', title: 'Score 2/3', body: '@everyone hi' }));
    expect(rest).toEqual([]);
    expect(m!.flags).toBe(64);
    expect(m!.allowed_mentions).toEqual({ parse: [] });
    expect(m!.embeds).toEqual([expect.objectContaining({ title: 'Score 2/3', description: '@everyone hi' })]);
  });

  it('renders a question with its close time as Discord timestamps and an Answer button', () => {
    const closesAt = Date.UTC(2030, 0, 1, 12, 0, 0);
    const [m] = renderReply(reply({ kind: 'question', title: 'Q1', buttons: [{ id: 'answer:42', label: 'Answer' }], closesAt }));
    const unix = closesAt / 1000;
    expect(m!.flags).toBeUndefined();
    expect(m!.embeds[0]!.fields).toEqual([{ name: 'Closes', value: `<t:${unix}:R> (<t:${unix}:f>)` }]);
    expect(m!.components).toEqual([{ type: 1, components: [{ type: 2, style: 1, custom_id: 'answer:42', label: 'Answer' }] }]);
  });

  it('puts at most five buttons in a row', () => {
    const buttons = Array.from({ length: 7 }, (_, i) => ({ id: `b:${i}`, label: `B${i}` }));
    const [m] = renderReply(reply({ buttons }));
    expect(m!.components.map((r) => r.components.length)).toEqual([5, 2]);
  });

  it('splits a long listing across embeds and messages within every limit', () => {
    const body = longText(40); // ~28,000 characters
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: `Point ${i + 1}`, value: 'v'.repeat(300) }));
    const out = renderReply(reply({ kind: 'deck', title: 'T'.repeat(300), body, fields, footer: '3 answered' }));
    expect(out.length).toBeGreaterThan(1);
    for (const m of out) {
      expect(m.embeds.length).toBeLessThanOrEqual(10);
      expect(m.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(6000);
      for (const e of m.embeds) {
        expect((e.description ?? '').length).toBeLessThanOrEqual(4096);
        expect((e.fields ?? []).length).toBeLessThanOrEqual(25);
      }
    }
    const embeds = out.flatMap((m) => m.embeds);
    expect(embeds[0]!.title!.length).toBe(256);
    expect(embeds.flatMap((e) => (e.description ? [e.description] : [])).join('\n\n')).toBe(body);
    expect(embeds.flatMap((e) => e.fields ?? []).map((f) => f.name)).toEqual(fields.map((f) => f.name));
    expect(embeds.at(-1)!.footer).toEqual({ text: '3 answered' });
  });

  it('splits a field value over 1024 characters into continuation fields', () => {
    const [m] = renderReply(reply({ fields: [{ name: 'Who got full marks', value: longText(3, 500) }] }));
    const fields = m!.embeds[0]!.fields!;
    expect(fields.length).toBe(2);
    expect(fields.every((f) => f.value.length <= 1024)).toBe(true);
  });
});
