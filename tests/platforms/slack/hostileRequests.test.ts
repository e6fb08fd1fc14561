import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand } from '../../fakes/slack/payloads.ts';
import { slackSignature } from '../../fakes/slack/signedRequests.ts';
import { allText, type SlackStand, signingSecret, startStand } from './harness.ts';

let s: SlackStand;
beforeAll(async () => {
  s = await startStand({ mode: 'http' });
});
afterAll(async () => {
  await s?.close();
});

const form = 'application/x-www-form-urlencoded';
const nowSec = () => Math.floor(Date.now() / 1000);

/** `/quiz help` through the adapter, as a check that it still serves. */
async function helpWorks(channel: string): Promise<void> {
  const responseUrl = s.fake.responseUrl();
  const res = await s.send.command(slashCommand({ command: '/quiz', text: 'help', user: 'U1', channel, responseUrl }));
  expect(res.status).toBe(200);
  const reply = await s.fake.waitFor('response_url', (c) => c.args.url === new URL(responseUrl).pathname);
  expect(allText(reply.args)).toContain('quizbot help');
}

describe('signed requests whose body is not an object', () => {
  // Bolt reads body.ssl_check right after the signature check: `null` used to end the process.
  const bodies: [string, string, string][] = [
    ['JSON null', 'null', 'application/json'],
    ['JSON array', '[]', 'application/json'],
    ['JSON string', '"x"', 'application/json'],
    ['JSON number', '42', 'application/json'],
    ['JSON true', 'true', 'application/json'],
    ['not JSON at all', '{"type":', 'application/json'],
    ['form payload=null', 'payload=null', form],
    ['form payload=[]', 'payload=%5B%5D', form],
    ['form payload="x"', 'payload=%22x%22', form],
    ['form payload=7', 'payload=7', form],
    ['form payload that is not JSON', 'payload=%7Bnope', form],
  ];
  for (const [name, body, type] of bodies) {
    it(`answers ${name} with 400 and keeps serving`, async () => {
      const res = await s.send.post(body, type);
      expect(res.status).toBe(400);
      await helpWorks(`CBODY${name.replace(/\W/g, '')}`);
    });
  }

  it('keeps serving after odd object shapes that reach the listeners', async () => {
    for (const body of ['{}', '{"type":"event_callback","event":null}', '{"type":"block_actions","actions":null}', '{"type":"view_submission","view":null}']) {
      const res = await s.send.post(body, 'application/json');
      expect(res.status, body).toBeLessThan(600);
    }
    await helpWorks('CSHAPES');
  });

  it('still answers Slack’s unsigned ssl_check', async () => {
    const res = await fetch(s.send.appUrl, { method: 'POST', headers: { 'content-type': form }, body: 'ssl_check=1&token=x' });
    expect(res.status).toBe(200);
  });
});

describe('request timestamps and replays', () => {
  const signedHelp = (timestamp: number, channel: string) => {
    const responseUrl = s.fake.responseUrl();
    const body = new URLSearchParams(slashCommand({ command: '/quiz', text: 'help', user: 'U1', channel, responseUrl })).toString();
    return { body, signature: slackSignature(signingSecret, timestamp, body), path: new URL(responseUrl).pathname };
  };

  it('refuses a correctly signed request dated over 5 minutes in the future with 401', async () => {
    const ahead = nowSec() + 6 * 60;
    const { body, signature } = signedHelp(ahead, 'CFUTURE');
    const before = s.fake.calls.length;
    const res = await s.send.post(body, form, { timestamp: ahead, signature });
    expect(res.status).toBe(401);
    expect(s.fake.calls.slice(before).filter((c) => c.method === 'response_url')).toEqual([]);
  });

  it('accepts a request a little ahead of our clock (Slack’s clock may run fast)', async () => {
    const ahead = nowSec() + 60;
    const { body, signature } = signedHelp(ahead, 'CAHEAD');
    const res = await s.send.post(body, form, { timestamp: ahead, signature });
    expect(res.status).toBe(200);
  });

  it('runs a signed request once and refuses the same request sent again', async () => {
    const ts = nowSec();
    const { body, signature, path } = signedHelp(ts, 'CREPLAY');
    const first = await s.send.post(body, form, { timestamp: ts, signature });
    expect(first.status).toBe(200);
    await s.fake.waitFor('response_url', (c) => c.args.url === path);
    const before = s.fake.calls.length;
    const again = await s.send.post(body, form, { timestamp: ts, signature });
    expect(again.status).toBe(401);
    expect(s.fake.calls.slice(before).filter((c) => c.method === 'response_url')).toEqual([]);
  });
});
