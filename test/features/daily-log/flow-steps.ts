/**
 * A flow driven by pure transitions, step by step, each step observed as the tests compare it:
 * its state, what was said and asked (by content key), the log's saves and the notes.
 */
import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import type { AskParams, FlowEvent, FlowInput, NoteParams, PartReadParams } from '../../../src/core/flow-kit.js';
import type { SaveLogParams } from '../../../src/features/daily-log/model.js';

interface Step {
  state: unknown;
  said: string[];
  asked: AskParams | null;
  /** Every question asked in the step, by key. */
  asks: string[];
  saves: SaveLogParams[];
  notes: NoteParams[];
  /** Typed answers the step declared read only in part (the engine keeps what else they say). */
  parts: PartReadParams[];
  done: boolean;
}

export function run(machine: AnyStateMachine, input: FlowInput) {
  let snap: AnyMachineSnapshot;
  let actions: { type: string; params?: unknown }[];
  [snap, actions] = initialTransition(machine, input);
  const observe = (): Step => ({
    state: snap.value,
    said: actions.filter((a) => a.type === 'say').map((a) => (a.params as { key: string }).key),
    asked: (actions.filter((a) => a.type === 'ask').map((a) => a.params as AskParams).at(-1) ?? null),
    asks: actions.filter((a) => a.type === 'ask').map((a) => (a.params as AskParams).key),
    saves: actions.filter((a) => a.type === 'saveLog').map((a) => a.params as SaveLogParams),
    notes: actions.filter((a) => a.type === 'note').map((a) => a.params as NoteParams),
    parts: actions.filter((a) => a.type === 'readPart').map((a) => a.params as PartReadParams),
    done: snap.status === 'done',
  });
  const first = observe();
  return {
    first,
    send(e: FlowEvent): Step {
      [snap, actions] = transition(machine, snap, e);
      return observe();
    },
    get all() {
      return actions;
    },
  };
}
