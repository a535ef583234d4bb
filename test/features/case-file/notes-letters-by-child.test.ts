/**
 * The ninth walk's N-L8: in a family of two, `notes` listed "Letters drafted" by date and title
 * only, so a parent could not tell Rosie's letter from Alfie's. Each letter's heading now names
 * its child when there is more than one; with one child, as before.
 */
import { describe, expect, it } from 'vitest';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cmd, makeCaseApp, pick, tellTriage, type CaseApp } from './support.js';

const cleanups = cleanupsAfterEach();

async function letterFor(a: CaseApp, nickname: string): Promise<void> {
  await tellTriage(a, { nickname, request: 'A later start at 10', statement: `We need more evidence before we change anything for ${nickname}.`, who: 'Mr Hill' });
  for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
  await a.send(pick('sent'));
}

async function notesText(names: string[]): Promise<string> {
  const a = makeCaseApp();
  cleanups.add(() => a.close());
  for (const n of names) await letterFor(a, n);
  const r = await a.send(cmd('notes'));
  return r.map((x) => ('text' in x ? x.text : x.type === 'document' && typeof x.body === 'string' ? x.body : '')).join('\n');
}

describe('letters in the notes, by child', () => {
  it('two children: each letter heading names its child', async () => {
    const text = await notesText(['Rosie', 'Alfie']);
    const headings = text.split('\n').filter((l) => /^\d{1,2} \w+ \d{4}, for (Rosie|Alfie): /.test(l));
    expect(headings.map((l) => /for (\w+):/.exec(l)?.[1])).toEqual(['Rosie', 'Alfie']);
  });

  it('one child: no name in the heading', async () => {
    const text = await notesText(['Rosie']);
    expect(text).not.toMatch(/, for Rosie: /);
    expect(text).toMatch(/^\d{1,2} \w+ \d{4}: /m);
  });
});
