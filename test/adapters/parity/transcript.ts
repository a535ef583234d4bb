/**
 * What a parent was told and asked, the same shape in every channel, read from what the
 * platform drew (Block Kit, Discord messages, console text); and the driver that walks the
 * parent script through a channel. A reply counts as shown only when its words reached the
 * platform in order; a question's choices only when the platform drew a control for them.
 */
import type { App } from '../../../src/app.js';
import type { Engine } from '../../../src/core/engine.js';
import type { Reply } from '../../../src/core/types.js';
import { FixedClock } from '../../support/builders.js';
import type { Action, Opening, Part } from './parent-script.js';

/** One thing the parent was told (a text, a document) or asked (a question: the choices offered, and whether its "or type" hint showed). */
export interface Shown {
  key: string;
  choices?: string[];
  hint?: boolean;
}

/** One turn: what the parent did, and what they were shown in answer. */
export interface Step {
  did: string;
  shown: Shown[];
  /** What the engine answered (the channel should have drawn all of it). */
  told: Shown[];
}

export type Question = Extract<Reply, { type: 'question' }>;

/** A channel as the parent uses it; each method returns the turn's step once its answer is delivered. */
export interface ParentChannel {
  readonly name: 'console' | 'slack' | 'discord';
  /** The platform has buttons to click (the console has numbered options to type). */
  readonly clicks: boolean;
  /** The parent's id in the store (`local`, `slack:T1:U1`, `discord:<id>`). */
  readonly user: string;
  readonly store: App['store'];
  greet(): Promise<Step>;
  type(text: string): Promise<Step>;
  /** The button of choice `id` on the latest question asked with `key` (the console types its number). */
  press(key: string, id: string): Promise<Step>;
  /** The button of choice `id` on the first question asked with `key`. */
  pressOld(key: string, id: string): Promise<Step>;
  command(name: string, args: string): Promise<Step>;
  close(): Promise<void>;
}

/**
 * Every channel's clock starts at the same instant (a Tuesday, a school day) and moves on
 * between turns as a parent's would: the chat platforms' flood control refills with time.
 */
export const PARITY_START = new Date('2026-11-24T09:00:00Z');

/**
 * A platform harness's clock and engine wrapper for the parity walk: each turn moves the clock
 * on by TURN_GAP_MS, and the replies of the latest turn are kept (the platform's drawing is
 * checked against them). `clear()` forgets them before the next step.
 */
export function turnRecorder(): { clock: FixedClock; wrapEngine: (engine: Engine) => Engine; replies: () => Reply[]; clear: () => void } {
  const clock = new FixedClock(PARITY_START);
  let replies: Reply[] = [];
  const wrapEngine = (engine: Engine): Engine => ({
    ...engine,
    handleTurn: async (t) => {
      clock.advance(TURN_GAP_MS);
      replies = await engine.handleTurn(t);
      return replies;
    },
  });
  return { clock, wrapEngine, replies: () => replies, clear: () => void (replies = []) };
}
export const TURN_GAP_MS = 5_000;

export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** What the engine said, in the transcript's shape. */
export function toldOf(replies: readonly Reply[]): Shown[] {
  return replies.map((r) => (r.type === 'question' ? { key: r.key, choices: r.choices.map((c) => c.id), hint: r.hint !== undefined } : { key: r.key }));
}

function wordsOf(r: Reply): string {
  switch (r.type) {
    case 'text':
    case 'move_private':
    case 'question':
      return norm(r.text);
    case 'document':
      // A binary document (the PDF packet) is known by its file's name.
      return norm(r.data ? r.filename : r.body);
    case 'image':
      return norm(r.alt);
  }
}

/**
 * The replies found, in order, in everything the platform drew for the turn (`drawn`, already
 * normalised). `choicesOf` reads a question's controls as the platform drew them (`at`: where
 * its words end in `drawn`).
 */
export function readShown(replies: readonly Reply[], drawn: string, choicesOf: (q: Question, at: number) => string[]): Shown[] {
  const shown: Shown[] = [];
  let cursor = 0;
  replies.forEach((r, i) => {
    const words = wordsOf(r);
    const at = drawn.indexOf(words, cursor);
    if (!words || at < 0) return;
    const end = at + words.length;
    cursor = end;
    if (r.type !== 'question') {
      shown.push({ key: r.key });
      return;
    }
    const item: Shown = { key: r.key, choices: choicesOf(r, end), hint: false };
    if (r.hint !== undefined) {
      // The hint belongs to this question only if it comes before the next reply's words.
      const h = drawn.indexOf(norm(r.hint), end);
      const next = replies[i + 1];
      const nextAt = next ? drawn.indexOf(wordsOf(next), end) : -1;
      if (h >= 0 && (nextAt < 0 || h < nextAt)) {
        item.hint = true;
        cursor = h + norm(r.hint).length;
      }
    }
    shown.push(item);
  });
  return shown;
}

/** The last item that matches (Node 20's TypeScript lib has no `findLast`). */
export const latest = <T>(xs: readonly T[], match: (x: T) => boolean): T | undefined => [...xs].reverse().find(match);

/** The last question in a turn's replies. */
export function lastQuestionOf(replies: readonly Reply[]): Question | undefined {
  return [...replies].reverse().find((r): r is Question => r.type === 'question');
}

function describe(a: Action | Opening): string {
  if ('press' in a) return `press ${a.press}`;
  if ('type' in a) return `type "${a.type.slice(0, 40)}"`;
  if ('greet' in a) return 'greet';
  if ('command' in a) return `command ${a.command}`;
  return `click ${a.staleClick.key} ${a.staleClick.press} (old)`;
}

export interface Walk {
  steps: Step[];
  /** Parts the channel could not take (and why), e.g. a click where there are no buttons. */
  skipped: string[];
}

/**
 * Walks the script through a channel: each part's opening, then the script's answer to each
 * question shown, until a question the part has no answer for. The question answered is the last
 * one the parent was shown.
 */
export async function walk(channel: ParentChannel, script: readonly Part[], maxSteps = 80): Promise<Walk> {
  const steps: Step[] = [];
  const skipped: string[] = [];
  const record = (did: string, s: Step): Step => {
    const step = { ...s, did };
    steps.push(step);
    if (steps.length > maxSteps) throw new Error(`${channel.name}: more than ${maxSteps} steps`);
    return step;
  };
  for (const part of script) {
    const o = part.open;
    let step: Step;
    if ('greet' in o) step = await channel.greet();
    else if ('type' in o) step = await channel.type(o.type);
    else if ('command' in o) step = await channel.command(o.command, o.args ?? '');
    else if (!channel.clicks) {
      skipped.push(`${part.name}: no buttons to click`);
      continue;
    } else step = await channel.pressOld(o.staleClick.key, o.staleClick.press);
    step = record(`${part.name}: ${describe(o)}`, step);
    const visits = new Map<string, number>();
    for (;;) {
      const asked = [...step.shown].reverse().find((s) => s.choices !== undefined);
      const planned = asked && part.answers[asked.key];
      if (!asked || !planned) break;
      const n = visits.get(asked.key) ?? 0;
      visits.set(asked.key, n + 1);
      const action = (Array.isArray(planned) ? planned : [planned])[n];
      if (!action) break;
      const next = 'press' in action ? await channel.press(asked.key, action.press) : await channel.type(action.type);
      step = record(`${part.name}: ${asked.key}: ${describe(action)}`, next);
    }
  }
  return { steps, skipped };
}
