/** Test builders: a real app on a temp SQLite file with a fixed, movable clock. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createApp, type App } from '../../src/app.js';
import type { Classifier, ClassifyResult, Clock } from '../../src/core/ports.js';
import { CATEGORIES, type Category, type Reply, type Turn, type TurnInput } from '../../src/core/types.js';

export class FixedClock implements Clock {
  constructor(public current: Date = new Date('2026-11-24T09:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export function tempDir(prefix = 'nextstep-test-', base = tmpdir()): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(base, prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A classifier that always answers the given category (so flow tests don't depend on the model). */
export function fixedClassifier(category: Category, confident = true): Classifier {
  const ranked = [category, ...CATEGORIES.filter((c) => c !== category)].map((c, i) => ({ category: c, score: i === 0 ? 0.7 : 0.06 }));
  const result: ClassifyResult = { category, confidence: 0.7, ranked };
  return { classify: () => result, isConfident: () => confident };
}

export interface SendOptions {
  user?: string;
  id?: string;
  channel?: Turn['channel'];
  where?: 'dm' | 'public';
  /** The parent's time zone as their channel knows it (the console's machine zone, Slack's user `tz`). */
  zone?: string;
}

/** A parent's message (text, or any input) as the console would hand it to the engine. */
export function sender(app: Pick<App, 'engine'>, clock: FixedClock) {
  return (input: TurnInput | string, o: SendOptions = {}): Promise<Reply[]> =>
    app.engine.handleTurn({
      id: o.id ?? randomUUID(),
      channel: o.channel ?? 'console',
      user: o.user ?? 'parent-a',
      where: o.where ?? 'dm',
      input: typeof input === 'string' ? { kind: 'text', text: input } : input,
      receivedAt: clock.now(),
      ...(o.zone ? { zone: o.zone } : {}),
    });
}

export interface TestApp extends App {
  clock: FixedClock;
  dbPath: string;
  send(input: TurnInput | string, opts?: SendOptions): Promise<Reply[]>;
  cleanup(): void;
}

export function makeTestApp(opts: { classifier?: Classifier; dbPath?: string; clock?: FixedClock } = {}): TestApp {
  const tmp = tempDir();
  const dbPath = opts.dbPath ?? join(tmp.dir, 'test.db');
  const clock = opts.clock ?? new FixedClock();
  const app = createApp({ dbPath, clock, ...(opts.classifier ? { classifier: opts.classifier } : {}) });
  return {
    ...app,
    clock,
    dbPath,
    send: sender(app, clock),
    cleanup() {
      app.close();
      if (!opts.dbPath) tmp.cleanup();
    },
  };
}

export const keys = (replies: Reply[]): string[] => replies.map((r) => r.key);
export const lastQuestion = (replies: Reply[]) => {
  const q = [...replies].reverse().find((r) => r.type === 'question');
  if (!q || q.type !== 'question') throw new Error(`no question in replies: ${keys(replies).join(', ')}`);
  return q;
};
export const choice = (id: string, promptId?: string): TurnInput => ({ kind: 'choice', id, ...(promptId ? { promptId } : {}) });
export const command = (name: string, args = ''): TurnInput => ({ kind: 'command', name, args });
