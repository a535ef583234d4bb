/** Builders for the trust tests: a real app with a chosen sealer, logger, throttle and clock. */
import { join } from 'node:path';
import { createApp, type App } from '../../../src/app.js';
import type { Classifier, Logger, Sealer } from '../../../src/core/ports.js';
import type { ThrottleOptions } from '../../../src/core/throttle.js';
import type { Reply, TurnInput } from '../../../src/core/types.js';
import { FixedClock, fixedClassifier, sender, tempDir, type SendOptions } from '../../support/builders.js';

export interface TrustApp extends App {
  clock: FixedClock;
  dbPath: string;
  send(input: TurnInput | string, opts?: SendOptions): Promise<Reply[]>;
  cleanup(): void;
}

export interface TrustAppOptions {
  dbPath?: string;
  sealer?: Sealer;
  logger?: Logger;
  throttle?: ThrottleOptions | false;
  /** Defaults to a fixed classifier ('data'); `'real'` boots the trained one. */
  classifier?: Classifier | 'real';
  clock?: FixedClock;
}

export function makeTrustApp(opts: TrustAppOptions = {}): TrustApp {
  const tmp = tempDir('nextstep-trust-');
  const dbPath = opts.dbPath ?? join(tmp.dir, 'trust.db');
  const clock = opts.clock ?? new FixedClock();
  const app = createApp({
    dbPath,
    clock,
    ...(opts.classifier === 'real' ? {} : { classifier: opts.classifier ?? fixedClassifier('data') }),
    ...(opts.sealer ? { sealer: opts.sealer } : {}),
    ...(opts.logger ? { logger: opts.logger } : {}),
    ...(opts.throttle !== undefined ? { throttle: opts.throttle } : {}),
  });
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

export const resume: TurnInput = { kind: 'command', name: 'resume', args: '' };
export const text = (t: string): TurnInput => ({ kind: 'text', text: t });
export const pick = (id: string, promptId?: string): TurnInput => ({ kind: 'choice', id, ...(promptId ? { promptId } : {}) });
export const cmd = (name: string, args = ''): TurnInput => ({ kind: 'command', name, args });

/**
 * One parent's scripted conversation: triage, the case profile and situation, through to the
 * "needs more data" flow, with answers that are saved as notes, then the notes command. Inputs do not depend on replies,
 * so the script can be replayed after a crash (committed turns are recognised by event id).
 */
export function conversationScript(i: number): TurnInput[] {
  return [
    resume,
    pick('new-no'),
    text(`Kid${i}`),
    text(`request-${i}: a quiet room to start the day in`),
    text(`statement-${i}: we need six more weeks of observations and data before we change anything`),
    pick('senco'),
    pick('today'),
    pick('yes'),
    // The case profile (asked once per case) and the situation behind the "no".
    pick('england'),
    pick('none'),
    pick('skip'),
    pick('they'),
    pick('none'),
    text(`missing-${i}: attendance records from the office`),
    text(`collection-${i}: a daily log kept by the class teacher`),
    text(`meanwhile-${i}: a later start on Mondays`),
    text(`by-when-${i}: by the end of term`),
    // Only a role was given ("senco"): the letter asks who it goes to.
    text('Mrs Okafor'),
    cmd('notes'),
  ];
}

export const scriptUser = (i: number) => `parent-${i}`;
export const scriptEventId = (i: number, j: number) => `u${i}-t${j}`;
