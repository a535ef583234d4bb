/**
 * Twentieth walk, W20-9: at the daily log's "What made it harder?", "the crowd at the gate and a
 * supply teacher first period" became "a particular class or period, the crowd at the gate": the
 * supply teacher went nowhere, and the crowd was not read as the crowds button. What a reason (or
 * a support, "what was tried") typed in words says beyond the listed one it was read as is kept
 * in the parent's words with the child's notes, said once (the engine's rule for an answer read
 * in part, src/core/part-read.ts); words kept in the log as a reason of their own are not kept
 * again. By the log's rows, the notes' rows and content keys, through the engine.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, pick, question, type CaseApp } from '../case-file/support.js';

const app = caseAppsAfterEach();

/** Mia's day logged as absent, the morning's 7, at "What made it harder?". */
async function atReasons(): Promise<CaseApp> {
  const a = app();
  await a.send(cmd('resume'));
  await a.send('log today');
  await a.send('Mia');
  await a.send(pick('absent'));
  expect(question(await a.send('7')).key).toBe('daily-log.ask-triggers');
  return a;
}
const entry = (a: CaseApp) => a.store.logs.listEntries('parent-a')[0];
const words = (a: CaseApp) => a.store.listNotes('parent-a').filter((n) => n.kind === 'parent_words');
const mia = (a: CaseApp) => a.store.listCases('parent-a').find((c) => c.nickname === 'Mia')?.id;

describe('W20-9: words at the reasons question beyond the reasons read', () => {
  it('the walk\'s sentence: the crowds and the class read, all of it kept with Mia, said once', async () => {
    const a = await atReasons();
    const typed = 'the crowd at the gate and a supply teacher first period';
    const r = await a.send(typed);
    expect(entry(a)?.triggers).toEqual(expect.arrayContaining([{ id: 'sensory', detail: null }, { id: 'class-or-period', detail: null }]));
    expect(entry(a)?.triggers).toHaveLength(2);
    expect(words(a)).toEqual([expect.objectContaining({ text: typed, caseId: mia(a) })]);
    expect(keysOf(r).filter((k) => k === 'engine.words-kept')).toHaveLength(1);
    expect(question(r).key).toBe('daily-log.ask-triggers-more');
  });

  it('a reason read whole ("noise", a button\'s own words) keeps nothing more', async () => {
    const a = await atReasons();
    const r = await a.send('noise and crowds');
    expect(entry(a)?.triggers).toEqual([{ id: 'sensory', detail: null }]);
    expect(words(a)).toEqual([]);
    expect(keysOf(r)).not.toContain('engine.words-kept');
  });

  it('a reason of its own, kept in the log in the parent\'s words, is not kept again', async () => {
    const a = await atReasons();
    const r = await a.send('the bus was late and he panicked');
    expect(entry(a)?.triggers).toEqual([{ id: 'other', detail: 'the bus was late and he panicked' }]);
    expect(words(a)).toEqual([]);
    expect(keysOf(r)).not.toContain('engine.words-kept');
  });

  it('"maths, noise": maths kept in the log as its own reason, nothing kept twice', async () => {
    const a = await atReasons();
    await a.send('maths, noise');
    expect(entry(a)?.triggers).toEqual(expect.arrayContaining([{ id: 'sensory', detail: null }, { id: 'other', detail: 'maths' }]));
    expect(words(a)).toEqual([]);
  });

  it('at "Did you or the school try anything?", a support read with more words: the support, and the words kept', async () => {
    const a = await atReasons();
    expect(question(await a.send(pick('nothing'))).key).toBe('daily-log.ask-supports');
    const typed = 'quiet space, her friend Zara met her';
    const r = await a.send(typed);
    expect(question(r).key).toMatch(/^daily-log\.ask-helped\./);
    expect(entry(a)?.supports).toEqual([expect.objectContaining({ id: 'quiet-space' })]);
    expect(words(a)).toEqual([expect.objectContaining({ text: typed, caseId: mia(a) })]);
    expect(keysOf(r)).toContain('engine.words-kept');
  });

  it('the words kept go with Mia\'s erase', async () => {
    const a = await atReasons();
    await a.send('the crowd at the gate and a supply teacher first period');
    expect(words(a)).toHaveLength(1);
    await a.send(cmd('restart'));
    expect(question(await a.send("delete Mia's data")).key).toBe('case-file.forget-child.confirm-only');
    expect(keysOf(await a.send(pick('yes')))).toContain('case-file.forget-child.done-only');
    expect(words(a)).toEqual([]);
  });
});
