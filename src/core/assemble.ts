/**
 * Merges the features into what the engine runs: flows, effects and commands by id, and the
 * phrases that ask for a command (content/words/intents.yaml). Anything that does not fit (two
 * features claiming one id, an effect of the vocabulary nobody handles, a command with no
 * phrases, phrases for no command) stops the engine at start-up.
 */
import { ContentError, type ContentCatalog } from '../content/catalog.js';
import { CORE_COMMANDS, CORE_INTENTS } from './commands.js';
import { CORE_EFFECTS } from './core-effects.js';
import { asideOfferFlow } from './aside-offer.js';
import { newMessageFlow } from './new-message.js';
import { settingTopicsOf, type Feature, type IntentFits } from './feature.js';
import { effects as VOCABULARY, type FlowDef } from './flow-kit.js';
import type { ChatCommand, Effect, FlowInputSource } from './run-context.js';
import type { ParentZoneSource } from './parent-day.js';

export interface Assembled {
  flows: ReadonlyMap<string, FlowDef>;
  effects: ReadonlyMap<string, Effect>;
  commands: ReadonlyMap<string, ChatCommand>;
  /** In order: the first pattern that matches names the command (see `intentIn`). */
  intents: readonly Intent[];
  flowInputs: readonly FlowInputSource[];
  /** The menu's flow id (Feature.menuFlow). */
  menuFlow: string;
  /** The safety check's flow id (Feature.safetyFlow). */
  safetyFlow: string;
  /** Every feature's setting topics (Feature.settingTopics). */
  settingTopics: ReadonlySet<string>;
  /** The zones parents gave the features, in the features' order (Feature.parentZone). */
  zoneSources: readonly ParentZoneSource[];
}

/** A phrase that asks for a command; `opening`: it may begin a message of any length (Feature.openingIntents). */
export interface Intent {
  pattern: RegExp;
  command: string;
  opening?: true;
  /** It may end a message of any length, read at any moment, answering or not (Feature.closingIntents). */
  closing?: true;
  /** Read only when this holds, and never in place of the answer to an open question (Feature.intentsWhen). */
  fits?: IntentFits;
  /** The words before the phrase are the command's own when this holds of them (Feature.intentsTakeBefore). */
  takesBefore?: (before: string) => boolean;
}

/** Intents are read in a message of at most this many characters; longer, only the opening ones. */
const INTENT_MAX_CHARS = 60;

/**
 * The command a message asks for, if any, with the words the pattern hands over (`args`). A
 * message longer than 60 characters is what the school said or an answer, not a command, unless it
 * opens with a phrase that may begin a longer message ("actually I got the date wrong, …").
 * `typed`: the message as typed, when `said` is it without its courtesy ("please"): its length counts.
 * `answering`: a question waits for the parent's own words, so what reads as a correction is
 * their answer ("It wasn't the head, it was Mrs Khan" at "Who said it?"): the opening phrases are
 * for the menu and buttons; the short command phrases ("wrong date") still work. A closing phrase
 * ("…what do i say to them now") is read at any length and at any question: a question of the
 * parent's own is never their answer (W13-1, W13-3).
 * `args`: the pattern's `args` group, else its `own` (the parent's own words after the question).
 * `before`: the words the pattern finds before the question (its `before` group, or a closing one's `args`), the
 * answer to a question waiting for the parent's words (the engine's, review11).
 * `fitsNow`: whether an intent with `fits` fits the moment, with the words it would hand over (asked
 * only of those; the engine says no at an open question, one that waits for the parent's own words).
 */
export function intentIn(
  intents: readonly Intent[],
  said: string,
  typed = said,
  answering = false,
  fitsNow: (fits: IntentFits, args: string) => boolean = () => true,
): { command: string; args: string; before: string; takesBefore: boolean } | undefined {
  const long = typed.length > INTENT_MAX_CHARS;
  const fitting = (i: Intent) => !i.fits || fitsNow(i.fits, i.pattern.exec(said)?.groups?.['args'] ?? '');
  const readNow = (i: Intent) => (i.closing ? true : i.opening ? !answering : !long);
  const intent = intents.find((i) => readNow(i) && i.pattern.test(said) && fitting(i));
  if (!intent) return undefined;
  const groups = intent.pattern.exec(said)?.groups;
  // The words before the question ("…because of attendance. what now?"): `before`, else the account handed over.
  // `own`: the parent's own words after the question ("what do i say next? will they really fine us"), handed
  // over as the command's words, never as an answer or an account (W14-5).
  const before = (groups?.['before'] ?? (intent.closing ? groups?.['args'] : '') ?? '').trim();
  return { command: intent.command, args: groups?.['args'] ?? groups?.['own'] ?? '', before, takesBefore: before !== '' && intent.takesBefore?.(before) === true };
}

function add<T>(into: Map<string, T>, what: string, id: string, value: T, owner: string): void {
  if (into.has(id)) throw new Error(`${owner}: ${what} "${id}" is already defined by another feature`);
  into.set(id, value);
}

/** The flow id exactly one feature gives for `field`, checked against the flows. */
function theOne(features: readonly Feature[], field: 'menuFlow' | 'safetyFlow', what: string, flows: ReadonlyMap<string, FlowDef>): string {
  const named = features.flatMap((f) => (f[field] === undefined ? [] : [{ feature: f.id, flow: f[field] }]));
  const [first, second] = named;
  if (!first) throw new Error(`no feature has ${what} (Feature.${field})`);
  if (second) throw new Error(`${second.feature}: ${what} is already named by ${first.feature} (Feature.${field})`);
  if (!flows.has(first.flow)) throw new Error(`${first.feature}: ${what} names the flow "${first.flow}", which no feature has`);
  return first.flow;
}

export function assemble(features: readonly Feature[], content: ContentCatalog): Assembled {
  const flows = new Map<string, FlowDef>();
  const effects = new Map<string, Effect>();
  const commands = new Map<string, ChatCommand>();
  const intentNames: string[] = [...CORE_INTENTS];
  const flowInputs: FlowInputSource[] = [];
  for (const e of CORE_EFFECTS) add(effects, 'effect', e.type, e, 'core');
  for (const [name, c] of Object.entries(CORE_COMMANDS)) add(commands, 'command', name, c, 'core');
  // The engine's own dialogue: a question left waiting too long is offered, not dropped back into.
  add(flows, 'flow', asideOfferFlow.id, asideOfferFlow, 'core');
  // And a new message typed at a buttons-only question: kept, and looked at now or after it.
  add(flows, 'flow', newMessageFlow.id, newMessageFlow, 'core');
  for (const f of features) {
    for (const flow of f.flows) add(flows, 'flow', flow.id, flow, f.id);
    for (const e of f.effects) add(effects, 'effect', e.type, e, f.id);
    for (const [name, c] of Object.entries(f.commands)) add(commands, 'command', name, c, f.id);
    intentNames.push(...f.intents);
    if (f.flowInput) flowInputs.push(f.flowInput);
  }
  // The engine begins, and comes back to, the menu; when the crisis screen fires it starts the
  // safety check. One feature names each, and it must be one of the flows.
  const menuFlow = theOne(features, 'menuFlow', 'the menu', flows);
  const safetyFlow = theOne(features, 'safetyFlow', 'the safety check', flows);
  // Every effect of the shared vocabulary has a handler (`draft` is the case file's).
  for (const type of Object.keys(VOCABULARY)) if (!effects.has(type)) throw new Error(`no feature handles the effect "${type}"`);
  const intents: Intent[] = [];
  const fitsOf = new Map(features.flatMap((f) => Object.entries(f.intentsWhen ?? {})));
  const takesOf = new Map(features.flatMap((f) => Object.entries(f.intentsTakeBefore ?? {})));
  for (const [command] of takesOf) if (!intentNames.includes(command)) throw new Error(`intentsTakeBefore: "${command}" is not one of the intents`);
  const takes = (command: string) => {
    const t = takesOf.get(command);
    return t ? { takesBefore: t } : {};
  };
  for (const [command] of fitsOf) if (!intentNames.includes(command)) throw new Error(`intentsWhen: "${command}" is not one of the intents`);
  for (const command of intentNames) {
    if (!commands.has(command)) throw new ContentError(`intents.${command}: no feature has a command "${command}"`);
    const fits = fitsOf.get(command);
    for (const source of content.words(`intents.${command}`)) intents.push({ pattern: new RegExp(source, 'i'), command, ...(fits ? { fits } : {}), ...takes(command) });
  }
  for (const command of features.flatMap((f) => f.openingIntents ?? [])) {
    if (!commands.has(command)) throw new ContentError(`intents.${command}.opening: no feature has a command "${command}"`);
    const fits = fitsOf.get(command);
    for (const source of content.words(`intents.${command}.opening`)) intents.push({ pattern: new RegExp(source, 'i'), command, opening: true, ...(fits ? { fits } : {}) });
  }
  for (const command of features.flatMap((f) => f.closingIntents ?? [])) {
    if (!commands.has(command)) throw new ContentError(`intents.${command}.closing: no feature has a command "${command}"`);
    for (const source of content.words(`intents.${command}.closing`)) intents.push({ pattern: new RegExp(source, 'i'), command, closing: true, ...takes(command) });
  }
  const zoneSources = features.flatMap((f) => (f.parentZone ? [f.parentZone] : []));
  return { flows, effects, commands, intents, flowInputs, menuFlow, safetyFlow, settingTopics: settingTopicsOf(features), zoneSources };
}
