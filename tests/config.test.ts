import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('has a working default for everything', () => {
    const c = loadConfig({});
    expect(c.DEFAULT_DECK).toBe('deep-learning-training');
    expect(c.DISCORD_TOKEN).toBeUndefined();
    expect(c.PORT).toBe(3000);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: ' ' }).PORT).toBe(3000);
  });

  it('names every wrong variable', () => {
    const message = (() => {
      try {
        loadConfig({ PORT: 'eighty', QUIZ_SECONDS: '5', DISCORD_API_URL: 'localhost' });
      } catch (e) {
        return String(e);
      }
    })();
    expect(message).toMatch(/PORT: .*"eighty"/);
    expect(message).toMatch(/QUIZ_SECONDS: .*10/);
    expect(message).toMatch(/DISCORD_API_URL: must be an http\(s\) URL/);
  });

  it('never repeats a secret in an error', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-secret' })).toThrow(/SLACK_SIGNING_SECRET/);
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'xoxb-secret' });
    } catch (e) {
      expect(String(e)).not.toContain('xoxb-secret');
    }
  });

  it('reads DEFAULT_LOCALE and QUIZBOT_LOCALE as languages quizbot speaks', () => {
    expect(loadConfig({}).DEFAULT_LOCALE).toBe('en');
    expect(loadConfig({}).QUIZBOT_LOCALE).toBeUndefined();
    expect(loadConfig({ DEFAULT_LOCALE: 'de-DE', QUIZBOT_LOCALE: 'DE' })).toMatchObject({ DEFAULT_LOCALE: 'de', QUIZBOT_LOCALE: 'de' });
    expect(() => loadConfig({ QUIZBOT_LOCALE: 'klingon' })).toThrow('QUIZBOT_LOCALE: must be a language quizbot speaks: en, de (got "klingon")');
  });

  it('splits the Slack admin list', () => {
    expect(loadConfig({ SLACK_ADMIN_USER_IDS: 'U1, U2,,' }).SLACK_ADMIN_USER_IDS).toEqual(['U1', 'U2']);
  });

  it('reads the appeal window, the review threshold and the Slack reviewers', () => {
    expect(loadConfig({})).toMatchObject({ APPEAL_DAYS: 7, SLACK_REVIEWER_USER_IDS: [] });
    expect(loadConfig({ APPEAL_DAYS: '14', REVIEW_BELOW_CONFIDENCE: '0.25', SLACK_REVIEWER_USER_IDS: 'U7 ,U8' })).toMatchObject({ APPEAL_DAYS: 14, REVIEW_BELOW_CONFIDENCE: 0.25, SLACK_REVIEWER_USER_IDS: ['U7', 'U8'] });
    expect(() => loadConfig({ REVIEW_BELOW_CONFIDENCE: '60' })).toThrow(/REVIEW_BELOW_CONFIDENCE: .*"60"/);
    expect(() => loadConfig({ APPEAL_DAYS: '-1' })).toThrow(/APPEAL_DAYS/);
  });
});
