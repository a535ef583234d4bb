/**
 * Moving a note kept with no child into a case (`Store.refileNote`), on both stores: words held
 * before it was known which child they were about (a school's line pasted where the child's name
 * was asked) become the case's statement, moved and not copied. The note keeps its id, words,
 * instant and day; it takes the case, kind, topic and what the statement adds; its body stays
 * sealed. Another parent's note, a note already in a case, or a case not theirs: nothing moved. The
 * parent's own words held in the very case they are filed into (triage's first message, moved into
 * the case once the child was chosen, review20 R3) become the statement there the same way; held in
 * another case, they stay.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createAesSealer } from '../../../src/security/aes-sealer.js';
import { FACTORIES, type StoreFactory } from './store-factories.js';

const AT = '2026-12-04T16:00:00.000Z';
const LATER = '2026-12-04T16:05:00.000Z';
const WORDS = 'We are not able to offer a later start for Osian at this time.';
const sealer = createAesSealer(randomBytes(32));

describe.each(FACTORIES.map((f) => [f().name, f] as const))('%s store: re-filing a note', (_name, make) => {
  const factory: StoreFactory = make();
  afterAll(() => factory.cleanup());

  it('moves a caseless note into the case as the statement; read so by a second store', async () => {
    const a = await factory.open({ sealer });
    const ids = await a.write('r1', () => {
      a.store.ensureUser('r1', AT);
      a.store.ensureUser('r2', AT);
      const held = a.store.addNote({ userId: 'r1', caseId: null, kind: 'parent_words', topic: 'triage.first-message', text: WORDS, at: AT, day: '2026-12-04' });
      const c = a.store.openCase('r1', 'Osian', LATER);
      const other = a.store.openCase('r2', 'Nia', LATER);
      const inCase = a.store.addNote({ userId: 'r1', caseId: c.id, kind: 'answer', topic: 'triage.request', text: 'A later start', at: LATER, day: '2026-12-04' });
      return { held, inCase, caseId: c.id, otherCase: other.id };
    });
    const into = { caseId: ids.caseId, kind: 'statement' as const, topic: 'triage.statement', category: 'resources' as const, who: 'Mrs Watkins', saidOn: '2026-12-03' };
    const moved = await a.write('r1', () => [
      a.store.refileNote('r2', ids.held, into),
      a.store.refileNote('r1', ids.held, { ...into, caseId: ids.otherCase }),
      a.store.refileNote('r1', ids.inCase, into),
      a.store.refileNote('r1', 999_999, into),
      a.store.refileNote('r1', ids.held, into),
      a.store.refileNote('r1', ids.held, into),
    ]);
    expect(moved).toEqual([false, false, false, false, true, false]);
    await a.close();

    const b = await factory.open({ sealer });
    await b.write('r1', () => {
      const notes = b.store.listNotes('r1');
      expect(notes).toHaveLength(2);
      expect(notes.filter((n) => n.caseId === null)).toEqual([]);
      expect(notes[0]).toMatchObject({ id: ids.held, caseId: ids.caseId, nickname: 'Osian', kind: 'statement', topic: 'triage.statement', text: WORDS, category: 'resources', who: 'Mrs Watkins', saidOn: '2026-12-03', at: AT, day: '2026-12-04' });
      expect(b.store.listNotes('r1', { caseId: ids.caseId }).map((n) => n.id)).toEqual([ids.held, ids.inCase]);
    });
    await b.close();
  });

  it('moves the parent\'s words held in the same case, never from another case or another kind', async () => {
    const a = await factory.open({ sealer });
    const ids = await a.write('r3', () => {
      a.store.ensureUser('r3', AT);
      const c = a.store.openCase('r3', 'Osian', AT);
      const other = a.store.openCase('r3', 'Nia', AT);
      const held = a.store.addNote({ userId: 'r3', caseId: c.id, kind: 'parent_words', topic: 'triage.first-message', text: WORDS, at: AT, day: '2026-12-04' });
      const elsewhere = a.store.addNote({ userId: 'r3', caseId: other.id, kind: 'parent_words', topic: 'triage.first-message', text: WORDS, at: AT, day: '2026-12-04' });
      const answer = a.store.addNote({ userId: 'r3', caseId: c.id, kind: 'answer', topic: 'triage.request', text: 'A later start', at: LATER, day: '2026-12-04' });
      return { held, elsewhere, answer, caseId: c.id };
    });
    const into = { caseId: ids.caseId, kind: 'statement' as const, topic: 'triage.statement', category: 'resources' as const, who: 'Mrs Watkins', saidOn: '2026-12-03' };
    expect(await a.write('r3', () => [a.store.refileNote('r3', ids.elsewhere, into), a.store.refileNote('r3', ids.answer, into), a.store.refileNote('r3', ids.held, into)])).toEqual([false, false, true]);
    await a.close();

    const b = await factory.open({ sealer });
    await b.write('r3', () => {
      expect(b.store.listNotes('r3', { caseId: ids.caseId }).map((n) => [n.id, n.kind, n.topic, n.who ?? null])).toEqual([
        [ids.held, 'statement', 'triage.statement', 'Mrs Watkins'],
        [ids.answer, 'answer', 'triage.request', null],
      ]);
      expect(b.store.listNotes('r3').find((n) => n.id === ids.elsewhere)?.kind).toBe('parent_words');
    });
    await b.close();
  });
});
