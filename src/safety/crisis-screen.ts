/**
 * The crisis screen. Every message a parent sends passes through `screenForCrisis` before any
 * flow sees it. A hit means the engine sets the school conversation aside and starts the safety
 * check (flows/safety-check.flow.ts), which gives `safety.crisis.<kind>` or asks first.
 *
 * It is a keyword screen, not a diagnosis, with two tiers: clear risk (the crisis reply at once)
 * and possible risk (one question first: "Are you or your child safe right now?"). It leans
 * towards raising the alarm: a false alarm costs one kind message, but a miss can cost far
 * more. It stays quiet on the everyday idioms listed in ALLOW ("this is killing me", "cutting
 * class").
 *
 * A learned layer (crisis-model.ts) gives a second opinion on what the patterns let through:
 * it may raise `none` to `possible` (the question), nothing more. Its weights come from the
 * build, or it is trained on the first message (precomputed-crisis-model.ts).
 *
 * It runs on every turn, so it is pure and synchronous. Every pattern is a
 * plain alternation with, at most, a bounded gap of a few words. There are no nested unbounded
 * quantifiers, so matching stays linear in the length of the text, and the text is capped.
 * Most messages never reach the patterns at all: a gate (crisis-gate.ts) first looks for the
 * literals each pattern cannot match without, and skips the patterns whose literals are absent.
 * test/safety/crisis-screen-equivalence.test.ts checks the answers stay those of the plain loop.
 */

import { buildGate, type Gate } from './crisis-gate.js';
import { gatePlanFor } from './precomputed-gates.js';
import { THRESHOLDS } from './crisis-model.js';
import { crisisModel } from './precomputed-crisis-model.js';
import { normalise } from './crisis-normalise.js';
import { ALLOW, RULES, type CrisisFamily, type CrisisKind, type CrisisTier } from './crisis-rules.js';

export type { CrisisFamily, CrisisKind, CrisisTier } from './crisis-rules.js';

/**
 * What the screen found, and nothing of the words: `clear` gets the crisis reply at once,
 * `possible` the safety question first. `kind` picks the reply's wording (whose crisis it is).
 */
export type CrisisScreen =
  | { tier: 'none'; family: null }
  | { tier: CrisisTier; family: CrisisFamily | 'learned'; kind: CrisisKind };

export const NO_CRISIS: CrisisScreen = Object.freeze({ tier: 'none', family: null });

const ALLOW_WINDOW = 48;

/** The patterns in order, so the gate can number them. */
export const PATTERNS: readonly RegExp[] = RULES.map((r) => r.re);
/** The name of their gate's plan, made by the build (precomputed-gates.ts). */
export const PATTERN_GATE = 'crisis-pattern-gate';

/**
 * Built on the first message, not at import, from the plan the build made (or, when that is
 * missing or stale, planned then: most of a second on a slow machine). A gate that cannot be built, or that fails on a text, is no gate: then
 * every pattern runs, as it would without one. Never "no alarm" because the gate broke.
 */
let gate: Gate | null | undefined;

function scanned(text: string): Gate | null {
  if (gate === undefined) {
    try {
      gate = buildGate(PATTERNS, gatePlanFor(PATTERN_GATE, PATTERNS));
    } catch {
      gate = null;
    }
  }
  try {
    gate?.scan(text);
    return gate;
  } catch {
    return null;
  }
}

function isIdiom(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - ALLOW_WINDOW);
  const window = text.slice(from, Math.min(text.length, end + ALLOW_WINDOW));
  for (const re of ALLOW) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window)) !== null) {
      if (m[0].length === 0) re.lastIndex += 1; // never loop on an empty match
      const a = from + m.index;
      const b = a + m[0].length;
      if (a < end && b > start) return true;
    }
  }
  return false;
}

/**
 * Whether `re` (a global regex) matches somewhere that is not an allowed idiom. Runs for every
 * pattern the gate lets through: exec on the shared regex in a plain loop, not matchAll (which
 * clones the regex) nor a generator (an allocation per pattern per message).
 */
function firstRealMatch(text: string, re: RegExp): boolean {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) re.lastIndex += 1;
    // isIdiom runs other regexes, not this one, so lastIndex survives it.
    if (!isIdiom(text, start, end)) return true;
  }
  return false;
}

function answer(i: number): CrisisScreen {
  const { tier, family, kind } = RULES[i] as (typeof RULES)[number];
  return { tier, family, kind };
}

/**
 * Screens one parent message: the tier of risk it shows, the warning-sign family and whose
 * crisis it is. The patterns answer first; the learned layer (crisis-model.ts) may raise the
 * tier, never lower it. Never throws: a screen that crashed would stop the parent being
 * answered at all.
 */
export function screenForCrisis(text: string): CrisisScreen {
  if (typeof text !== 'string' || text.length === 0) return NO_CRISIS;
  let t: string;
  try {
    t = normalise(text);
  } catch {
    return NO_CRISIS;
  }
  const found = patternsOn(t);
  if (found.tier !== 'none' || t.length === 0) return found;
  try {
    const opinion = crisisModel()?.judge(t);
    if (opinion !== undefined && opinion.risk >= THRESHOLDS.possible) return { tier: 'possible', family: 'learned', kind: whose(t) };
  } catch {
    // the model failed on this text: the patterns' answer stands
  }
  return found;
}

/** The patterns alone (the screen before its learned layer): for tests and scoring. */
export function screenPatterns(text: string): CrisisScreen {
  if (typeof text !== 'string' || text.length === 0) return NO_CRISIS;
  try {
    return patternsOn(normalise(text));
  } catch {
    return NO_CRISIS;
  }
}

const CHILD = /\b(?:he|she|they|him|her|his|hers|them|son|daughter|child|kid|kids|boy|girl|dd|ds|teen|teenager)\b/;

/** Whose crisis a learned hit is: the child's when the message speaks of one, else the parent's. */
function whose(t: string): CrisisKind {
  return CHILD.test(t) ? 'child_self_harm' : 'parent_crisis';
}

function patternsOn(t: string): CrisisScreen {
  try {
    if (t.length === 0) return NO_CRISIS;
    const g = scanned(t);
    const only = g?.candidates?.();
    if (only) {
      for (const i of only) if (firstRealMatch(t, PATTERNS[i] as RegExp)) return answer(i);
      return NO_CRISIS;
    }
    for (let i = 0; i < RULES.length; i++) {
      if ((g === null || g.maybe(i)) && firstRealMatch(t, PATTERNS[i] as RegExp)) return answer(i);
    }
    return NO_CRISIS;
  } catch {
    // Unreachable with string input; kept so a runtime surprise degrades to "no alarm" rather
    // than to a parent getting no reply.
    return NO_CRISIS;
  }
}
