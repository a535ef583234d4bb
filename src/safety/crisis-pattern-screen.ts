/**
 * The crisis screen's patterns on their own: the rules in order (crisis-rules.ts), each match
 * checked against the allowed idioms, behind the gate (crisis-gate.ts) that skips the rules whose
 * literals a message lacks. crisis-screen.ts adds the learned layer on top; the learned layer
 * trains on what these let through, so it imports them from here.
 */
import { buildGate, type Gate } from './crisis-gate.js';
import { gatePlanFor } from './precomputed-gates.js';
import { normalise } from './crisis-normalise.js';
import { ALLOW, RULES, type CrisisFamily, type CrisisKind, type CrisisTier } from './crisis-rules.js';

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
 * missing or stale, planned then: most of a second on a slow machine). A gate that cannot be
 * built, or that fails on a text, is no gate: then every pattern runs, as it would without one.
 * Never "no alarm" because the gate broke.
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
 * Where `re` (a global regex) first matches somewhere that is not an allowed idiom, as the
 * match's start and end, or -1 for nowhere. Runs for every pattern the gate lets through: exec
 * on the shared regex in a plain loop, not matchAll (which clones the regex) nor a generator (an
 * allocation per pattern per message). `found` is reused: no allocation per match.
 */
function firstRealMatch(text: string, re: RegExp, found: Span): boolean {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) re.lastIndex += 1;
    // isIdiom runs other regexes, not this one, so lastIndex survives it.
    if (!isIdiom(text, start, end)) {
      found.start = start;
      found.end = end;
      return true;
    }
  }
  return false;
}

function answer(i: number): CrisisScreen {
  const { tier, family, kind } = RULES[i] as (typeof RULES)[number];
  return { tier, family, kind };
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

/**
 * Every rule (its index in RULES) that matches a normalised text outside the allowed idioms, in
 * the order the screen checks them: the first decides. For auditing the rules one by one
 * (scripts/audit-crisis-rules.ts); the screen itself stops at the first.
 */
export function rulesMatching(t: string): number[] {
  const found: number[] = [];
  const at: Span = { start: 0, end: 0 };
  if (t.length === 0) return found;
  const g = scanned(t);
  for (let i = 0; i < RULES.length; i++) if ((g === null || g.maybe(i)) && firstRealMatch(t, PATTERNS[i] as RegExp, at)) found.push(i);
  return found;
}

/** Where in the normalised text the deciding pattern matched. */
export interface Span {
  start: number;
  end: number;
}

export function patternsOn(t: string): CrisisScreen {
  return patternMatchOn(t).screen;
}

/**
 * The patterns' answer on a normalised text, and where the deciding pattern matched (`at` is
 * null when none did): the learned layer reads the words around it (crisis-screen.ts).
 */
export function patternMatchOn(t: string): { screen: CrisisScreen; at: Span | null } {
  const at: Span = { start: 0, end: 0 };
  try {
    if (t.length === 0) return { screen: NO_CRISIS, at: null };
    const g = scanned(t);
    const only = g?.candidates?.();
    if (only) {
      for (const i of only) if (firstRealMatch(t, PATTERNS[i] as RegExp, at)) return { screen: answer(i), at };
      return { screen: NO_CRISIS, at: null };
    }
    for (let i = 0; i < RULES.length; i++) {
      if ((g === null || g.maybe(i)) && firstRealMatch(t, PATTERNS[i] as RegExp, at)) return { screen: answer(i), at };
    }
    return { screen: NO_CRISIS, at: null };
  } catch {
    // Unreachable with string input; kept so a runtime surprise degrades to "no alarm" rather
    // than to a parent getting no reply.
    return { screen: NO_CRISIS, at: null };
  }
}
