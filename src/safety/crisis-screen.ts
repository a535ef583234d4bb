/**
 * The crisis screen. Every message a parent sends passes through `screenForCrisis` before any
 * flow sees it. A hit means the engine sets the school conversation aside and answers with
 * `safety.crisis.<kind>` instead.
 *
 * It is a keyword screen, not a diagnosis. It leans towards raising the alarm: a false alarm
 * costs one kind message, but a miss can cost far more. It stays quiet on the everyday idioms
 * listed in ALLOW ("this is killing me", "cutting class").
 *
 * It runs on every turn, so it is pure and synchronous and does no I/O. Every pattern is a
 * plain alternation with, at most, a bounded gap of a few words. There are no nested unbounded
 * quantifiers, so matching stays linear in the length of the text, and the text is capped.
 */

import { normalise } from './crisis-normalise.js';
import { ALLOW, STAGES, type CrisisKind } from './crisis-patterns.js';

export type { CrisisKind } from './crisis-patterns.js';

const ALLOW_WINDOW = 48;

function isIdiom(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - ALLOW_WINDOW);
  const window = text.slice(from, Math.min(text.length, end + ALLOW_WINDOW));
  for (const re of ALLOW) {
    for (const m of matches(window, re)) {
      const a = from + m.index;
      const b = a + m[0].length;
      if (a < end && b > start) return true;
    }
  }
  return false;
}

/** Every match of `re` (a global regex) in order, like matchAll without cloning the regex. */
function* matches(text: string, re: RegExp): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex += 1; // never loop on an empty match
    yield m;
  }
}

function firstRealMatch(text: string, re: RegExp): boolean {
  // Runs on every message for every pattern: exec on the shared regex, not matchAll (which
  // clones the regex on each call).
  for (const m of matches(text, re)) {
    if (!isIdiom(text, m.index, m.index + m[0].length)) return true;
  }
  return false;
}

/**
 * Screens one parent message. Returns the kind of crisis it talks about, or null.
 * Never throws: a screen that crashed would stop the parent being answered at all.
 */
export function screenForCrisis(text: string): { kind: CrisisKind } | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  try {
    const t = normalise(text);
    if (t.length === 0) return null;
    for (const [kind, patterns] of STAGES) {
      for (const re of patterns) {
        if (firstRealMatch(t, re)) return { kind };
      }
    }
    return null;
  } catch {
    // Unreachable with string input; kept so a runtime surprise degrades to "no alarm" rather
    // than to a parent getting no reply.
    return null;
  }
}
