/**
 * In-chat forget while another connection (any CLI reader) holds a read transaction: the WAL
 * cannot be emptied until it ends. The bot must not freeze waiting for it, must not claim
 * "erased" while the words are still in the files, and must finish on its own and say so.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/types.js';
import { cmd, filesContaining, keysOf, appsPerTest, pick, storedNote, tellTriage } from './support.js';

const app = appsPerTest();

const PHRASE_A = 'Quillonia marzipan lighthouse';
const PHRASE_B = 'Tangerine keyworker orchard';

async function waitFor(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('forget with a reader holding the database', () => {
  it('answers at once, honestly, serves others meanwhile, and says when it is done', async () => {
    const a = app();
    await tellTriage(a, { user: 'parent-a', nickname: 'Robin', request: `${PHRASE_A} request`, statement: `We cannot do ${PHRASE_A} without more data.`, who: 'Mrs Hill' });
    await tellTriage(a, { user: 'parent-b', nickname: 'Kit', request: `${PHRASE_B} request`, statement: `We cannot do ${PHRASE_B} without more data.`, who: 'Mr Lee' });
    const notices: { user: string; keys: string[] }[] = [];
    a.engine.onNotice((user: string, replies: Reply[]) => notices.push({ user, keys: keysOf(replies) }));
    // Without a data key the words are sealed with the parent's own key: look for one as stored.
    const stored = storedNote(a.store.db, 'parent-a');
    const storedB = storedNote(a.store.db, 'parent-b');

    // A second, real connection in a read transaction (what `notes --db` or a backup does).
    const reader = new Database(a.dbPath, { readonly: true });
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) AS n FROM notes').get();
    try {
      expect(keysOf(await a.send('forget me'))).toEqual(['case-file.forget.confirm']);
      const started = performance.now();
      const r = await a.send(pick('yes'));
      const took = performance.now() - started;
      expect(took).toBeLessThan(1000);
      // Not "erased": the words are still in the files while the reader holds them there.
      expect(keysOf(r)).toEqual(['case-file.forget.pending']);
      expect(filesContaining(a.dir, stored).length).toBeGreaterThan(0);
      // The rows themselves are gone at once.
      expect(a.store.listNotes('parent-a')).toEqual([]);

      // Another parent is served meanwhile, without waiting on the reader.
      const t = performance.now();
      const rb = await a.send(cmd('notes'), { user: 'parent-b' });
      expect(performance.now() - t).toBeLessThan(500);
      expect(keysOf(rb)).not.toContain('engine.error');
      expect(notices).toEqual([]);
    } finally {
      reader.exec('COMMIT');
      reader.close();
    }

    // Once the reader is gone, the erase finishes in the background and the parent is told.
    await waitFor(() => notices.length > 0, 'the erase to finish');
    expect(notices).toEqual([{ user: 'parent-a', keys: ['case-file.forget.finished'] }]);
    expect(filesContaining(a.dir, PHRASE_A)).toEqual([]);
    expect(filesContaining(a.dir, stored)).toEqual([]);
    expect(filesContaining(a.dir, storedB).length).toBeGreaterThan(0); // the other parent's are kept
  });

  it('with no reader, says done at once and sends no later notice', async () => {
    const a = app();
    await tellTriage(a, { user: 'parent-a', nickname: 'Robin', request: `${PHRASE_A} request`, statement: `We cannot do ${PHRASE_A} without more data.`, who: 'Mrs Hill' });
    const notices: string[] = [];
    a.engine.onNotice((user: string) => notices.push(user));
    await a.send('forget me');
    expect(keysOf(await a.send(pick('yes')))).toEqual(['case-file.forget.done']);
    expect(filesContaining(a.dir, PHRASE_A)).toEqual([]);
    await new Promise((r) => setTimeout(r, 300));
    expect(notices).toEqual([]);
  });
});
