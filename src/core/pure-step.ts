/**
 * xstate's pure `transition` / `initialTransition`, without their per-call cost.
 *
 * xstate builds a throwaway actor for every pure call (`createInertActorScope`), and building
 * an actor computes the machine's initial state - context factories and entry actions included -
 * only to discard it. That was the largest single cost of a turn. Our flows never spawn or invoke
 * child actors, so one inert scope per machine can be built once and reused: the calls below do
 * exactly what xstate's do (`logic.transition(snapshot, event, scope)` with an executor that
 * collects the actions instead of running them), minus the throwaway actor.
 * test/core/pure-step.test.ts checks they agree with xstate's own functions on every flow.
 */
import { createActor, type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine, type ExecutableActionObject } from 'xstate';

type Action = ExecutableActionObject;

interface Scope {
  scope: AnyActorScope;
  /** Where the scope's executor puts actions during one call (null between calls). */
  sink: { actions: Action[] | null };
}

const scopes = new WeakMap<AnyStateMachine, Scope>();

function scopeFor(machine: AnyStateMachine): Scope {
  let s = scopes.get(machine);
  if (s) return s;
  const self = createActor(machine);
  const sink: Scope['sink'] = { actions: null };
  const scope: AnyActorScope = {
    self,
    defer: () => undefined,
    id: '',
    logger: () => undefined,
    sessionId: '',
    stopChild: () => undefined,
    system: self.system,
    emit: () => undefined,
    actionExecutor: (action) => {
      sink.actions?.push(action);
    },
  };
  s = { scope, sink };
  scopes.set(machine, s);
  return s;
}

function collecting<T>(machine: AnyStateMachine, run: (scope: AnyActorScope) => T): [T, Action[]] {
  const s = scopeFor(machine);
  const actions: Action[] = [];
  const outer = s.sink.actions;
  s.sink.actions = actions;
  try {
    return [run(s.scope), actions];
  } finally {
    s.sink.actions = outer;
  }
}

/** Same as xstate's `transition(machine, snapshot, event)`. */
export function pureTransition(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: { type: string }): [AnyMachineSnapshot, Action[]] {
  return collecting(machine, (scope) => machine.transition(snapshot, event, scope) as AnyMachineSnapshot);
}

/** Same as xstate's `initialTransition(machine, input)`. */
export function pureInitialTransition(machine: AnyStateMachine, input: unknown): [AnyMachineSnapshot, Action[]] {
  return collecting(machine, (scope) => machine.getInitialSnapshot(scope, input) as AnyMachineSnapshot);
}
