/** What the bench measures inside each turn: the store wrapped to time a turn's work and its shape. */
import type { Store } from '../src/core/ports.js';
import type { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { cleanText } from '../src/core/input-guard.js';
import { screenForCrisis } from '../src/safety/crisis-screen.js';
import type { TurnShape } from './floor.js';

export interface Measured {
  /** Synchronous work of one turn inside its transaction (what a turn costs the engine). */
  work: number[];
  /** handleTurn called → replies released (includes waiting for the batch's fsync). */
  ack: number[];
  /** The crisis screen alone on each text turn's words (timed in a separate pass, see screenTimes). */
  screen: number[];
  /** Text turns' words, kept for that pass. */
  texts: string[];
  /** Record row sizes (warm-up only: it costs a JSON.stringify per write). */
  measureShape: boolean;
  shape: { snapshot: number; pending: number; replies: number; noteBytes: number; notes: number; saves: number };
}

/**
 * Wraps the store to time each turn's work and, while `m.measureShape` is on (the warm-up), to
 * record the sizes it writes (for the floor). The wrapper inherits from the store, so calls it
 * does not override cost nothing extra; shape recording is off during timed runs.
 */
export function instrument(store: SqliteStore, m: Measured): Store {
  const commit = store.commitTurn;
  let recorded = false;
  const wrapped = Object.create(store) as SqliteStore & { commitTurn?: Store['commitTurn'] };
  if (commit) {
    wrapped.commitTurn = <T>(fn: () => T) =>
      commit(() => {
        const t0 = performance.now();
        recorded = false;
        try {
          return fn();
        } finally {
          // Only turns (which record their replies), not delivery receipts or duplicates.
          if (recorded) m.work.push(performance.now() - t0);
        }
      });
  }
  wrapped.recordTurn = (t) => {
    recorded = true;
    if (m.measureShape) m.shape.replies += JSON.stringify(t.replies).length;
    store.recordTurn(t);
  };
  wrapped.saveSession = (s) => {
    if (m.measureShape) {
      m.shape.saves += 1;
      m.shape.snapshot += s.snapshot ? JSON.stringify(s.snapshot).length : 0;
      m.shape.pending += s.pending ? JSON.stringify(s.pending).length : 0;
    }
    store.saveSession(s);
  };
  wrapped.addNote = (n) => {
    if (m.measureShape) {
      m.shape.notes += 1;
      m.shape.noteBytes += JSON.stringify({ text: n.text, who: n.who, said_on: n.saidOn, due: n.due }).length;
    }
    return store.addNote(n);
  };
  return wrapped;
}

/** The crisis screen alone on each text turn's words, in a pass of its own after the run. */
export function screenTimes(texts: string[]): number[] {
  return texts.map((t) => {
    const s0 = performance.now();
    screenForCrisis(cleanText(t));
    return performance.now() - s0;
  });
}

/** Average row sizes and rates recorded while `measureShape` was on, over `turns` turns. */
export function shapeOf(sh: Measured['shape'], turns: number, turnsPerCommit: number): TurnShape {
  return {
    snapshotBytes: sh.snapshot / Math.max(1, sh.saves),
    pendingBytes: sh.pending / Math.max(1, sh.saves),
    repliesBytes: sh.replies / Math.max(1, turns),
    noteBytes: sh.noteBytes / Math.max(1, sh.notes),
    notesPerTurn: sh.notes / Math.max(1, turns),
    turnsPerCommit,
  };
}
