/**
 * The lead's walk (L-L2): after a letter, the console printed "(saved to …)" under the question
 * that follows it ("Keep this draft?" and the menu), as if the question had been saved. The line
 * now comes right under the letter, and the rest of the turn after it.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../../src/adapters/console/console-chat.js';
import type { Reply } from '../../../src/core/types.js';
import { loadContent } from '../../../src/content/catalog.js';
import { tempDir } from '../../support/builders.js';

const content = loadContent();

async function turnPrinted(replies: Reply[]): Promise<string> {
  let answered = false;
  const engine = {
    handleTurn: async () => {
      if (answered) return [];
      answered = true;
      return replies;
    },
    ack: () => undefined,
    undelivered: () => [],
    deps: { clock: { now: () => new Date() }, content },
  } as unknown as Parameters<typeof runConsoleChat>[0]['engine'];
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString()));
  const tmp = tempDir();
  const done = runConsoleChat({ engine, user: 'local', input, output, filesDir: tmp.dir, interactive: false });
  input.end('');
  await done;
  tmp.cleanup();
  return text;
}

describe('the console: where a saved file is named', () => {
  it('right under the letter, before the question that follows it', async () => {
    const text = await turnPrinted([
      { type: 'text', key: 'a', text: 'Here it is.' },
      { type: 'document', key: 'letter.x', title: 'A letter', filename: 'a-letter.md', mime: 'text/markdown', body: 'Dear Mrs Duncan,\n\nThank you.' },
      { type: 'question', key: 'q', text: 'Keep this draft?', choices: [{ id: 'keep', label: 'Keep this draft' }], promptId: 'p1', freeText: false },
    ]);
    const saved = text.indexOf('(saved to ');
    expect(saved).toBeGreaterThan(text.indexOf('Thank you.'));
    expect(saved).toBeLessThan(text.indexOf('Keep this draft?'));
    expect(text.indexOf('Keep this draft?')).toBeGreaterThan(0);
  });

  it('a turn with no file prints as before', async () => {
    const text = await turnPrinted([{ type: 'text', key: 'a', text: 'Hello there.' }]);
    expect(text).toContain('next step › Hello there.');
    expect(text).not.toContain('(saved to ');
  });
});
