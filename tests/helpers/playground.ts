import { PassThrough } from 'node:stream';
import pino from 'pino';
import { startPlayground } from '../../src/platforms/shell/startPlayground.ts';
import type { TestEngine } from './testEngine.ts';

type PlaygroundOptions = Parameters<typeof startPlayground>[0];

/** Types `lines` into a non-interactive playground on the test engine; resolves with everything it printed. */
export async function playLines(t: TestEngine, lines: string[], o: Partial<Pick<PlaygroundOptions, 'locale' | 'pictureDir'>> = {}): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d) => (text += d));
  input.end(`${lines.join('\n')}\n`);
  await startPlayground({ engine: t.engine, posters: t.posters, input, output, logger: pino({ level: 'silent' }), interactive: false, ...o });
  return text;
}
