/**
 * Correcting a statement's date or who said it (`Store.correctNote`), on both stores: the change
 * is what a second store opened on the same data reads; the note keeps its id, text, kind and the
 * day it was written; its body stays sealed; another parent's note, an unkept draft or a note that
 * is not a statement is never changed.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/core/ports.js';
import { createAesSealer } from '../../../src/security/aes-sealer.js';
import { PgStore } from '../../../src/store/postgres/pg-store.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { FACTORIES, type StoreFactory } from './store-factories.js';

const AT = '2026-12-04T16:00:00.000Z';
const sealer = createAesSealer(randomBytes(32));

/** Every stored note body of a parent, as the database holds it. */
async function rawBodies(store: Store, userId: string): Promise<string[]> {
  if (store instanceof PgStore) return (await store.pool.query<{ body: string }>('SELECT body FROM notes WHERE user_id = $1', [userId])).rows.map((r) => r.body);
  if (store instanceof SqliteStore) return (store.db.prepare('SELECT body FROM notes WHERE user_id = ?').all(userId) as { body: string }[]).map((r) => r.body);
  throw new Error('a store this test does not know');
}

describe.each(FACTORIES.map((f) => [f().name, f] as const))('%s store: correcting a note', (_name, make) => {
  const factory: StoreFactory = make();
  afterAll(() => factory.cleanup());

  it("changes the said-on date or who, and nothing else; sealed as before", async () => {
    const a = await factory.open({ sealer });
    const ids = await a.write('c1', () => {
      a.store.ensureUser('c1', AT);
      const c = a.store.openCase('c1', 'Osian', AT);
      const note = (kind: 'statement' | 'answer') =>
        a.store.addNote({ userId: 'c1', caseId: c.id, kind, topic: 'triage.statement', text: 'There is no one to meet Osian at 10.', category: 'resources', who: 'Mrs Watkins', saidOn: '2026-12-04', at: AT, day: '2026-12-04' });
      return { statement: note('statement'), answer: note('answer') };
    });
    const changed = await a.write('c1', () => [
      a.store.correctNote('c1', ids.statement, { saidOn: '2026-12-03' }),
      a.store.correctNote('c1', ids.statement, { who: 'Mr Pritchard' }),
      a.store.correctNote('c1', ids.answer, { saidOn: '2026-12-01' }),
      a.store.correctNote('someone-else', ids.statement, { saidOn: '2026-12-01' }),
      a.store.correctNote('c1', 999_999, { saidOn: '2026-12-01' }),
    ]);
    expect(changed).toEqual([true, true, false, false, false]);
    await a.close();

    const b = await factory.open({ sealer });
    await b.write('c1', () => {
      const [statement, answer] = b.store.listNotes('c1');
      expect(statement).toMatchObject({ id: ids.statement, kind: 'statement', text: 'There is no one to meet Osian at 10.', category: 'resources', who: 'Mr Pritchard', saidOn: '2026-12-03', at: AT, day: '2026-12-04' });
      expect(answer).toMatchObject({ id: ids.answer, who: 'Mrs Watkins', saidOn: '2026-12-04' });
    });
    const bodies = await rawBodies(b.store, 'c1');
    expect(bodies).toHaveLength(2);
    for (const body of bodies) for (const plain of ['Pritchard', '2026-12-03', 'Osian', 'Watkins']) expect(body).not.toContain(plain);
    await b.close();
  });

  it('re-files a statement under another kind of no (W15-7): its category only', async () => {
    const a = await factory.open({ sealer });
    const id = await a.write('c2', () => {
      a.store.ensureUser('c2', AT);
      const c = a.store.openCase('c2', 'Rosie', AT);
      return a.store.addNote({ userId: 'c2', caseId: c.id, kind: 'statement', topic: 'say-next.statement', text: 'We are short of staff in the afternoons.', category: 'data', who: 'Mrs Hughes', saidOn: '2026-12-04', at: AT, day: '2026-12-04' });
    });
    expect(await a.write('c2', () => [a.store.correctNote('c2', id, { category: 'resources' }), a.store.correctNote('someone-else', id, { category: 'other' })])).toEqual([true, false]);
    await a.close();
    const b = await factory.open({ sealer });
    await b.write('c2', () => {
      expect(b.store.listNotes('c2')[0]).toMatchObject({ id, category: 'resources', who: 'Mrs Hughes', saidOn: '2026-12-04', text: 'We are short of staff in the afternoons.' });
    });
    await b.close();
  });

  it("renames a child's case (W15-7): the new name is what a second store reads, sealed; never another parent's, never onto a sibling's name", async () => {
    const a = await factory.open({ sealer });
    const ids = await a.write('c3', () => {
      a.store.ensureUser('c3', AT);
      return { rosy: a.store.openCase('c3', 'Rosy', AT).id, sam: a.store.openCase('c3', 'Sam', AT).id };
    });
    expect(
      await a.write('c3', () => [
        a.store.renameCase('c3', ids.rosy, ' Rosie '),
        a.store.renameCase('c3', ids.rosy, 'sam'),
        a.store.renameCase('c3', ids.rosy, '   '),
        a.store.renameCase('someone-else', ids.sam, 'Samuel'),
      ]),
    ).toEqual([true, false, false, false]);
    // The same store reads it at once (its cache of cases is dropped).
    await a.write('c3', () => expect(a.store.listCases('c3').map((c) => c.nickname)).toEqual(['Rosie', 'Sam']));
    await a.close();
    const b = await factory.open({ sealer });
    await b.write('c3', () => {
      expect(b.store.listCases('c3').map((c) => c.nickname)).toEqual(['Rosie', 'Sam']);
    });
    const raw = b.store instanceof PgStore ? (await b.store.pool.query<{ nickname: string }>('SELECT nickname FROM cases WHERE user_id = $1', ['c3'])).rows : b.store instanceof SqliteStore ? (b.store.db.prepare('SELECT nickname FROM cases WHERE user_id = ?').all('c3') as { nickname: string }[]) : [];
    expect(raw.map((r) => r.nickname).join(' ')).not.toContain('Rosie');
    await b.close();
  });
});
