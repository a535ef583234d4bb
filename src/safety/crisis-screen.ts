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
 * A learned layer (crisis-model.ts) gives a second opinion: on what the patterns let through, it
 * may raise `none` to the question, or to the crisis reply when a second model (trained to tell
 * clear risk from possible) is sure the risk is clear; on what they catch, it reads the
 * words around the match and sets the match aside only when those read plainly as everyday talk
 * (an idiom the allow-list lacks, "they're cutting his TA hours"), and never a match for danger
 * now or abuse. Its weights come from the
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

import { around, quieted, THRESHOLDS } from './crisis-model.js';
import { crisisModel } from './precomputed-crisis-model.js';
import { normalise } from './crisis-normalise.js';
import { NO_CRISIS, patternMatchOn, type CrisisScreen } from './crisis-pattern-screen.js';
import type { CrisisKind } from './crisis-rules.js';

export type { CrisisFamily, CrisisKind } from './crisis-rules.js';
export { NO_CRISIS, PATTERN_GATE, PATTERNS, screenPatterns, type CrisisScreen } from './crisis-pattern-screen.js';

/**
 * Screens one parent message: the tier of risk it shows, the warning-sign family and whose
 * crisis it is. The patterns answer first; the learned layer (crisis-model.ts) may raise
 * `none` to the question or the crisis reply, or set a match aside whose surrounding words read as everyday talk
 * (then it judges the message as if no pattern had matched). Never throws: a screen that crashed would stop the parent being
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
  if (t.length === 0) return NO_CRISIS;
  const { screen: found, at } = patternMatchOn(t);
  try {
    const model = crisisModel();
    if (model === null) return found;
    if (found.tier !== 'none') {
      if (at === null || !quieted(found.family, model.judge(around(t, at)).risk)) return found;
    }
    const { risk } = model.judge(t);
    if (risk < THRESHOLDS.possible) return NO_CRISIS;
    return { tier: risk >= THRESHOLDS.reply && clearRisk(t) ? 'clear' : 'possible', family: 'learned', kind: whose(t) };
  } catch {
    // the model failed on this text: the patterns' answer stands
    return found;
  }
}

/** Whether the tier model reads a flagged message's risk as clear (no tier model: ask first). */
function clearRisk(t: string): boolean {
  try {
    const tier = crisisModel('tier');
    return tier !== null && tier.judge(t).risk >= THRESHOLDS.clear;
  } catch {
    return false;
  }
}

const FIRST_PERSON = /\b(?:i|im|ive|id|ill|me|myself)\b/g;
const CHILD = /\b(?:he|she|him|her|his|hers|hes|shes|himself|herself|son|daughter|child|kid|boy|girl|dd|ds|teen|teenager|lad)\b/g;

/**
 * Whose crisis a learned hit is: the parent's when they speak of themselves more than twice as
 * often as of a child ("everyone would be better off if I wasn't in the picture, the school, my
 * husband, the kids"), else the child's. On the training files' risk messages this names the
 * parent's own despair rightly 83% of the time and a child's risk 96% (rather than calling every
 * message that mentions a child the child's: 63% and 93%).
 */
function whose(t: string): CrisisKind {
  const self = t.match(FIRST_PERSON)?.length ?? 0;
  const child = t.match(CHILD)?.length ?? 0;
  return self > 2 * child ? 'parent_crisis' : 'child_self_harm';
}

