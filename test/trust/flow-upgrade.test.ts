/**
 * Flow upgrades: conversations saved by an older release (raw SQL rows, as an older version
 * would have written them) are restarted kindly at the menu, with every note kept - including
 * snapshots whose state, flow or question no longer exists, whatever the parent does first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FLOWS } from '../support/flows.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { TurnInput } from '../../src/core/types.js';
import { keys, tempDir } from '../support/builders.js';
import { makeTrustApp, type TrustApp } from './support/trust-app.js';

const version = (id: string) => {
  const f = FLOWS.find((x) => x.id === id);
  if (!f) throw new Error(`no flow ${id}`);
  return f.version;
};

interface Fixture {
  name: string;
  flowId: string;
  flowVersion: number;
  value: unknown;
  context: Record<string, unknown>;
  pending: Record<string, unknown> | null;
}

/** Sessions as older releases left them. */
const FIXTURES: Fixture[] = [
  {
    name: 'an older triage version, at a state that has since been renamed',
    flowId: 'triage',
    flowVersion: 0,
    value: 'askChildName',
    context: { name: 'Bean', step: 2 },
    pending: { promptId: 'q3', key: 'triage.ask-child-name', vars: {}, choices: [], freeText: true },
  },
  {
    name: 'the current triage version, at a state that no longer exists',
    flowId: 'triage',
    flowVersion: version('triage'),
    value: { legacy: 'confirmOld' },
    context: { children: [], nickname: 'Bean', request: 'x', statement: '', who: '', saidOn: '', classification: null, category: 'other' },
    pending: { promptId: 'q5', key: 'triage.legacy-confirm', vars: { nickname: 'Bean' }, choices: [{ id: 'ok', key: 'triage.legacy-ok' }], freeText: false },
  },
  {
    name: 'a flow that was removed altogether',
    flowId: 'old-wizard',
    flowVersion: 3,
    value: 'step2',
    context: {},
    pending: { promptId: 'q9', key: 'wizard.step2', vars: {}, choices: [{ id: 'next', key: 'wizard.next' }], freeText: true },
  },
  {
    name: 'an older home menu whose state still exists',
    flowId: 'home',
    flowVersion: version('home') - 1,
    value: 'menu',
    context: { next: 'triage', statement: '' },
    pending: { promptId: 'q1', key: 'home.menu', vars: {}, choices: [{ id: 'new-no', key: 'home.choice.new-no' }], freeText: true },
  },
];

/** What the parent does first after the upgrade. */
const FIRST_MOVES: [string, TurnInput][] = [
  ['comes back', { kind: 'command', name: 'resume', args: '' }],
  ['answers in words', { kind: 'text', text: 'She is called Bean and the school says no' }],
  ['clicks an old button', { kind: 'choice', id: 'ok', promptId: 'q5' }],
  ['sends an empty message', { kind: 'text', text: '   ' }],
  ['asks for help', { kind: 'text', text: 'help' }],
  ['asks for notes', { kind: 'command', name: 'notes', args: '' }],
];

let apps: TrustApp[] = [];
let dirs: (() => void)[] = [];
afterEach(() => {
  apps.forEach((a) => a.close());
  dirs.forEach((c) => c());
  apps = [];
  dirs = [];
});

/** Writes the fixture as raw rows, as the older release did, with two notes and a case. */
function writeFixture(dbPath: string, f: Fixture): void {
  const store = new SqliteStore({ path: dbPath, groupCommit: false });
  const at = '2026-10-01T08:00:00.000Z';
  store.db.exec(`
    INSERT INTO users (id, created_at) VALUES ('parent-a', '${at}');
    INSERT INTO cases (id, user_id, nickname, created_at, disclaimer_shown) VALUES (1, 'parent-a', 'Bean', '${at}', 1);
    INSERT INTO notes (user_id, case_id, kind, topic, category, at, body) VALUES
      ('parent-a', 1, 'answer', 'triage.request', NULL, '${at}', '{"text":"A quiet room in the mornings"}'),
      ('parent-a', 1, 'statement', 'triage.statement', 'data', '${at}', '{"text":"We need more data first","who":"senco","said_on":"2026-09-30"}');
  `);
  store.db
    .prepare(`INSERT INTO sessions (user_id, case_id, flow_id, flow_version, snapshot, pending, seq, updated_at) VALUES ('parent-a', 1, ?, ?, ?, ?, 7, ?)`)
    .run(f.flowId, f.flowVersion, JSON.stringify({ value: f.value, context: f.context }), f.pending ? JSON.stringify(f.pending) : null, at);
  store.close();
}

describe('conversations saved by an older release', () => {
  for (const f of FIXTURES) {
    for (const [move, input] of FIRST_MOVES) {
      it(`${f.name}: the parent ${move} → kind restart, notes kept`, async () => {
        const tmp = tempDir('nextstep-upgrade-');
        dirs.push(tmp.cleanup);
        const dbPath = join(tmp.dir, 'old.db');
        writeFixture(dbPath, f);
        const app = makeTrustApp({ dbPath });
        apps.push(app);
        const notesBefore = app.store.listNotes('parent-a');
        expect(notesBefore.map((n) => n.text)).toEqual(['A quiet room in the mornings', 'We need more data first']);

        const r = await app.send(input);
        expect(keys(r)).not.toContain('engine.error');
        expect(keys(r)[0]).toBe('engine.flow-restarted');
        // A fresh question from a current flow - the menu, or triage when the words read like
        // what the school said - never the old one.
        const asked = r.filter((x) => x.type === 'question').map((x) => x.key);
        expect(asked.length).toBe(1);
        expect(['home.menu', 'triage.ask-which-child']).toContain(asked[0]);
        const s = app.store.getSession('parent-a');
        expect(s?.flowId && version(s.flowId)).toBe(s?.flowVersion);
        expect(s?.pending?.key).toBe(asked[0]);

        // Said once only: the next turn carries on normally.
        const again = await app.send({ kind: 'command', name: 'resume', args: '' });
        expect(keys(again)).not.toContain('engine.flow-restarted');
        expect(keys(again)).not.toContain('engine.error');
        expect(app.store.listNotes('parent-a').slice(0, 2)).toEqual(notesBefore);
        expect(app.store.listCases('parent-a').map((c) => c.nickname)).toEqual(['Bean']);
      });
    }
  }

  it('says kindly that the conversation restarted, and carries on from the menu', async () => {
    const tmp = tempDir('nextstep-upgrade-');
    dirs.push(tmp.cleanup);
    const dbPath = join(tmp.dir, 'old.db');
    writeFixture(dbPath, FIXTURES[0] as Fixture);
    const app = makeTrustApp({ dbPath });
    apps.push(app);
    const r = await app.send({ kind: 'text', text: 'Bean' });
    expect(keys(r)).toContain('engine.flow-restarted');
    const next = await app.send({ kind: 'choice', id: 'new-no' });
    expect(keys(next)).toContain('triage.ask-which-child'); // the old case is still there to pick
  });
});
