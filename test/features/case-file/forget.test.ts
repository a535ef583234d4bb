/**
 * Forget: a confirmation with two buttons, then every row about the parent gone from every
 * table, their files gone, and their words nowhere in the data directory's files (database,
 * -wal, -shm, files/). Another parent's data is untouched.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleTurns } from '../../adapters/console/console-turns.js';
import { userFilesDir } from '../../../src/core/user-files.js';
import { userTables } from '../../../src/store/sqlite/user-tables.js';
import { cli, cmd, filesContaining, filesUnder, keysOf, appsPerTest, pick, question, storedNote, tellTriage, type CaseApp } from './support.js';

const app = appsPerTest();

const PHRASE_A = 'Quillonia marzipan lighthouse';
const PHRASE_B = 'Tangerine keyworker orchard';

/** Everything a parent can leave behind: notes, a letter, a request, a reply, a daily log, an export, files. */
async function fullCase(a: CaseApp, user: string, phrase: string, nickname: string): Promise<void> {
  const u = { user };
  await tellTriage(a, { user, nickname, request: `${phrase} request for a quiet room`, statement: `We cannot do ${phrase} without more data this term.`, who: `Mrs ${phrase}` });
  for (let i = 0; i < 4; i++) await a.send(`${phrase} answer ${i}`, u);
  await a.send(pick('sent'), u);
  await a.send(cmd('replied', `${phrase} reply from school`), u);
  const caseId = a.store.listCases(user)[0]?.id as number;
  a.store.logs.putEntry(user, { caseId, date: '2026-11-24', attendance: 'partial', hours: 2, note: `${phrase} diary`, triggers: [{ id: 'other', detail: `${phrase} trigger` }] }, '2026-11-24T18:00:00Z');
  await a.send(cmd('followup-days', '7'), u);
  await a.send(cmd('say', `${phrase} is not something we offer here, we have never done it.`), u);
}

describe('forget', () => {
  it.each(['forget', 'Forget.', '/forget', 'forget me'])('"%s" typed at the menu starts the forget flow', async (typed) => {
    const a = app();
    await a.send(cmd('resume'));
    const r = await a.send(typed);
    expect(keysOf(r)).toEqual(['case-file.forget.confirm']);
  });

  it('asks first: "no, keep" changes nothing', async () => {
    const a = app();
    await fullCase(a, 'parent-a', PHRASE_A, 'Robin');
    const before = a.store.listNotes('parent-a').length;
    const r = await a.send(cmd('forget'));
    const q = question(r);
    expect(q.key).toBe('case-file.forget.confirm');
    expect(q.choices.map((c) => c.id)).toEqual(['yes', 'no']);
    expect(q.freeText).toBe(false);
    // Back to the question the parent was at (what "forget" was typed over), or the menu.
    expect(keysOf(await a.send(pick('no')))).toEqual(['case-file.forget.kept', 'engine.back-to', 'say-next.ask-draft']);
    expect(a.store.listNotes('parent-a')).toHaveLength(before);
  });

  it('"yes, erase everything" removes the parent from every table and says so only afterwards', async () => {
    const a = app();
    await fullCase(a, 'parent-a', PHRASE_A, 'Robin');
    await fullCase(a, 'parent-b', PHRASE_B, 'Kit');
    const bNotes = a.store.listNotes('parent-b');
    expect(keysOf(await a.send('forget me'))).toEqual(['case-file.forget.confirm']);
    const r = await a.send(pick('yes'));
    expect(keysOf(r)).toEqual(['case-file.forget.done']);
    for (const t of userTables(a.store.db)) {
      const n = (a.store.db.prepare(`SELECT count(*) AS n FROM "${t.table}" WHERE ${t.where}`).get(...Array.from({ length: t.params }, () => 'parent-a')) as { n: number }).n;
      expect(n, t.table).toBe(0);
    }
    expect(a.store.listNotes('parent-b')).toEqual(bNotes);
    expect(a.store.requests.listFollowups('parent-b')).toHaveLength(1);
    expect(a.store.logs.listEntries('parent-b')).toHaveLength(1);
    // The parent can start again from nothing.
    expect(keysOf(await a.send(cmd('resume')))).toContain('home.welcome');
  });

  it("leaves the parent's words nowhere in the data directory: db, -wal, -shm, files/", async () => {
    const a = app();
    await fullCase(a, 'parent-a', PHRASE_A, 'Robin');
    await fullCase(a, 'parent-b', PHRASE_B, 'Kit');
    // Through the console, so letters and exports are saved as files: the PDF, the CSV, the JSON.
    await consoleTurns(a, ['/letter restate-nos', '/export pdf', '/export csv', '/export json'], { user: 'parent-a', withCopies: false });
    await consoleTurns(a, ['/export md'], { user: 'parent-b', withCopies: false });
    const filesA = userFilesDir(join(a.dir, 'files'), 'parent-a');
    expect(filesUnder(filesA).length).toBeGreaterThanOrEqual(4);
    expect(filesContaining(a.dir, PHRASE_A).length).toBeGreaterThan(0); // the check can see it

    const out = await consoleTurns(a, ['/forget', '1'], { user: 'parent-a', withCopies: false });
    expect(out).toContain('Everything I held about you has been erased');
    expect(existsSync(filesA)).toBe(false);
    // While the bot is still running (WAL mode, connection open)…
    expect(filesContaining(a.dir, PHRASE_A)).toEqual([]);
    // …and after it stops.
    a.close();
    expect(filesContaining(a.dir, PHRASE_A)).toEqual([]);
    // The other parent is intact, in the database and on disk.
    expect(filesContaining(a.dir, PHRASE_B).length).toBeGreaterThan(0);
    const after = app({ dir: a.dir });
    expect(after.store.listNotes('parent-b').some((n) => n.text.includes(PHRASE_B))).toBe(true);
    expect(after.store.listNotes('parent-a')).toEqual([]);
  });

  it('erases rows in a table added later, found by introspection', async () => {
    const a = app();
    await fullCase(a, 'parent-a', PHRASE_A, 'Robin');
    a.store.db.exec('CREATE TABLE later_feature (id INTEGER PRIMARY KEY, user_id TEXT, thing TEXT)');
    a.store.db.exec('CREATE TABLE later_child (id INTEGER PRIMARY KEY, case_id INTEGER REFERENCES cases(id), thing TEXT)');
    const caseId = a.store.listCases('parent-a')[0]?.id as number;
    a.store.db.prepare('INSERT INTO later_feature (user_id, thing) VALUES (?, ?), (?, ?)').run('parent-a', PHRASE_A, 'parent-b', 'keep');
    a.store.db.prepare('INSERT INTO later_child (case_id, thing) VALUES (?, ?)').run(caseId, PHRASE_A);
    const report = await a.store.requests.erase('parent-a');
    expect(report.removed).toMatchObject({ later_feature: 1, later_child: 1, users: 1 });
    expect(report).toMatchObject({ compacted: true, walTruncated: true });
    expect(a.store.db.prepare('SELECT thing FROM later_feature').all()).toEqual([{ thing: 'keep' }]);
    expect(a.store.db.prepare('SELECT count(*) AS n FROM later_child').get()).toEqual({ n: 0 });
  });

  it('CLI: counts every row it erased, table by table (a cascade does not hide rows from the count)', async () => {
    const a = app();
    await fullCase(a, 'parent-a', PHRASE_A, 'Robin');
    const held: Record<string, number> = {};
    for (const t of userTables(a.store.db)) {
      const n = (a.store.db.prepare(`SELECT count(*) AS n FROM "${t.table}" WHERE ${t.where}`).get(...Array.from({ length: t.params }, () => 'parent-a')) as { n: number }).n;
      if (n) held[t.table] = n;
    }
    a.close();
    // Tables a cascade from "cases" would empty before their turn (daily log entries) are among them.
    expect(Object.keys(held)).toEqual(expect.arrayContaining(['cases', 'notes', 'users']));
    const done = await cli(['forget', '--user', 'parent-a', '--yes', '--json', '--db', a.dbPath]);
    expect(done.code, done.stderr).toBe(0);
    const report = JSON.parse(done.stdout) as { removed: Record<string, number>; total: number };
    // No data key here, so no keys file and no parent key to count (crypto-shred.test.ts has those).
    expect(report.removed).toEqual(held);
    expect(report.total).toBe(Object.values(held).reduce((x, y) => x + y, 0));
    expect(done.stderr).toMatch(/^forget: erasing everything about "parent-a"/);
  });

  it('CLI: refuses without --yes, erases with it', async () => {
    const a = app();
    await fullCase(a, 'parent-a', PHRASE_A, 'Robin');
    await fullCase(a, 'parent-b', PHRASE_B, 'Kit');
    // Without a data key the words are sealed with the parent's own key: look for one as stored.
    const stored = storedNote(a.store.db, 'parent-a');
    a.close();
    const refused = await cli(['forget', '--user', 'parent-a', '--db', a.dbPath]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('run again with --yes');
    expect(filesContaining(a.dir, stored).length).toBeGreaterThan(0);

    const done = await cli(['forget', '--user', 'parent-a', '--yes', '--db', a.dbPath]);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/Erased \d+ rows about "parent-a"/);
    expect(filesContaining(a.dir, PHRASE_A)).toEqual([]);
    expect(filesContaining(a.dir, stored)).toEqual([]);
    const notes = await cli(['notes', '--user', 'parent-b', '--json', '--db', a.dbPath]);
    expect(notes.stdout).toContain(PHRASE_B);
    // Gone: the parent is now unknown, said as for any unknown parent.
    const after = await cli(['notes', '--user', 'parent-a', '--json', '--db', a.dbPath]);
    expect(after.code).toBe(1);
    expect(after.stderr).toMatch(/^notes: no parent "parent-a" in /);
  });
});
