import { describe, expect, it } from 'vitest';
import { readArgs } from '../../src/cli/args.ts';

const rubric = { write: { type: 'boolean' } } as const;
const regrade = { 'dry-run': { type: 'boolean' }, deck: { type: 'string' } } as const;
const problem = (r: ReturnType<typeof readArgs>) => (r.ok ? undefined : r.problem);

describe('reading a command line', () => {
  it('takes options before or after the positionals, and values as --name VALUE or --name=VALUE', () => {
    expect(readArgs(['--write', 'deck.md'], rubric, ['DECK'])).toEqual({ ok: true, help: false, values: { write: true }, positionals: ['deck.md'] });
    expect(readArgs(['deck.md', '--write'], rubric, ['DECK'])).toMatchObject({ values: { write: true }, positionals: ['deck.md'] });
    expect(readArgs(['--deck', ' biology '], regrade)).toMatchObject({ values: { deck: 'biology' } });
    expect(readArgs(['--deck=-odd-name'], regrade)).toMatchObject({ values: { deck: '-odd-name' } });
  });

  it('names an unknown option, long or short', () => {
    expect(problem(readArgs(['--wirte', 'deck.md'], rubric, ['DECK']))).toBe('Unknown option --wirte.');
    expect(problem(readArgs(['-w'], rubric))).toBe('Unknown option -w.');
  });

  it('says when an option lacks its value, takes none, or comes twice', () => {
    expect(problem(readArgs(['--deck'], regrade))).toBe('Option --deck needs a value.');
    expect(problem(readArgs(['--deck', '  '], regrade))).toBe('Option --deck needs a value.');
    expect(problem(readArgs(['--deck', '--dry-run'], regrade))).toBe('Option --deck needs a value.');
    expect(problem(readArgs(['--dry-run=no'], regrade))).toBe('Option --dry-run takes no value.');
    expect(problem(readArgs(['--deck=a', '--deck', 'b'], regrade))).toBe('Option --deck is given twice.');
  });

  it('says which positional is missing or one too many', () => {
    expect(problem(readArgs([], {}, ['FILE']))).toBe('Missing FILE.');
    expect(problem(readArgs(['a.db', 'b.db'], {}, ['FILE']))).toBe('Unexpected argument "b.db".');
  });

  it('reads what follows -- as positionals', () => {
    expect(readArgs(['--', '--write'], rubric, ['DECK'])).toMatchObject({ ok: true, values: {}, positionals: ['--write'] });
  });

  it('answers -h or --help on any command, whatever else is on the line', () => {
    expect(readArgs(['-h'], {}, ['FILE'])).toMatchObject({ ok: true, help: true });
    expect(readArgs(['--frobnicate', '--help'], rubric, ['DECK'])).toMatchObject({ ok: true, help: true });
  });
});
