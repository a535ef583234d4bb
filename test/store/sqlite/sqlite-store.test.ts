import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { listMigrations } from '../../../src/store/sqlite/migrate.js';
import { tempDir } from '../../support/builders.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function open() {
  const tmp = tempDir();
  const store = new SqliteStore({ path: join(tmp.dir, 'nested', 'x.db') });
  cleanup = () => {
    store.close();
    tmp.cleanup();
  };
  return store;
}

describe('SqliteStore', () => {
  it('applies every migration once, in order, and records them', () => {
    const store = open();
    const rows = store.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    expect(rows.map((r) => r.version)).toEqual(listMigrations().map((m) => m.version));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('uses WAL, full fsync, foreign keys and secure delete', () => {
    const store = open();
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('secure_delete', { simple: true })).toBe(1);
  });

  it('keeps a parent\'s children as separate cases, matched by nickname', () => {
    const store = open();
    store.ensureUser('u1', '2026-11-01T00:00:00Z');
    const a = store.openCase('u1', 'Bean', '2026-11-01T00:00:00Z');
    const b = store.openCase('u1', 'Pip', '2026-11-01T00:00:00Z');
    expect(store.openCase('u1', ' bean ', '2026-11-02T00:00:00Z').id).toBe(a.id);
    expect(a.id).not.toBe(b.id);
    expect(store.listCases('u1').map((c) => c.nickname)).toEqual(['Bean', 'Pip']);
  });

  it('returns notes oldest first, scoped to the parent', () => {
    const store = open();
    store.ensureUser('u1', 'x');
    store.ensureUser('u2', 'x');
    const c = store.openCase('u1', 'Bean', 'x');
    store.addNote({ userId: 'u1', caseId: c.id, kind: 'answer', topic: 't', text: 'second', at: '2026-11-02T00:00:00Z', day: '2026-11-02' });
    store.addNote({ userId: 'u1', caseId: c.id, kind: 'statement', topic: 't', text: 'first', category: 'data', who: 'SENCO', saidOn: '2026-11-01', at: '2026-11-01T00:00:00Z', day: '2026-11-01' });
    store.addNote({ userId: 'u2', caseId: null, kind: 'answer', topic: 't', text: 'not yours', at: '2026-11-01T00:00:00Z', day: '2026-11-01' });
    const notes = store.listNotes('u1');
    expect(notes.map((n) => n.text)).toEqual(['first', 'second']);
    expect(notes[0]).toMatchObject({ category: 'data', who: 'SENCO', saidOn: '2026-11-01', nickname: 'Bean' });
  });

  it('keeps undelivered replies in the outbox until acknowledged, then drops their text', () => {
    const store = open();
    store.recordTurn({ eventId: 'e1', userId: 'u1', replies: [{ type: 'image', key: 'k', filename: 'a.png', alt: 'a', data: new Uint8Array([1, 2, 3]) }], at: 'x' });
    const [pending] = store.undelivered();
    expect(pending?.replies[0]).toMatchObject({ type: 'image', data: new Uint8Array([1, 2, 3]) });
    store.markDelivered('e1', 'y');
    expect(store.undelivered()).toEqual([]);
    expect(store.hasTurn('e1')).toBe(true);
    expect((store.db.prepare('SELECT replies FROM turns').get() as { replies: string }).replies).toBe('[]');
  });
});
