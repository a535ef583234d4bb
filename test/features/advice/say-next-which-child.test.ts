/**
 * The ninth walk: a mother of two (Rosie, then Alfie) tapped "What do I say next?" and was offered
 * Alfie's school's last words, with no name; she said "No, something else" and typed Rosie's
 * school's new no ("Mrs Patel said again today that a 10am start for Rosie is not possible…"),
 * and it was filed in Alfie's notes, with the advice. In a family of several children, "What do I
 * say next?" first asks which child it is about; the last words offered are that child's, and new
 * words go into that child's notes.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { keysOf, pick, question, tellTriage, type CaseApp } from '../case-file/support.js';
import { triageFlow } from '../../../flows/advice/triage.flow.js';
import { FLOWS } from '../../support/flows.js';
import { choice, ofType, replay } from '../flow-paths.js';

const app = caseAppsAfterEach();

async function twoChildren(): Promise<{ a: CaseApp; rosie: number; alfie: number }> {
  const a = app();
  await tellTriage(a, { nickname: 'Rosie', request: 'A later start at 10', statement: 'We need more data on Rosie before any later start.', who: 'Mrs Patel' });
  await a.send(pick('not-said'));
  await a.send({ kind: 'command', name: 'restart', args: '' });
  await tellTriage(a, { nickname: 'Alfie', request: 'The library at lunch', statement: 'We need more evidence about Alfie before any change at lunchtime.', who: 'Mr Ogunleye' });
  await a.send({ kind: 'command', name: 'restart', args: '' });
  const cases = a.store.listCases('parent-a');
  return { a, rosie: cases.find((c) => c.nickname === 'Rosie')?.id ?? -1, alfie: cases.find((c) => c.nickname === 'Alfie')?.id ?? -1 };
}

describe('"What do I say next?" in a family of two children', () => {
  it('asks which child, offers that child\'s last words, and files new words in that child\'s notes', async () => {
    const { a, rosie, alfie } = await twoChildren();
    let r = await a.send(pick('say-next'));
    const q = question(r);
    expect(q.key).toBe('which-child.ask');
    expect(q.choices.map((c) => c.label)).toEqual(['Rosie', 'Alfie']);
    r = await a.send(pick(q.choices.find((c) => c.label === 'Rosie')?.id ?? ''));
    expect(question(r).key).toBe('say-next.ask-recent');
    expect(question(r).text).toContain('more data on Rosie');
    r = await a.send(pick('something-else'));
    await a.send('Mrs Patel said again today that a 10am start is not possible with our staffing');
    const filed = a.store.listNotes('parent-a').filter((n) => n.kind === 'statement' && n.text.startsWith('Mrs Patel said again'));
    expect(filed.map((n) => n.caseId)).toEqual([rosie]);
    expect(a.store.listNotes('parent-a', { caseId: alfie }).some((n) => n.text.startsWith('Mrs Patel said again'))).toBe(false);
  });

  // The morning's review: "/say <words>" skipped the question and filed the words in the open
  // case, Alfie's, though they were Rosie's school's.
  it('"/say <their words>" asks which child too, and files the words in that child\'s notes', async () => {
    const { a, rosie, alfie } = await twoChildren();
    const words = 'Mrs Patel said again today that a 10am start for Rosie is not possible';
    let r = await a.send({ kind: 'command', name: 'say', args: words });
    const q = question(r);
    expect(q.key).toBe('which-child.ask');
    r = await a.send(pick(q.choices.find((c) => c.label === 'Rosie')?.id ?? ''));
    expect(keysOf(r)).not.toContain('say-next.ask-recent');
    const filed = a.store.listNotes('parent-a').filter((n) => n.text === words);
    expect(filed.length).toBeGreaterThan(0);
    expect(filed.every((n) => n.caseId === rosie)).toBe(true);
    expect(a.store.listNotes('parent-a', { caseId: alfie }).some((n) => n.text === words)).toBe(false);
  });

  // The second review: mid-question (Alfie's daily log waiting), "/say <Rosie's school's words>"
  // filed them in Alfie's notes. Now which child is asked there too, and the log comes back after.
  it('mid-question: asks which child, files the words there, and comes back to the question after', async () => {
    const { a, rosie, alfie } = await twoChildren();
    let r = await a.send({ kind: 'command', name: 'log', args: '' });
    r = await a.send(pick(question(r).choices.find((c) => c.label === 'Alfie')?.id ?? ''));
    expect(question(r).key).toMatch(/^daily-log\.ask-attendance/);
    const words = 'Mrs Patel said again today that a 10am start for Rosie is not possible';
    r = await a.send({ kind: 'command', name: 'say', args: words });
    expect(question(r).key).toBe('which-child.ask');
    r = await a.send(pick(question(r).choices.find((c) => c.label === 'Rosie')?.id ?? ''));
    const filed = a.store.listNotes('parent-a').filter((n) => n.text === words);
    expect(filed.length).toBeGreaterThan(0);
    expect(filed.every((n) => n.caseId === rosie)).toBe(true);
    // Answer "what do I say next?" through to its end (first button, or skip), then Alfie's log is back.
    for (let i = 0; i < 15 && !keysOf(r).includes('engine.back-to'); i++) {
      const q = question(r);
      const skip = q.choices.find((c) => /skip|not-said|no-letter|done|keep/.test(c.id));
      r = await a.send(skip ? pick(skip.id) : q.choices[0] ? pick(q.choices[0].id) : 'not sure');
    }
    expect(keysOf(r)).toContain('engine.back-to');
    expect(question(r).key).toMatch(/^daily-log\.ask-attendance/);
    expect(question(r).text).toContain('Alfie');
    expect(a.store.listNotes('parent-a', { caseId: alfie }).some((n) => n.text === words)).toBe(false);
  });

  it('one child: straight to the last words, as before', async () => {
    const a = app();
    await tellTriage(a, { nickname: 'Rosie', request: 'A later start at 10', statement: 'We need more data on Rosie before any later start.', who: 'Mrs Patel' });
    await a.send({ kind: 'command', name: 'restart', args: '' });
    expect(keysOf(await a.send(pick('say-next')))).toContain('say-next.ask-recent');
  });

  it('the which-child flow opens the chosen case and hands over to "what do I say next?"', () => {
    const m = FLOWS.find((f) => f.id === 'which-child')?.machine;
    if (!m) throw new Error('no which-child flow');
    const r = replay(m, { children: ['Rosie', 'Alfie'], then: 'say-child' }, [choice('child:1')]);
    expect(r.done).toBe(true);
    expect(ofType<{ nickname: string }>(r.effects, 'openCase')).toEqual([{ nickname: 'Alfie' }]);
    expect(r.final.output).toEqual({ next: 'cmd:say-child' });
    expect(triageFlow.id).toBe('triage');
  });
});

describe('typed in the middle of a question', () => {
  // Until the second review the open case was used here (a `cmd:` hand-over dropped the question
  // put aside); now it is carried, so which child is asked mid-question too.
  it('asks which child, the question put aside carried on', async () => {
    const { a } = await twoChildren();
    await a.send({ kind: 'command', name: 'log', args: '' });
    const r = await a.send('what do I say next?');
    expect(keysOf(r)).toContain('which-child.ask');
  });
});
