import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal, shown } from '../helpers/shown.ts';
import { RecordingPoster, type TestEngine, caller, makeTestEngine } from '../helpers/testEngine.ts';

let t: TestEngine;
beforeEach(() => {
  t = makeTestEngine({ now: '2026-03-02T07:00:00Z' });
  t.posters.register('discord', new RecordingPoster());
});
afterEach(() => t.cleanup());

const admin = caller({ isAdmin: true });

describe('replies read in German', () => {
  it('a quiz question, its grade and the leaderboard', () => {
    const q = shown(t.engine.quizStart(caller(), { questions: 1, seconds: 60 }), 'de');
    expect(q.title).toMatch(/^Quiz 1\/1 · Frage \d+$/);
    expect(q.body).toMatch(/^Ada hat ein Quiz gestartet: 1 Frage, je 60 Sek\.\n\n/);
    expect(q.footer).toContain('antworte mit /answer oder über den Button');
    expect(q.buttons?.[0]?.label).toBe('Antworten');

    const g = shown(t.engine.answer(caller(), 'I have no idea'), 'de');
    expect(g.title).toBe('Deine Bewertung');
    expect(g.body).toMatch(/^Nicht ganz! 0\s%, 0 Punkte\.\n/);
    expect(g.body).toContain('Die Musterlösung kommt, sobald die Frage schließt.');

    const board = shown(t.engine.leaderboard(caller(), { period: 'week' }), 'de');
    expect(board.title).toBe('Bestenliste: diese Woche');
    expect(board.body).toBe('🥇 Ada: 0 Pkt. (1 Antwort)\n\nDu: Platz 1 mit 0 Pkt.');
  });

  it('the daily question setup, with the date written the German way', () => {
    const r = shown(t.engine.dailySetup(admin, { channelId: 'chan-1', time: '09:00', timezone: 'Europe/Berlin' }), 'de');
    expect(r.body).toBe('Tagesfrage für <#chan-1> eingerichtet: täglich um 09:00 Europe/Berlin, Deck „deep-learning-training“. Nächster Post: 02.03.2026, 09:00.');
    const status = shown(t.engine.dailyStatus(admin), 'de');
    expect(status.fields?.[0]?.value).toContain('Letzter Post: noch keiner');
  });

  it('refusals and help', () => {
    expect(refusal(() => t.engine.deckUse(caller(), 'deep-learning-training'), 'de')).toBe('Das dürfen nur Admins.');
    expect(refusal(() => t.engine.answer(caller(), '   '), 'de')).toBe('Deine Antwort ist leer. Schreib sie hinter den Befehl, z. B. /answer Dropout und Pruning.');
    const help = shown(t.engine.help(caller()), 'de');
    expect(help.title).toBe('quizbot-Hilfe');
    expect(help.body).toContain('**/practice** `[Deck]`: eine private Übungsfrage, Lösung sofort');
  });
});
