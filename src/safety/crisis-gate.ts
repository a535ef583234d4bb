/**
 * A cheap gate in front of the crisis patterns. One scan of the normalised text finds which
 * anchors (see crisis-anchors.ts) it holds; a pattern none of whose anchors is present cannot
 * match, so the screen skips it. Most messages hold none, and then no pattern runs at all.
 */
import { anchorsOf } from './crisis-anchors.js';

/** V8 stops optimising big regexes: measured, ~25 KB of source scanned ~10x slower than ~18 KB. */
const SCAN_SOURCE_BUDGET = 16_000;

export interface Gate {
  /** Marks the anchors present in `text`; `maybe` then answers for this text. */
  scan(text: string): void;
  /** False only when pattern `i` (in the order given) provably cannot match the last text. */
  maybe(i: number): boolean;
  /**
   * The patterns `maybe` is true for, in order: with hundreds of patterns, walking this short
   * list is much cheaper than asking `maybe` of each one. Optional, so a gate without it works.
   */
  candidates?(): readonly number[];
}

/**
 * Everything a gate is built from, as plain data: deriving it (the anchors of every pattern,
 * the prefix trees of the scan regexes) is most of a gate's cost, so the build precomputes it
 * (precomputed-gates.ts).
 */
export interface GatePlan {
  /** How many patterns the gate stands in front of. */
  patterns: number;
  /** Patterns with no anchors known: always run. */
  always: number[];
  /** Sources of the scan regexes (flag g). */
  scanners: string[];
  /** Each anchor the scan can find, and the patterns finding it enables. */
  enables: [string, number[]][];
}

export function planGate(patterns: readonly RegExp[]): GatePlan {
  // An empty list would mean "can never match": true of no real pattern, so distrust it.
  const anchorLists = patterns.map((re) => {
    const anchors = anchorsOf(re);
    return anchors === null || anchors.length === 0 ? null : anchors;
  });
  const anchors = [...new Set(anchorLists.flatMap((list) => list ?? []))].sort();
  // The scan finds, at each position, the longest anchor starting there; any other anchor
  // starting there is a prefix of it. So finding `a` enables every pattern that has `a` or a
  // prefix of `a` among its anchors.
  const patternsOf = new Map<string, number[]>();
  anchorLists.forEach((list, i) => list?.forEach((a) => patternsOf.set(a, [...(patternsOf.get(a) ?? []), i])));
  const enables = anchors.map((a): [string, number[]] => {
    const found = new Set<number>();
    for (let n = 1; n <= a.length; n++) patternsOf.get(a.slice(0, n))?.forEach((i) => found.add(i));
    return [a, [...found]];
  });
  return {
    patterns: patterns.length,
    always: anchorLists.flatMap((list, i) => (list === null ? [i] : [])),
    scanners: anchors.length === 0 ? [] : scannersFor(anchors),
    enables,
  };
}

/** A gate over `patterns`, planned now unless its plan is given. */
export function buildGate(patterns: readonly RegExp[], plan: GatePlan = planGate(patterns)): Gate {
  if (plan.patterns !== patterns.length) throw new Error('the gate plan is for other patterns');
  const enables = new Map(plan.enables);
  const scanners = plan.scanners.map((source) => new RegExp(source, 'g'));
  const always = new Set(plan.always);
  const alwaysIdx = plan.always;
  const found: number[] = [];
  const marked = new Uint32Array(patterns.length);
  let generation = 0;

  return {
    scan(text) {
      generation = generation === 0xffffffff ? 1 : generation + 1;
      if (generation === 1) marked.fill(0);
      found.length = 0;
      for (const re of scanners) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text)) !== null) {
          for (const i of enables.get(m[0]) as number[]) {
            if (marked[i] !== generation) found.push(i);
            marked[i] = generation;
          }
          re.lastIndex = m.index + 1;
        }
      }
      for (const i of alwaysIdx) if (marked[i] !== generation) found.push(i);
      if (found.length > 1) found.sort((a, b) => a - b);
    },
    candidates() {
      return found;
    },
    maybe(i) {
      return always.has(i) || marked[i] === generation;
    },
  };
}

/** Scan regex sources for the sorted anchors, split so that each stays within the budget. */
function scannersFor(sorted: string[]): string[] {
  const source = trie(sorted);
  if (sorted.length <= 1 || source.length <= SCAN_SOURCE_BUDGET) return [source];
  const mid = sorted.length >> 1;
  return [...scannersFor(sorted.slice(0, mid)), ...scannersFor(sorted.slice(mid))];
}

const SPECIAL = new Set('\\^$.*+?()[]{}|/');

/**
 * A regex source matching any of `words`, as a prefix tree ("cut(?:s|ting)?") so that V8 tries
 * a few branches per position instead of every word. Greedy: the longest word at a position wins.
 */
export function trie(words: readonly string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const c of w) {
      let child = n.next.get(c);
      if (child === undefined) n.next.set(c, (child = { end: false, next: new Map() }));
      n = child;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    if (n.next.size === 0) return '';
    const alts: string[] = [];
    for (const [c, child] of n.next) alts.push((SPECIAL.has(c) ? `\\${c}` : c) + emit(child));
    const body = alts.length === 1 && !n.end ? (alts[0] as string) : `(?:${alts.join('|')})`;
    return n.end ? `${body}?` : body;
  };
  return emit(root);
}
