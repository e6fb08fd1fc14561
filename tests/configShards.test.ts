import { describe, expect, it } from 'vitest';
import { discordShardsOf, loadConfig } from '../src/config.ts';

describe('Discord shards in the configuration', () => {
  it('follows Discord\'s recommendation unless told otherwise', () => {
    expect(discordShardsOf(loadConfig({}))).toBe('auto');
    expect(discordShardsOf(loadConfig({ DISCORD_SHARDS: '4' }))).toBe(4);
  });

  it('runs some shards of a total with DISCORD_SHARD_IDS and DISCORD_SHARD_COUNT', () => {
    expect(discordShardsOf(loadConfig({ DISCORD_SHARD_IDS: '0, 1', DISCORD_SHARD_COUNT: '4' }))).toEqual({ ids: [0, 1], count: 4 });
  });

  it('runs the shard the sharding manager gave its process', () => {
    expect(discordShardsOf(loadConfig({ SHARDING_MANAGER: 'true', SHARDS: '2', SHARD_COUNT: '3', DISCORD_SHARDS: '1' }))).toEqual({ ids: [2], count: 3 });
  });

  it('refuses shard settings that cannot work, naming the variable and the fix', () => {
    expect(() => loadConfig({ DISCORD_SHARDS: 'many' })).toThrow(/DISCORD_SHARDS: must be auto or a shard count/);
    expect(() => loadConfig({ DISCORD_SHARD_IDS: '0,1' })).toThrow(/DISCORD_SHARD_COUNT: required with DISCORD_SHARD_IDS/);
    expect(() => loadConfig({ DISCORD_SHARD_COUNT: '4' })).toThrow(/DISCORD_SHARD_IDS: required with DISCORD_SHARD_COUNT/);
    expect(() => loadConfig({ DISCORD_SHARD_IDS: '3,4', DISCORD_SHARD_COUNT: '4' })).toThrow(/DISCORD_SHARD_IDS: every id must be below DISCORD_SHARD_COUNT \(4\)/);
    expect(() => loadConfig({ DISCORD_SHARD_IDS: 'one', DISCORD_SHARD_COUNT: '4' })).toThrow(/DISCORD_SHARD_IDS: must be shard ids separated by commas/);
  });
});
