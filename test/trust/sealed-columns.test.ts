/**
 * Every TEXT column is either sealed or known to be plain, in src/store/sqlite/sealed-columns.ts.
 * A new table (daily logs, requests, ...) fails here until its author decides, column by
 * column, so parents' words cannot land in the clear by omission.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createAesSealer, parseDataKey } from '../../src/security/aes-sealer.js';
import { isParentSealed } from '../../src/security/parent-sealer.js';
import { PLAIN_COLUMNS, SEALED_COLUMNS, SEALED_PLACEHOLDERS } from '../../src/store/sqlite/sealed-columns.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { tempDir } from '../support/builders.js';
import { cmd, makeTrustApp, pick, resume, text } from './support/trust-app.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.reverse()) c();
  cleanups = [];
});

interface Column {
  table: string;
  column: string;
  type: string;
}

/** SQLite's affinity rules: which declared types can hold text. */
function holdsText(declared: string): boolean {
  const t = declared.toUpperCase();
  if (t.includes('INT')) return false;
  if (t.includes('CHAR') || t.includes('CLOB') || t.includes('TEXT')) return true;
  return t === '' || t.includes('BLOB'); // no affinity: stores text as given; REAL/NUMERIC do not
}

function schema(store: SqliteStore): { columns: Column[]; withoutRowid: Set<string> } {
  const tables = store.db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string }[];
  const columns: Column[] = [];
  for (const { name } of tables) {
    for (const c of store.db.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(name) as { name: string; type: string }[]) {
      columns.push({ table: name, column: c.name, type: c.type });
    }
  }
  const withoutRowid = new Set(
    (store.db.prepare(`SELECT name FROM pragma_table_list WHERE wr = 1`).all() as { name: string }[]).map((r) => r.name),
  );
  return { columns, withoutRowid };
}

function freshStore(sealer?: ReturnType<typeof createAesSealer>): SqliteStore {
  const t = tempDir('nextstep-cols-');
  const store = new SqliteStore({ path: join(t.dir, 'cols.db'), ...(sealer ? { sealer } : {}) });
  cleanups.push(() => {
    store.close();
    t.cleanup();
  });
  return store;
}

const listed = (map: Readonly<Record<string, readonly string[]>>, table: string, column: string) => map[table]?.includes(column) ?? false;

function unclassified(store: SqliteStore): string[] {
  return schema(store)
    .columns.filter((c) => holdsText(c.type))
    .filter((c) => !listed(SEALED_COLUMNS, c.table, c.column) && !listed(PLAIN_COLUMNS, c.table, c.column))
    .map((c) => `${c.table}.${c.column} (${c.type || 'no type'}): add it to SEALED_COLUMNS or PLAIN_COLUMNS in src/store/sqlite/sealed-columns.ts`);
}

describe('sealed-columns registry', () => {
  it('classifies every text column of every table (after all migrations) as sealed or plain', () => {
    const store = freshStore();
    const { columns } = schema(store);
    const textColumns = columns.filter((c) => holdsText(c.type));
    expect(textColumns.length).toBeGreaterThan(10);
    expect(unclassified(store)).toEqual([]);
    const both = textColumns.filter((c) => listed(SEALED_COLUMNS, c.table, c.column) && listed(PLAIN_COLUMNS, c.table, c.column));
    expect(both).toEqual([]);
  });

  it('notices a new table nobody registered (the check above is not vacuous)', () => {
    const store = freshStore();
    store.db.exec('CREATE TABLE daily_logs (id INTEGER PRIMARY KEY, user_id TEXT, mood INTEGER, note TEXT, extra)');
    expect(unclassified(store)).toEqual([
      expect.stringContaining('daily_logs.user_id'),
      expect.stringContaining('daily_logs.note'),
      expect.stringContaining('daily_logs.extra'),
    ]);
  });

  it('lists no column that does not exist, and only sealed columns rotate-key can address by rowid', () => {
    const { columns, withoutRowid } = schema(freshStore());
    const exists = new Set(columns.map((c) => `${c.table}.${c.column}`));
    const stale = [...Object.entries(SEALED_COLUMNS), ...Object.entries(PLAIN_COLUMNS)]
      .flatMap(([t, cols]) => cols.map((c) => `${t}.${c}`))
      .filter((tc) => !exists.has(tc));
    expect(stale).toEqual([]);
    expect(Object.keys(SEALED_COLUMNS).filter((t) => withoutRowid.has(t))).toEqual([]);
  });

  it('matches what the store really writes: sealed columns hold only sealed values, plain ones no parent words', async () => {
    const sealer = createAesSealer(parseDataKey(randomBytes(32).toString('hex')));
    const t = tempDir('nextstep-cols-');
    cleanups.push(t.cleanup);
    const app = makeTrustApp({ dbPath: join(t.dir, 'real.db'), sealer, throttle: false });
    cleanups.push(() => app.close());
    const words = ['Quillonia', 'lavender-tram request', 'the sandpiper panel will not fund it', 'marzipan attendance log', 'tangerine keyworker'];
    await app.send(resume);
    await app.send(pick('new-no'));
    await app.send(text(words[0] as string));
    await app.send(text(words[1] as string));
    await app.send(text(`${words[2]} without more data this term`));
    await app.send(pick('senco'));
    await app.send(pick('today'));
    await app.send(pick('yes'));
    for (let i = 0; i < 4; i++) await app.send(text(`${words[3]} ${i}`));
    await app.send(cmd('say', `${words[4]} is not something we can provide`));
    await app.send(cmd('notes'));
    // Every other feature that stores what a parent writes (daily logs, requests sent, replies,
    // letters...): open it and answer like a cooperative parent, in distinctive words.
    for (const name of ['log', 'sent', 'replied', 'letter', 'checkin', 'followup-days']) {
      if (!app.engine.commandNames.includes(name)) continue;
      let r = await app.send(cmd(name));
      const picked = new Set<string>();
      for (let i = 0; i < 14; i++) {
        const q = [...r].reverse().find((x) => x.type === 'question');
        if (!q || q.type !== 'question' || q.key === 'home.menu') break;
        // Prefer "other" (which asks for the parent's own words), then each option once, then "done".
        const fresh = q.choices.filter((x) => !picked.has(`${q.key}/${x.id}`) && !/not-now|skip|cancel|unsure|^no$|later|nothing/.test(x.id));
        const c = fresh.find((x) => /other/.test(x.id)) ?? (fresh.length > 1 || !q.choices.some((x) => x.id === 'done') ? fresh[0] : undefined) ?? q.choices.find((x) => x.id === 'done');
        if (c) picked.add(`${q.key}/${c.id}`);
        r = await app.send(!c || (q.freeText && q.choices.length === 0) ? text(`${words[3]} ${name} ${i}`) : pick(c.id, q.promptId));
      }
    }

    const { columns } = schema(app.store);
    const problems: string[] = [];
    for (const c of columns.filter((col) => holdsText(col.type))) {
      const values = (app.store.db.prepare(`SELECT "${c.column}" AS v FROM "${c.table}" WHERE "${c.column}" IS NOT NULL`).all() as { v: unknown }[])
        .map((r) => r.v)
        .filter((v): v is string => typeof v === 'string');
      if (listed(SEALED_COLUMNS, c.table, c.column)) {
        // Under the parent's own key (pk1:), not only the instance key.
        for (const v of values) if (!isParentSealed(v) && !SEALED_PLACEHOLDERS.has(v)) problems.push(`${c.table}.${c.column} holds an unsealed value`);
      } else {
        for (const v of values) for (const w of words) if (v.includes(w)) problems.push(`${c.table}.${c.column} holds parent words`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
    expect((app.store.db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n).toBeGreaterThan(3);
  });
});
