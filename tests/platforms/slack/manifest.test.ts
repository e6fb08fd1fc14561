import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Manifest {
  features: { slash_commands: { command: string; should_escape: boolean; url?: string }[]; app_home: { home_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { socket_mode_enabled: boolean; interactivity: { is_enabled: boolean }; event_subscriptions: { bot_events: string[] } };
}

const read = (name: string) => parse(readFileSync(new URL(`../../../slack/${name}`, import.meta.url), 'utf8')) as Manifest;

describe.each(['manifest.yml', 'manifest-http.yml'])('%s', (name) => {
  const m = read(name);
  it('declares the commands with escaping, so #channel and @user arrive as ids', () => {
    expect(m.features.slash_commands.map((c) => [c.command, c.should_escape])).toEqual([
      ['/quiz', true],
      ['/answer', true],
    ]);
  });

  it('asks for the scopes and events the adapter uses, with interactivity and App Home on', () => {
    expect(m.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['commands', 'chat:write', 'users:read', 'channels:history', 'im:history', 'files:read', 'files:write', 'im:write']));
    expect(m.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['app_home_opened', 'message.im', 'app_uninstalled']));
    expect(m.settings.interactivity.is_enabled).toBe(true);
    expect(m.features.app_home.home_tab_enabled).toBe(true);
  });

  it('matches its mode: Socket Mode without URLs, HTTP with them', () => {
    const socket = name === 'manifest.yml';
    expect(m.settings.socket_mode_enabled).toBe(socket);
    for (const c of m.features.slash_commands) expect(c.url === undefined).toBe(socket);
  });
});
