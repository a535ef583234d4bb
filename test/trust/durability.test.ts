/**
 * Durability: every turn whose reply was released is in the database, whatever moment the
 * process dies. Many scripted conversations run in a child process that is killed with SIGKILL
 * at random moments and restarted; then the run is completed and compared with an
 * uninterrupted reference run of the same scripts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createApp } from '../../src/app.js';
import type { NoteRow } from '../../src/core/ports.js';
import { FixedClock, fixedClassifier, tempDir } from '../support/builders.js';
import { diskTempDir } from '../support/ram-disk.js';
import { conversationScript, scriptEventId, scriptUser } from './support/trust-app.js';

const CHILD = fileURLToPath(new URL('./support/durability-child.ts', import.meta.url));
const USERS = 40;
const KILLS = 4;

interface Run {
  lines: string[];
  done: boolean;
}

/**
 * Starts the child; kills it once it has answered `killAfterAcks` turns (0: right after
 * READY), after a further random 0-3 ms so the kill lands anywhere in the turns that follow;
 * null lets it finish. Counting replies rather than milliseconds keeps the kills mid-run
 * however fast the engine gets.
 */
function runChild(dbPath: string, killAfterAcks: number | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath, String(USERS)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buf = '';
    let err = '';
    const lines: string[] = [];
    let answered = 0;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      buf += d;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        lines.push(line);
        if (killAfterAcks === null) continue;
        const acks = line.startsWith('A ') ? ++answered : answered;
        const due = (line === 'READY' && killAfterAcks === 0) || (line.startsWith('A ') && acks === killAfterAcks);
        if (due) setTimeout(() => child.kill('SIGKILL'), Math.random() * 3);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      // Only complete lines count: a partial line is a reply that was never released.
      const done = lines.includes('DONE');
      if (!done && signal !== 'SIGKILL') reject(new Error(`child exited ${code}: ${err}`));
      else resolve({ lines, done });
    });
  });
}

type NoteShape = Pick<NoteRow, 'kind' | 'topic' | 'text' | 'who' | 'saidOn' | 'category' | 'nickname'>;
const shape = (n: NoteRow): NoteShape => ({ kind: n.kind, topic: n.topic, text: n.text, who: n.who, saidOn: n.saidOn, category: n.category, nickname: n.nickname });

// On the disk, not the RAM disk the other tests use (test/support/ram-disk.ts): one test commits through real fsyncs.
const tmp = tempDir('nextstep-crash-', diskTempDir());
const dbPath = join(tmp.dir, 'crash.db');
const acked = new Map<string, number[]>(); // eventId → note ids the parent had when it was answered
const redelivered = new Set<string>();
const runs: Run[] = [];

beforeAll(async () => {
  for (let k = 0; k < KILLS; k++) {
    // Random moments: from right after start-up to well into the run (a full run answers
    // about USERS x 13 turns); the first kill always lands mid-run.
    const acks = k === 0 ? 1 + Math.floor(Math.random() * 150) : Math.floor(Math.random() * 151);
    runs.push(await runChild(dbPath, acks));
  }
  runs.push(await runChild(dbPath, null));
  for (const run of runs) {
    for (const line of run.lines) {
      const [tag, id, notes] = line.split(' ');
      if (tag === 'A' && id) acked.set(id, notes ? notes.split(',').map(Number) : []);
      if (tag === 'R' && id) redelivered.add(id);
    }
  }
}, 120_000);
afterAll(() => tmp.cleanup());

describe('durability under SIGKILL', () => {
  it('was actually interrupted mid-run, and finished in the end', () => {
    expect(runs.at(-1)?.done).toBe(true);
    const killedMidway = runs.slice(0, -1).filter((r) => !r.done && r.lines.some((l) => l.startsWith('A ')));
    expect(killedMidway.length).toBeGreaterThan(0);
  });

  it('has every acknowledged turn and every note it had written', () => {
    const db = new Database(dbPath, { readonly: true });
    try {
      const turns = new Set((db.prepare('SELECT event_id FROM turns').all() as { event_id: string }[]).map((r) => r.event_id));
      const noteIds = new Set((db.prepare('SELECT id FROM notes').all() as { id: number }[]).map((r) => r.id));
      const missingTurns = [...acked.keys()].filter((id) => !turns.has(id));
      const missingNotes = [...acked.values()].flat().filter((id) => !noteIds.has(id));
      expect(missingTurns).toEqual([]);
      expect(missingNotes).toEqual([]);
      expect(acked.size).toBeGreaterThanOrEqual(USERS * conversationScript(0).length * 0.5);
      // Every committed turn was either answered or found in the outbox and re-delivered: none vanished.
      const silent = [...turns].filter((id) => !acked.has(id) && !redelivered.has(id));
      expect(silent).toEqual([]);
      const undelivered = db.prepare('SELECT count(*) AS n FROM turns WHERE delivered_at IS NULL').get() as { n: number };
      expect(undelivered.n).toBe(0);
    } finally {
      db.close();
    }
  });

  it('ends with exactly the notes of an uninterrupted run (nothing lost, nothing doubled), and every conversation resumes', async () => {
    const refTmp = tempDir('nextstep-ref-');
    const ref = createApp({ dbPath: join(refTmp.dir, 'ref.db'), clock: new FixedClock(), classifier: fixedClassifier('data'), throttle: false });
    const crashed = createApp({ dbPath, clock: new FixedClock(), classifier: fixedClassifier('data'), throttle: false });
    try {
      await Promise.all(
        Array.from({ length: USERS }, async (_, i) => {
          for (const [j, input] of conversationScript(i).entries()) {
            await ref.engine.handleTurn({ id: scriptEventId(i, j), channel: 'console', user: scriptUser(i), input, receivedAt: new Date() });
          }
        }),
      );
      for (let i = 0; i < USERS; i++) {
        const user = scriptUser(i);
        const expected = ref.store.listNotes(user).map(shape);
        expect(expected.length).toBeGreaterThanOrEqual(5);
        expect(crashed.store.listNotes(user).map(shape)).toEqual(expected);
        expect(crashed.store.getSession(user)).toEqual(ref.store.getSession(user));
        const back = await crashed.engine.handleTurn({ id: `resume-${i}`, channel: 'console', user, input: { kind: 'command', name: 'resume', args: '' }, receivedAt: new Date() });
        expect(back.some((r) => r.type === 'question')).toBe(true);
        expect(back.some((r) => r.key === 'engine.error')).toBe(false);
      }
    } finally {
      ref.close();
      crashed.close();
      refTmp.cleanup();
    }
  });
});
