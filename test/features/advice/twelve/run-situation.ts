/**
 * Drives one of the twelve situations through the real engine (the trained classifier, the
 * SQLite store, content from content/), as a parent types it in the console: one message per
 * line, buttons answered by their number or their words. Returns the transcript (the question
 * each message answered, and the replies) for the tests to assert on and the script to print.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createApp, type App } from '../../../../src/app.js';
import { renderForConsole } from '../../../../src/adapters/console/render-console.js';
import type { Reply } from '../../../../src/core/types.js';
import { FixedClock, tempDir } from '../../../support/builders.js';
import type { Situation } from './situation.js';

export interface Step {
  /** What the parent typed ('' for the opening). */
  said: string;
  /** The key of the question it answered ('' when none was pending). */
  answered: string;
  replies: Reply[];
}

export interface Transcript {
  situation: Situation;
  steps: Step[];
  /** The letter the conversation ended with ('' when none came). */
  letter: string;
  app: App;
  /** The SQLite file, for the command line to read. */
  dbPath: string;
  cleanup(): void;
}

const lastQuestionKey = (replies: readonly Reply[]): string => [...replies].reverse().find((r) => r.type === 'question')?.key ?? '';

/** The conversation, from the opening menu to the letter; the app stays open for the CLI's letter. */
export async function runSituation(s: Situation, now = new Date('2026-11-24T09:00:00Z')): Promise<Transcript> {
  const tmp = tempDir('nextstep-twelve-');
  const clock = new FixedClock(now);
  const dbPath = join(tmp.dir, 'twelve.db');
  const app = createApp({ dbPath, clock });
  const send = (input: { kind: 'text'; text: string } | { kind: 'command'; name: string; args: string }) =>
    app.engine.handleTurn({ id: randomUUID(), channel: 'console', user: 'parent', where: 'dm', input, receivedAt: clock.now() });
  const steps: Step[] = [];
  let replies = await send({ kind: 'command', name: 'resume', args: '' });
  steps.push({ said: '', answered: '', replies });
  for (const line of s.says) {
    const answered = lastQuestionKey(replies);
    clock.advance(45_000);
    replies = await send({ kind: 'text', text: line });
    steps.push({ said: line, answered, replies });
  }
  const doc = steps.flatMap((st) => st.replies).filter((r) => r.type === 'document').at(-1);
  return {
    situation: s,
    steps,
    letter: doc && doc.type === 'document' ? doc.body : '',
    app,
    dbPath,
    cleanup() {
      app.close();
      tmp.cleanup();
    },
  };
}

/** The transcript as the console shows it (numbered buttons, letters in full). */
export function printTranscript(t: Transcript): string {
  const out: string[] = [`##### ${t.situation.id}: ${t.situation.title}`];
  for (const st of t.steps) {
    if (st.said) out.push(`you › ${st.said}    [answers ${st.answered || '-'}]`);
    out.push(`next step › ${renderForConsole(st.replies).text}    [${st.replies.map((r) => r.key).join(', ')}]`, '');
  }
  return out.join('\n');
}
