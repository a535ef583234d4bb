/**
 * One damaged row costs that row only. A note whose stored JSON is broken, or whose sealed value
 * no longer opens, is skipped and counted: notes, export, letters and the chat show everything
 * else and say "1 entry could not be read". `rotate-key` refuses by default, naming the count,
 * and with --skip-damaged re-seals everything else and reports what it skipped.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { exportCaseFile } from '../../src/features/case-file/export.js';
import type { Sealer } from '../../src/core/ports.js';
import { createAesSealer, parseDataKey } from '../../src/security/aes-sealer.js';
import { cli, cmd, documents, keysOf, makeCaseApp, tellTriage, type CaseApp } from '../features/case-file/support.js';

let apps: CaseApp[] = [];
afterEach(() => {
  for (const a of apps) a.cleanup();
  apps = [];
});

const GOOD = 'Marigold timetable request';

/** `instance`: the note as sealed with the instance key before parent keys (the migration leaves a damaged one as it is). */
async function caseWithOneDamagedNote(a: CaseApp, damage: 'json' | 'seal', instance?: Sealer): Promise<number> {
  await tellTriage(a, { nickname: 'Robin', request: `${GOOD} for a later start`, statement: 'We need more data before a later start.', who: 'Mrs Hill' });
  const ids = (a.store.db.prepare("SELECT id FROM notes WHERE user_id = 'parent-a' ORDER BY id").all() as { id: number }[]).map((r) => r.id);
  const victim = ids.at(-1) as number;
  if (damage === 'json') a.store.db.prepare('UPDATE notes SET body = ? WHERE id = ?').run('{"text": "half a no', victim);
  else {
    const sealed = instance ? instance.seal('{"text": "sealed before parent keys"}') : (a.store.db.prepare('SELECT body FROM notes WHERE id = ?').get(victim) as { body: string }).body;
    // Overwrite bytes in the middle of the ciphertext: still "sealed", but its tag no longer matches.
    const mid = Math.floor(sealed.length / 2);
    a.store.db.prepare('UPDATE notes SET body = ? WHERE id = ?').run(`${sealed.slice(0, mid)}AAAAAAAA${sealed.slice(mid + 8)}`, victim);
  }
  return ids.length;
}

describe('a damaged row costs that row only', () => {
  for (const damage of ['json', 'seal'] as const) {
    it(`notes, export, letter and chat go on without it (${damage === 'json' ? 'broken JSON' : 'a sealed value that will not open'})`, async () => {
      const key = randomBytes(32).toString('base64');
      const a = makeCaseApp(damage === 'seal' ? { sealer: createAesSealer(parseDataKey(key)) } : {});
      apps.push(a);
      const total = await caseWithOneDamagedNote(a, damage);
      expect(a.store.listNotes('parent-a')).toHaveLength(total - 1);

      // Chat: notes, then export, then a letter, each says one entry could not be read.
      const notes = await a.send(cmd('notes'));
      expect(keysOf(notes)).toContain('engine.unreadable-rows');
      expect(JSON.stringify(notes)).toContain(GOOD);
      const exported = await a.send(cmd('export', 'md'));
      expect(keysOf(exported)).toContain('engine.unreadable-rows');
      expect(documents(exported).length).toBeGreaterThan(0);
      const letter = await a.send(cmd('letter', 'restate-nos'));
      expect(keysOf(letter)).not.toContain('engine.error');
      expect(keysOf(letter)).toContain('engine.unreadable-rows');
      expect(a.content.render('engine.unreadable-rows', { count: '1', entries: a.content.render('engine.unreadable-rows.one') })).toMatch(/1 entry could not be read/);

      // Export straight from the store works too.
      expect(exportCaseFile(a.store, a.content, 'parent-a', a.clock.now(), 'csv')).not.toBeNull();

      // CLI: notes and export show the rest and say so on standard error.
      const visible = a.store.listNotes('parent-a').length;
      a.close();
      const env = damage === 'seal' ? { NEXTSTEP_DATA_KEY: key } : {};
      const n = await cli(['notes', '--user', 'parent-a', '--json', '--db', a.dbPath], env);
      expect(n.code, n.stderr).toBe(0);
      expect(JSON.parse(n.stdout)).toHaveLength(visible);
      expect(n.stderr).toMatch(/1 entry could not be read/);
      const e = await cli(['export', '--user', 'parent-a', '--format', 'json', '--out', `${a.dir}/out`, '--db', a.dbPath], env);
      expect(e.code, e.stderr).toBe(0);
      expect(e.stderr).toMatch(/1 entry could not be read/);
    });
  }

  it('rotate-key refuses by default naming the count; --skip-damaged re-seals the rest and reports it', async () => {
    const key = randomBytes(32).toString('base64');
    const sealer = createAesSealer(parseDataKey(key));
    const a = makeCaseApp({ sealer });
    apps.push(a);
    // rotate-key re-seals what the instance key seals (values under a parent's own key keep it).
    const total = await caseWithOneDamagedNote(a, 'seal', sealer);
    a.close();
    const next = randomBytes(32).toString('base64');
    const env = { NEXTSTEP_DATA_KEY: key };
    const refused = await cli(['rotate-key', '--new-key', next, '--db', a.dbPath], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/1 stored value cannot be opened.*--skip-damaged/s);
    const done = await cli(['rotate-key', '--new-key', next, '--skip-damaged', '--json', '--db', a.dbPath], env);
    expect(done.code, done.stderr).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ ok: true, skipped: 1 });
    const n = await cli(['notes', '--user', 'parent-a', '--json', '--db', a.dbPath], { NEXTSTEP_DATA_KEY: next });
    expect(JSON.parse(n.stdout)).toHaveLength(total - 1);
  });
});
