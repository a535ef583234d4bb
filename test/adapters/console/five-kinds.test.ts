/**
 * The "done when", scripted through the console chat with the real classifier: for each
 * kind of "no", a parent reaches next steps and a drafted letter, and the statement is kept with
 * its category.
 */
import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { runConsoleChat } from '../../../src/adapters/console/console-chat.js';
import { makeTestApp, tempDir } from '../../support/builders.js';

const STATEMENTS: [string, string][] = [
  ['data', 'Mrs Okafor wrote that they need six more weeks of observations and attendance data before changing anything.'],
  ['resources', "We don't have the staff to provide a one to one at drop off, I'm sorry."],
  ['precedent', 'We have never let a pupil do a part-time timetable, it would set a precedent for everyone.'],
  ['not_available', 'That programme simply is not available in our district, we have no such unit.'],
  ['predetermination', 'The panel had already made its decision before we arrived; the plan was printed and signed.'],
];

describe('console: one scripted conversation per kind of no', () => {
  it.each(STATEMENTS)('%s: reaches next steps and a drafted letter, and keeps the statement with its category', async (kind, statement) => {
    const app = makeTestApp();
    const tmp = tempDir();
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    // Triage (who, when, the kind), the case profile (England, no plan, skip the age, she), the
    // situation ("none of these"), then "not sure" at each question of the kind of "no" and at
    // the child's name for letters (the nickname stays) and the signature (asked again), then a
    // name to sign with and "yes" to draft the letter as it reads.
    const profile = ['2', '3', '1', '1', 'none of these'];
    const lines = ['1', 'Bean', 'A later start and a quiet room', statement, '1', '1', '1', ...profile, ...Array(6).fill('not sure'), 'Jo Bloggs', 'yes', 'keep it'];
    const done = runConsoleChat({ engine: app.engine, user: 'local', input, output, filesDir: tmp.dir, interactive: false });
    input.end(lines.map((l) => `${l}\n`).join(''));
    await done;
    const notes = app.store.listNotes('local');
    expect(notes.find((n) => n.kind === 'statement')).toMatchObject({ category: kind, text: statement });
    expect(notes.some((n) => n.kind === 'next_step')).toBe(true);
    expect(notes.some((n) => n.kind === 'draft' && n.text.includes('Bean'))).toBe(true);
    app.cleanup();
    tmp.cleanup();
  });
});
