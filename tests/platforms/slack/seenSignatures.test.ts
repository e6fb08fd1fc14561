import { describe, expect, it } from 'vitest';
import { SeenSignatures } from '../../../src/platforms/slack/seenSignatures.ts';

describe('SeenSignatures', () => {
  it('refuses a signature seen while its timestamp is fresh, and forgets it after', () => {
    const seen = new SeenSignatures(300, 10);
    expect(seen.remember('a', 1000, 1000)).toBe('new');
    expect(seen.remember('a', 1000, 1299)).toBe('replay');
    expect(seen.remember('a', 1000, 1300)).toBe('replay');
    // By now the timestamp itself is refused as stale; remembering it is no longer needed.
    expect(seen.remember('b', 1301, 1301)).toBe('new');
    expect(seen.size).toBe(1);
  });

  it('stays within its capacity and refuses rather than forgetting a fresh signature', () => {
    const seen = new SeenSignatures(300, 3);
    for (const sig of ['a', 'b', 'c']) expect(seen.remember(sig, 1000, 1000)).toBe('new');
    expect(seen.remember('d', 1000, 1000)).toBe('full');
    expect(seen.remember('a', 1000, 1000)).toBe('replay');
    expect(seen.size).toBe(3);
    expect(seen.remember('d', 1400, 1400)).toBe('new');
    expect(seen.size).toBe(1);
  });

  it('remembers a request dated ahead of the clock until its own timestamp is stale', () => {
    const seen = new SeenSignatures(300, 10);
    expect(seen.remember('ahead', 1300, 1000)).toBe('new');
    expect(seen.remember('ahead', 1300, 1550)).toBe('replay');
  });
});
