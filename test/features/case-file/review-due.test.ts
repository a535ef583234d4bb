/**
 * Mends of 7 December (afternoon), 1, through the engine: "they replied: <a trial with a review>"
 * kept the words and offered no date. Now the review day is offered, and kept it is something
 * due: "what is due?" lists it, the notes show it, and the packet for the school carries it
 * (the one next step the record shows: a date in the case, not advice). Dates checked by value,
 * words through content.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/catalog.js';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cmd, documents, keysOf, makeCaseApp, pick, question, tellTriage, type CaseApp } from './support.js';

const cleanups = cleanupsAfterEach();
const content = loadContent();
const USER = 'parent-a';
const TRIAL = "They'll do a 9:15 start from Monday for two weeks and then review it.";

async function letterSent(a: CaseApp): Promise<void> {
  await tellTriage(a, { nickname: 'Amara', request: 'A later start at 10', statement: 'We need more evidence before we change anything.', who: 'Mr Hill' });
  for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
  await a.send(pick('sent'));
}

function textOf(replies: { type: string; text?: string }[]): string {
  return replies.map((r) => r.text ?? '').join('\n');
}

describe('the review of a trial the school agreed, as something due', () => {
  it('"they replied: …" keeps the reply, offers the review day, and kept it is due, in the notes and the packet', async () => {
    const a = makeCaseApp();
    cleanups.add(() => a.close());
    await letterSent(a);
    // Wednesday 2 December: from Monday 7 December, two weeks: Monday 21 December.
    a.clock.current = new Date('2026-12-02T17:00:00Z');
    const r = await a.send(cmd('replied', TRIAL));
    expect(keysOf(r)).toContain('case-file.replied.saved');
    expect(question(r).key).toBe('review.offer');
    expect(question(r).text).toContain('21 December 2026');
    const kept = await a.send(pick('keep-review'));
    expect(keysOf(kept)).toEqual(expect.arrayContaining(['review.kept', 'review.log-step']));

    const notes = a.store.listNotes(USER);
    expect(notes.filter((n) => n.kind === 'response').map((n) => n.text)).toEqual([TRIAL]);
    expect(notes).toContainEqual(expect.objectContaining({ kind: 'next_step', topic: 'review.date', due: '2026-12-21' }));
    expect(notes).toContainEqual(expect.objectContaining({ kind: 'next_step', topic: 'review.daily-log' }));

    const due = textOf(await a.send('what is due?'));
    expect(due).toContain('21 December 2026');
    // The date to watch names the trial in the school's words.
    expect(due).toContain("a 9:15 start from Monday");

    const packet = documents(await a.send(cmd('export', 'md')))[0]?.body ?? '';
    expect(packet).toContain(content.render('case-file.packet.kind.next_step'));
    expect(packet).toContain(content.render('case-file.packet.due', { due: '21 December 2026' }));
    // Only the review: the bot's other next steps stay out of the school's record.
    expect(packet).not.toContain(content.render('review.log-note'));
  });

  it('a reply that agrees nothing: kept, and straight back, as before', async () => {
    const a = makeCaseApp();
    cleanups.add(() => a.close());
    await letterSent(a);
    a.clock.current = new Date('2026-12-02T17:00:00Z');
    const r = await a.send(cmd('replied', 'We still need more evidence before we change anything.'));
    expect(keysOf(r)).toContain('case-file.replied.saved');
    expect(keysOf(r)).not.toContain('review.offer');
    expect(a.store.listNotes(USER).filter((n) => n.topic.startsWith('review.'))).toEqual([]);
  });
});
