import { afterEach, describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../../src/i18n/commandNames.ts';
import { catalogs } from '../../../src/i18n/renderText.ts';
import { discordForms } from '../../../src/platforms/discord/commandLocales.ts';
import { discordFormat } from '../../../src/platforms/discord/discordFormat.ts';
import { registerCommands } from '../../../src/platforms/discord/registerCommands.ts';
import { DiscordStandIn } from '../../fakes/discord/DiscordStandIn.ts';
import { apiMessage, apiUser, OptionType, snowflake, type TestUser } from '../../fakes/discord/payloads.ts';
import { alice, startHarness, textOf, type Harness } from './harness.ts';

/** A command, subcommand or option as registered, with its localized fields. */
interface Registered {
  name: string;
  name_localizations?: Record<string, string>;
  description: string;
  description_localizations?: Record<string, string>;
  options?: Registered[];
  choices?: { name: string; name_localizations?: Record<string, string>; value: string | number }[];
}

/** What Discord accepts as a name: lowercase letters, digits, `-` and `_`, 1-32 characters. */
const discordName = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

let discord: DiscordStandIn | undefined;
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  await discord?.stop();
  h = discord = undefined;
});

async function registered(): Promise<Registered[]> {
  discord = await DiscordStandIn.start();
  await registerCommands({ token: discord.token, apiUrl: discord.apiUrl, guildId: discord.guildId });
  return discord.registered.get(discord.guildId) as Registered[];
}

/** Every command, subcommand and option, with its path (`daily setup channel`). */
function* everyNode(nodes: Registered[], path: string[] = []): Generator<[string, Registered]> {
  for (const n of nodes) {
    const here = [...path, n.name];
    yield [here.join(' '), n];
    yield* everyNode(n.options ?? [], here);
  }
}

describe('Discord command registration', () => {
  it('gives every command, subcommand, option and choice a German name and description', async () => {
    const commands = await registered();
    const nodes = [...everyNode(commands)];
    expect(nodes.length).toBeGreaterThan(30);
    for (const [path, n] of nodes) {
      const german = n.name_localizations?.de;
      expect(german, path).toMatch(discordName);
      // The English catalog holds the canonical names, the ones the handlers read.
      expect((catalogs.en as Record<string, string>)[`discordCommand.name.${n.name}`], path).toBe(n.name);
      expect(n.description.length, path).toBeLessThanOrEqual(100);
      expect(n.description_localizations?.de, path).toBeTruthy();
      expect(n.description_localizations!.de!.length, path).toBeLessThanOrEqual(100);
      for (const c of n.choices ?? []) expect(c.name_localizations?.de, `${path} ${c.value}`).toBeTruthy();
    }
    // Names a German member sees are told apart within each command and option list.
    for (const list of [commands, ...nodes.map(([, n]) => n.options ?? [])]) {
      const names = list.map((n) => n.name_localizations?.de);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('registers the German names and descriptions members will type', async () => {
    const byName = new Map((await registered()).map((c) => [c.name, c]));
    expect(byName.get('answer')).toMatchObject({ name_localizations: { de: 'antwort' }, description_localizations: { de: 'Beantworte die offene Frage in diesem Kanal' } });
    expect(byName.get('leaderboard')?.name_localizations?.de).toBe('rangliste');
    const daily = byName.get('daily')!;
    expect(daily.name_localizations?.de).toBe('tagesfrage');
    expect(daily.options?.map((o) => o.name_localizations?.de)).toEqual(['einrichten', 'pausieren', 'fortsetzen', 'jetzt', 'status', 'überspringen']);
    const deckUse = byName.get('deck')!.options!.find((o) => o.name === 'use')!;
    expect(deckUse.description).toBe("Make a deck the server's default (Manage Server)");
    expect(deckUse.description_localizations?.de).toBe('Ein Deck zum Standard dieses Servers machen (Server verwalten)');
    const period = byName.get('leaderboard')!.options!.find((o) => o.name === 'period')!;
    expect(period.choices?.map((c) => [c.value, c.name_localizations?.de])).toEqual([
      ['today', 'heute'],
      ['week', 'diese Woche'],
      ['month', 'diesen Monat'],
      ['season', 'diese Saison'],
      ['all', 'insgesamt'],
    ]);
  });

  it('writes a command in messages the way a German reader finds it in Discord', async () => {
    const byName = new Map((await registered()).map((c) => [c.name, c]));
    expect(discordFormat.command('daily setup', 'de')).toBe('`/tagesfrage einrichten`');
    expect(discordFormat.command('daily setup', 'en')).toBe('`/daily setup`');
    expect(discordFormat.command('review', 'de')).toBe('`/prüfen offen`');
    for (const name of COMMAND_NAMES) {
      // The form Discord shows: the review queue is a subcommand, `/review queue`.
      const [top, sub] = (discordForms[name] ?? name).split(' ');
      const command = byName.get(top!);
      if (!command) continue; // not a Discord command (Slack's /quiz ask)
      const subcommand = sub === undefined ? undefined : command.options?.find((o) => o.name === sub);
      if (sub !== undefined && !subcommand) continue; // a text command only (`/quiz practice stats` on Slack and in the playground)
      const german = [command.name_localizations?.de, ...(subcommand ? [subcommand.name_localizations?.de] : [])].join(' ');
      expect(discordFormat.command(name, 'de'), name).toBe(`\`/${german}\``);
    }
  });
});

describe("the Discord adapter's own words", () => {
  const hans: TestUser = { id: snowflake(), username: 'hans', locale: 'de' };
  const chef: TestUser = { id: snowflake(), username: 'chefin', admin: true, locale: 'de' };

  it('tells a member whose Discord is in German about an unknown command in German, and others in English', async () => {
    h = await startHarness();
    expect(textOf((await h.slash(hans, { name: 'trivia' }).callback).body)).toBe(
      'Diesen Befehl kennt diese quizbot-Version nicht. Bitte jemanden mit Adminrechten, `quizbot commands register` auszuführen.',
    );
    expect(textOf((await h.slash(alice, { name: 'trivia' }).callback).body)).toMatch(/^This command is not known/);
  });

  it('refuses a deck file over 5 MB in German', async () => {
    h = await startHarness();
    const file = h.discord.attachment('riesig.md', '# Deck\n', 6 * 1024 * 1024);
    const imp = h.slash(chef, {
      name: 'deck',
      subcommand: 'import',
      options: { file: file.id },
      types: { file: OptionType.Attachment },
      resolved: { attachments: { [file.id]: file } },
    });
    await imp.callback;
    expect(textOf((await h.discord.webhook(imp.token, 'PATCH')).body)).toBe('Die Datei ist größer als 5 MB. Teile das Deck bitte auf kleinere Dateien auf.');
  });

  it('labels the answer modal in German', async () => {
    h = await startHarness();
    const cb = await h.slash(alice, { name: 'quiz', subcommand: 'start', options: { questions: 1 } }).callback;
    const customId = cb.body.data.components[0].components[0].custom_id as string;
    const message = apiMessage({ id: '1', channelId: h.discord.channelId, author: apiUser(h.discord.botUser, true), body: cb.body.data });
    const modal = await h.click(hans, customId, message).callback;
    expect(modal.body.data.components[1]).toMatchObject({ type: 18, label: 'Deine Antwort' });
  });

  it('labels the appeal and review modals in German', async () => {
    h = await startHarness();
    const cb = await h.slash(alice, { name: 'quiz', subcommand: 'start', options: { questions: 1 } }).callback;
    const roundId = Number((cb.body.data.components[0].components[0].custom_id as string).split(':')[1]);
    const feedback = await h.submit(hans, `answer-modal:${roundId}`, { answer: 'keine Ahnung' }).callback;
    const appealId = (feedback.body.data.components as { components: { custom_id: string }[] }[]).flatMap((r) => r.components).find((b) => b.custom_id.startsWith('appeal:'))!.custom_id;
    const message = apiMessage({ id: '1', channelId: h.discord.channelId, author: apiUser(h.discord.botUser, true), body: feedback.body.data });
    const appeal = await h.click(hans, appealId, message).callback;
    expect(appeal.body.data.components[0]).toMatchObject({ type: 18, label: 'Warum sollte die Bewertung anders sein?', description: 'Eine prüfende Person liest das und entscheidet; höchstens 1.000 Zeichen.' });
    // Once the appeal is in, a reviewer's verdict button opens the note modal.
    await h.submit(hans, appeal.body.data.custom_id as string, { reason: 'Das stimmt doch.' }).callback;
    const review = await h.click(chef, `review:${appealId.split(':')[1]}:partial`, message).callback;
    expect(review.body.data).toMatchObject({ title: 'Als teilweise richtig werten', components: [{ type: 18, label: 'Notiz für das Mitglied (optional)' }] });
  });

  it("names commands in a German member's replies as Discord shows them to that member", async () => {
    h = await startHarness();
    const text = textOf((await h.slash(hans, { name: 'answer', options: { text: 'Dropout' } }).callback).body);
    expect(text).toContain('In diesem Kanal ist gerade keine Frage offen.');
    expect(text).toContain('`/tagesfrage einrichten`');
  });

  it('/daily status tells a German admin in German why the daily post failed and what to do', async () => {
    h = await startHarness();
    const forbidden = h.discord.forbiddenChannelId;
    h.te.engine.dailySetup({ platform: 'discord', workspaceId: h.discord.guildId, channelId: forbidden, userId: chef.id, userName: 'chefin', isAdmin: true }, { channelId: forbidden, time: '09:00', timezone: 'UTC' });
    h.te.clock.set('2026-03-03T09:00:00Z');
    await h.te.engine.tick();
    const status = textOf((await h.slash(chef, { name: 'daily', subcommand: 'status' }).callback).body);
    expect(status).toContain(
      `⚠ Fehler: 1 gescheiterter Versuch; letzter Fehler: Ich kann nicht in <#${forbidden}> posten: Ich darf dort nicht schreiben. Füg mich dem Kanal hinzu und erlaub mir, ihn zu sehen und Nachrichten zu senden – oder wähl mit \`/tagesfrage einrichten\` einen anderen Kanal. (Fehlerdetails: Discord: HTTP 403, code 50001)`,
    );
  });

  it('apologizes for a bug in German', async () => {
    h = await startHarness();
    h.te.db.close(); // every store call now throws: a failure the engine does not expect
    const cb = await h.slash(hans, { name: 'leaderboard' }).callback;
    expect(textOf(cb.body)).toBe('Entschuldigung, bei uns ist etwas schiefgelaufen. Bitte versuche es gleich noch einmal.');
  });
});
