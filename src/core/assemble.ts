/**
 * Merges the features into what the engine runs: flows, effects and commands by id, and the
 * phrases that ask for a command (content/words/intents.yaml). Anything that does not fit (two
 * features claiming one id, an effect of the vocabulary nobody handles, a command with no
 * phrases, phrases for no command) stops the engine at start-up.
 */
import { ContentError, type ContentCatalog } from '../content/catalog.js';
import { CORE_COMMANDS, CORE_INTENTS } from './commands.js';
import { CORE_EFFECTS } from './core-effects.js';
import type { Feature } from './feature.js';
import { SAFETY_CHECK } from './safety-turn.js';
import { effects as VOCABULARY, type FlowDef } from './flow-kit.js';
import type { ChatCommand, Effect, FlowInputSource } from './run-context.js';

export interface Assembled {
  flows: ReadonlyMap<string, FlowDef>;
  effects: ReadonlyMap<string, Effect>;
  commands: ReadonlyMap<string, ChatCommand>;
  /** In order: the first pattern that matches names the command. */
  intents: readonly { pattern: RegExp; command: string }[];
  flowInputs: readonly FlowInputSource[];
}

function add<T>(into: Map<string, T>, what: string, id: string, value: T, owner: string): void {
  if (into.has(id)) throw new Error(`${owner}: ${what} "${id}" is already defined by another feature`);
  into.set(id, value);
}

export function assemble(features: readonly Feature[], content: ContentCatalog): Assembled {
  const flows = new Map<string, FlowDef>();
  const effects = new Map<string, Effect>();
  const commands = new Map<string, ChatCommand>();
  const intentNames: string[] = [...CORE_INTENTS];
  const flowInputs: FlowInputSource[] = [];
  for (const e of CORE_EFFECTS) add(effects, 'effect', e.type, e, 'core');
  for (const [name, c] of Object.entries(CORE_COMMANDS)) add(commands, 'command', name, c, 'core');
  for (const f of features) {
    for (const flow of f.flows) add(flows, 'flow', flow.id, flow, f.id);
    for (const e of f.effects) add(effects, 'effect', e.type, e, f.id);
    for (const [name, c] of Object.entries(f.commands)) add(commands, 'command', name, c, f.id);
    intentNames.push(...f.intents);
    if (f.flowInput) flowInputs.push(f.flowInput);
  }
  // The engine begins, and comes back to, the menu: the flow with id `home`.
  if (!flows.has('home')) throw new Error('no feature has the menu (a flow with id "home")');
  // When the crisis screen fires, the engine starts the flow with id `safety-check` (src/core/safety-turn.ts).
  if (!flows.has(SAFETY_CHECK)) throw new Error(`no feature has the safety check (a flow with id "${SAFETY_CHECK}")`);
  // Every effect of the shared vocabulary has a handler (`draft` is the case file's).
  for (const type of Object.keys(VOCABULARY)) if (!effects.has(type)) throw new Error(`no feature handles the effect "${type}"`);
  const intents: { pattern: RegExp; command: string }[] = [];
  for (const command of intentNames) {
    if (!commands.has(command)) throw new ContentError(`intents.${command}: no feature has a command "${command}"`);
    for (const source of content.words(`intents.${command}`)) intents.push({ pattern: new RegExp(source, 'i'), command });
  }
  return { flows, effects, commands, intents, flowInputs };
}
