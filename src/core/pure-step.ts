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
import { createActor, type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine, type ExecutableActionsFrom } from 'xstate';

type Action = ExecutableActionsFrom<AnyStateMachine>;

interface Scope {
  scope: AnyActorScope;
  collect: Action[] | null;
}

const scopes = new WeakMap<AnyStateMachine, Scope>();

function scopeFor(machine: AnyStateMachine): Scope {
  let s = scopes.get(machine);
  if (s) return s;
  const self = createActor(machine);
  const holder: Scope = { scope: undefined as unknown as AnyActorScope, collect: null };
  holder.scope = {
    self,
    defer: () => undefined,
    id: '',
    logger: () => undefined,
    sessionId: '',
    stopChild: () => undefined,
    system: self.system,
    emit: () => undefined,
    actionExecutor: (action: Action) => {
      holder.collect?.push(action);
    },
  } as unknown as AnyActorScope;
  s = holder;
  scopes.set(machine, s);
  return s;
}

function collecting<T>(machine: AnyStateMachine, run: (scope: AnyActorScope) => T): [T, Action[]] {
  const s = scopeFor(machine);
  const actions: Action[] = [];
  const outer = s.collect;
  s.collect = actions;
  try {
    return [run(s.scope), actions];
  } finally {
    s.collect = outer;
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
