/**
 * A feature plugs into the engine through this one shape; core names no feature. The
 * composition root (src/app.ts) lists them, and `createEngine({ features })` merges them.
 */
import type { FlowDef } from './flow-kit.js';
import type { DueSource, Store } from './ports.js';
import type { ChatCommand, Effect, FlowInputSource } from './run-context.js';
import type { ParentZoneSource } from './parent-day.js';

/**
 * Whether a phrase for a command fits now, for this parent and the child talked about (on their
 * `day`); `atMenu`: nothing is under way but the menu (no question of a dialogue waits); `args`:
 * the words the phrase hands the command ("summary Sam": "Sam"), for a phrase read only when they fit.
 */
export type IntentFits = (store: Store, at: { userId: string; caseId: number | null; day: string; atMenu?: boolean; args?: string }) => boolean;

export interface Feature {
  /** Unique; also names the feature's folder (src/features/<id>/). */
  id: string;
  /** Its dialogues (flow ids are unique across features). */
  flows: readonly FlowDef[];
  /** Handlers for the effects its flows emit beyond the core vocabulary. */
  effects: readonly Effect[];
  /** Commands by name (names are unique across features). */
  commands: Readonly<Record<string, ChatCommand>>;
  /**
   * Commands a parent may also ask for in their own words; the phrases are content
   * (`intents.<command>` in content/words/intents.yaml).
   */
  intents: readonly string[];
  /**
   * Commands (of `intents`) whose phrases may also open a longer message, as a parent writes
   * "actually I got the date wrong, the first email was on…" (`intents.<command>.opening`).
   */
  openingIntents?: readonly string[];
  /**
   * Commands (of `intents`) whose phrases may also end a longer message, read at any moment:
   * "…i didnt get a word in. what do i say to them now" (`intents.<command>.closing`).
   */
  closingIntents?: readonly string[];
  /**
   * Commands (of `intents`) whose phrases are read only when the moment fits ("I've sent it" only
   * with a letter waiting to be sent), and never in place of the answer to an open question (one
   * with no buttons, or whose words invite typing).
   */
  intentsWhen?: Readonly<Record<string, IntentFits>>;
  /**
   * Commands (of `intents`) that take the words a phrase finds before it ("The head said no to a
   * part-time timetable. what now?") as their own words when this holds of them (say: the school's
   * words, review20 R5); else the engine keeps them as the parent's (`engine.words-before`).
   */
  intentsTakeBefore?: Readonly<Record<string, (before: string) => boolean>>;
  /** Content keys said outside its flows (commands, effects): checked at start-up. */
  contentKeys: readonly string[];
  /** What it asks the scheduler to send, read from its store port. */
  dueSources(store: Store): DueSource[];
  /** The flow the engine begins with and comes back to (the menu); exactly one feature names it. */
  menuFlow?: string;
  /**
   * The flow the engine starts when the crisis screen fires (src/core/safety-turn.ts), with the
   * tier and whose crisis it is, never the words; exactly one feature names it.
   */
  safetyFlow?: string;
  /** What every flow also receives about the open case (e.g. its profile as `input.profile`). */
  flowInput?: FlowInputSource;
  /**
   * Topics of the notes it keeps as settings, not events in the case (the case profile, how
   * letters are signed, the check-in time): kept as notes, never shown as timeline lines.
   */
  settingTopics?: readonly string[];
  /**
   * The time zone the parent gave this feature (the daily check-in's), if any: it comes before
   * the one their channel knows when the engine works out the parent's day (parent-day.ts).
   */
  parentZone?: ParentZoneSource;
}

/** Every feature's setting topics, merged (the timeline leaves these notes out). */
export function settingTopicsOf(features: readonly Pick<Feature, 'settingTopics'>[]): ReadonlySet<string> {
  return new Set(features.flatMap((f) => f.settingTopics ?? []));
}
