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
 * build, or it is trained on the first message (precomputed-crisis-model.ts), reading
 * content/safety/training/ and content/classifier/.
 *
 * It runs on every turn, so it is pure and synchronous. Every pattern is a
 * plain alternation with, at most, a bounded gap of a few words. There are no nested unbounded
 * quantifiers, so matching stays linear in the length of the text, and the text is capped.
 * Most messages never reach the patterns at all: a gate (crisis-gate.ts) first looks for the
 * literals each pattern cannot match without, and skips the patterns whose literals are absent.
 * test/safety/crisis-screen-equivalence.test.ts checks the answers stay those of the plain loop.
 */

import { THRESHOLDS } from './crisis-model.js';
import { crisisModel } from './precomputed-crisis-model.js';
import { normalise } from './crisis-normalise.js';
import { NO_CRISIS, patternsOn, type CrisisScreen } from './crisis-pattern-screen.js';
import type { CrisisKind } from './crisis-rules.js';

export type { CrisisFamily, CrisisKind } from './crisis-rules.js';
export { NO_CRISIS, PATTERN_GATE, PATTERNS, screenPatterns, type CrisisScreen } from './crisis-pattern-screen.js';

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

const CHILD = /\b(?:he|she|they|him|her|his|hers|them|son|daughter|child|kid|kids|boy|girl|dd|ds|teen|teenager)\b/;

/** Whose crisis a learned hit is: the child's when the message speaks of one, else the parent's. */
function whose(t: string): CrisisKind {
  return CHILD.test(t) ? 'child_self_harm' : 'parent_crisis';
}

