/**
 * The command line on PostgreSQL: with NEXTSTEP_DATABASE_URL set (and no --db), every command
 * that reads or writes a parent's case works on the database the bot's instances share, and
 * gives what the same command gives on a SQLite file holding the same conversation.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAesSealer, parseDataKey } from '../../src/security/aes-sealer.js';
import { PgStore } from '../../src/store/postgres/pg-store.js';
import { createApp, createSharedApp } from '../../src/app.js';
import { FixedClock, fixedClassifier, tempDir } from '../support/builders.js';
import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli/index.js';
import { cli } from '../support/cli.js';
import { conversationScript, scriptEventId } from '../trust/support/trust-app.js';
import { freshPgDatabase, turn } from '../store/contract/store-factories.js';

const USER = 'parent-1';
const CSV = `date,attendance,hours,difficulty,triggers,supports,helped,note
2026-11-02,absent,,9,morning transition,,,Refused at the door
2026-11-03,partial,2.5,7,morning transition,quiet space,yes,
2026-11-04,full,,3,,,,
`;
const json = (s: string): unknown => JSON.parse(s);

describe('the command line on PostgreSQL', () => {
  const t = tempDir('nextstep-cli-pg-');
  const key = randomBytes(32).toString('base64');
  const sqlite = join(t.dir, 'same.db');
  let env: NodeJS.ProcessEnv;
  let fileEnv: NodeJS.ProcessEnv;

  beforeAll(async () => {
    const url = await freshPgDatabase();
    env = { NEXTSTEP_DATABASE_URL: url, NEXTSTEP_DATA_KEY: key, NEXTSTEP_DB: join(t.dir, 'data', 'nextstep.db') };
    fileEnv = { NEXTSTEP_DATA_KEY: key, NEXTSTEP_DB: sqlite };
    mkdirSync(join(t.dir, 'data'));
    writeFileSync(join(t.dir, 'log.csv'), CSV);
    // The same conversation on both stores.
    const clock = new FixedClock();
    const sealer = createAesSealer(parseDataKey(key));
    const shared = await createSharedApp({ databaseUrl: url, clock, throttle: false, filesRoot: null, classifier: fixedClassifier('data'), sealer });
    const file = createApp({ dbPath: sqlite, clock, throttle: false, classifier: fixedClassifier('data'), sealer });
    for (const [j, input] of conversationScript(1).entries()) {
      await turn(shared.engine, clock, USER, scriptEventId(1, j), input);
      await turn(file.engine, clock, USER, scriptEventId(1, j), input);
    }
    await shared.close();
    file.close();
  });
  afterAll(() => t.cleanup());

  it('notes: the same notes as the SQLite file; an unknown parent refused', async () => {
    const pg = await cli(['notes', '--user', USER, '--json'], env);
    const file = await cli(['notes', '--user', USER, '--json'], fileEnv);
    expect(pg.code).toBe(0);
    const notes = json(pg.stdout) as { kind: string; text: string }[];
    expect(notes.length).toBeGreaterThan(3);
    expect(notes.map((n) => [n.kind, n.text])).toEqual((json(file.stdout) as typeof notes).map((n) => [n.kind, n.text]));
    const unknown = await cli(['notes', '--user', 'nobody'], env);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('no parent "nobody" in PostgreSQL database');
  });

  it('checkin, import, summary, chart and due write and read the shared database', async () => {
    const on = await cli(['checkin', '--user', USER, '--time', '07:30', '--tz', 'Europe/London', '--json'], env);
    expect(on.code).toBe(0);
    expect(json(on.stdout)).toMatchObject({ user: USER, enabled: true, time: '07:30', tz: 'Europe/London' });
    const imported = await cli(['import', '--user', USER, '--csv', join(t.dir, 'log.csv'), '--child', 'Kid1', '--json'], env);
    expect(imported.code).toBe(0);
    expect(json(imported.stdout)).toMatchObject({ imported: 3, rejected: 0 });
    const summary = await cli(['summary', '--user', USER, '--from', '2026-11-02', '--to', '2026-11-06', '--json'], env);
    expect(summary.code).toBe(0);
    expect(json(summary.stdout)).toMatchObject({ child: 'Kid1', days_logged: 3 });
    const png = join(t.dir, 'chart.png');
    expect((await cli(['chart', '--user', USER, '--from', '2026-11-02', '--to', '2026-11-06', '--out', png], env)).code).toBe(0);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    // 07:30 in London on a Monday: due once, then recorded as sent.
    const due = await cli(['due', '--now', '2026-11-30T07:31:00Z', '--json'], env);
    expect(due.code).toBe(0);
    expect(json(due.stdout)).toEqual([{ user: USER, local_date: '2026-11-30' }]);
    expect(json((await cli(['due', '--now', '2026-11-30T07:32:00Z', '--json'], env)).stdout)).toEqual([]);
  });

  it('letter --save and export: the letter is kept, and the export holds it', async () => {
    const letter = await cli(['letter', '--user', USER, '--kind', 'list', '--json'], env);
    const kind = (json(letter.stdout) as { kind: string }[])[0]?.kind ?? '';
    const saved = await cli(['letter', '--user', USER, '--kind', kind, '--save', '--json'], env);
    expect(saved.code).toBe(0);
    const body = (json(saved.stdout) as { body: string }).body;
    const notes = json((await cli(['notes', '--user', USER, '--json'], env)).stdout) as { kind: string; topic: string; text: string }[];
    expect(notes.filter((n) => n.topic === `letter.${kind}`).map((n) => n.text)).toEqual([body]);
    const out = join(t.dir, 'export');
    const exported = await cli(['export', '--user', USER, '--format', 'json', '--out', out, '--json'], env);
    expect(exported.code).toBe(0);
    const [file] = (json(exported.stdout) as { files: string[] }).files;
    expect(readFileSync(file ?? '', 'utf8')).toContain(body.slice(0, 40).replace(/\n/g, '\\n'));
  });

  it('rotate-key re-wraps the parents\' keys: the old key is refused, the new one reads the same notes', async () => {
    const before = (await cli(['notes', '--user', USER, '--json'], env)).stdout;
    const newKey = randomBytes(32).toString('base64');
    const r = await cli(['rotate-key', '--new-key', newKey, '--json'], env);
    // On failure, the CLI's one line on standard error (no parent's words are ever in it) says why.
    expect(r.code, `rotate-key exited ${r.code}: ${r.stderr.trim()}`).toBe(0);
    // The parent's words are sealed with their own key: only that key is re-wrapped.
    expect((json(r.stdout) as { columns: Record<string, number> }).columns).toMatchObject({ 'user_keys.wrapped': 1, 'notes.body': 0 });
    env = { ...env, NEXTSTEP_DATA_KEY: newKey };
    expect((await cli(['notes', '--user', USER, '--json'], env)).stdout).toBe(before);
    const old = await cli(['notes', '--user', USER, '--json'], { ...env, NEXTSTEP_DATA_KEY: key });
    expect(old.code).not.toBe(0);
    // Refused while an instance is connected.
    const running = await PgStore.open({ url: env['NEXTSTEP_DATABASE_URL'] ?? '', sealer: createAesSealer(parseDataKey(newKey)), poolSize: 1 });
    try {
      const busy = await cli(['rotate-key', '--new-key', key], env);
      expect(busy.code).not.toBe(0);
      expect(busy.stderr).toContain('in use');
    } finally {
      await running.end();
    }
  });

  it('chat: the console chat keeps its parent in the shared database', async () => {
    const stdin = new PassThrough();
    stdin.end('hello\n');
    const out = new PassThrough();
    const code = await runCli(['chat', '--user', 'chatter'], { stdin, stdout: out, stderr: new PassThrough(), env });
    expect(code).toBe(0);
    expect((await cli(['notes', '--user', 'chatter'], env)).code).toBe(0);
    expect((await cli(['notes', '--user', 'chatter'], fileEnv)).code).not.toBe(0);
  });

  it('forget erases the parent from the shared database; a second forget finds nothing', async () => {
    const refused = await cli(['forget', '--user', USER], env);
    expect(refused.code).not.toBe(0);
    const r = await cli(['forget', '--user', USER, '--yes', '--json'], env);
    expect(r.code).toBe(0);
    const report = json(r.stdout) as { total: number; removed: Record<string, number> };
    expect(report.total).toBeGreaterThan(5);
    expect(report.removed).toMatchObject({ users: 1 });
    expect((await cli(['notes', '--user', USER], env)).code).not.toBe(0);
    expect((await cli(['forget', '--user', USER, '--yes'], env)).stdout).toContain('Nothing was held');
  });
});
