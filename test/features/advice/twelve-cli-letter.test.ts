/**
 * The command line's letter for one of the twelve situations (resources-aide, replayed through
 * the engine): drafted from the notes with no check of the parent's words, so it names on
 * standard error, before the letter, each line still in the parent's chat words, and
 * `--reword NAME=TEXT` makes a line read as the parent writes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli.js';
import { runSituation, type Transcript } from './twelve/run-situation.js';
import { SITUATIONS } from './twelve/situations.js';

let t: Transcript;
beforeAll(async () => {
  const s = SITUATIONS.find((x) => x.id === 'resources-aide');
  if (!s) throw new Error('no situation resources-aide');
  t = await runSituation(s);
});
afterAll(() => t?.cleanup());

const letter = (...more: string[]) => cli(['letter', '--user', 'parent', '--kind', 'resources-request', '--db', t.dbPath, ...more]);

/** The names of the lines standard error lists as unchecked ("  need: …"). */
const listed = (stderr: string) => [...stderr.matchAll(/^ {2}([a-z_]+): /gm)].map((m) => m[1]);

describe('letter from the command line: the parent\'s own words, unchecked', () => {
  it('names each line in the chat words (the request, the answers, their account of the school\'s answer), as the letter reads it', async () => {
    const r = await letter();
    expect(r.code).toBe(0);
    expect(listed(r.stderr).sort()).toEqual(['decider', 'need', 'options', 'request', 'statement']);
    // Each listed line is the letter's own line, word for word.
    for (const m of r.stderr.matchAll(/^ {2}[a-z_]+: (.+)$/gm)) expect(r.stdout.split('\n').map((l) => l.trim())).toContain(m[1]);
    expect(r.stderr).toContain('--reword');
    // Only the letter on standard output.
    expect(r.stdout.startsWith('Date: ')).toBe(true);
  });

  it('--reword NAME=TEXT: the line reads as written, and is no longer listed', async () => {
    const mine = 'The counselor or a paraprofessional she already knows could meet her for the first 20 minutes.';
    const r = await letter('--reword', `options=${mine}`, '--reword', 'request=A 1:1 aide to help her from the car into class each morning.');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`One idea from me: ${mine}`);
    expect(r.stdout).toContain('My request was: A 1:1 aide to help her from the car into class each morning.');
    expect(listed(r.stderr).sort()).toEqual(['decider', 'need', 'statement']);
  });

  it('--json lists the unchecked lines too; a line the letter does not have, or no text, is a usage error', async () => {
    const j = await letter('--json');
    expect(j.code).toBe(0);
    expect((JSON.parse(j.stdout) as { unchecked: string[] }).unchecked.sort()).toEqual(['decider', 'need', 'options', 'request', 'statement']);
    expect((await letter('--reword', 'nonsense=words')).code).toBe(2);
    expect((await letter('--reword', 'options=')).code).toBe(2);
  });

  it('a letter whose lines carry none of the parent\'s words lists nothing', async () => {
    const r = await cli(['letter', '--user', 'parent', '--kind', 'meeting-recap', '--db', t.dbPath]);
    expect(r.code).toBe(0);
    expect(listed(r.stderr)).toEqual([]);
  });
});
