/**
 * Required literals ("anchors") of a regex: a set of strings such that every match of the regex
 * contains at least one of them. If a text contains none of a pattern's anchors, the pattern
 * cannot match it, so the crisis screen may skip that pattern without changing its answer.
 *
 * Derived mechanically from the regex source (the prefilter idea behind Google Code Search and
 * RE2), so the anchors follow the patterns when the patterns change. Every rule below only ever
 * weakens what it knows, never guesses: by induction on the regex, every match of a node
 * contains one of its anchors. Syntax this parser does not know gives no anchors, and the
 * pattern then runs on every text, which is always safe.
 */

/** Strings a node can match exactly (null: too many to list), and its anchors (null: none). */
interface Info {
  exact: Set<string> | null;
  anchors: Set<string> | null;
}

/**
 * Largest exact set kept when concatenating or alternating; beyond it, sets are dropped. Larger
 * sets give longer, rarer anchors but more of them to scan for (see crisis-gate.ts).
 */
const EXACT_LIMIT = 32;
/** An anchor this telling (see `weakest`) is rare enough; past it, fewer anchors win. */
const GOOD = 12;
/** Largest character class listed exactly ([1-9] yes, [a-z] no). */
const CLASS_LIMIT = 10;

const ZERO_WIDTH: Info = { exact: new Set(['']), anchors: null };
const UNKNOWN: Info = { exact: null, anchors: null };

class UnsupportedRegex extends Error {}

/** Anchors of `re`, or null when it has none (or uses syntax this parser does not know). */
export function anchorsOf(re: RegExp): string[] | null {
  // Other flags change what the source means: case, lines, what a dot or an escape matches.
  if (re.flags.replace(/[gy]/g, '') !== '') return null;
  try {
    const p = new Parser(re.source);
    const info = p.alternation();
    if (p.pos !== re.source.length) throw new UnsupportedRegex(`stray ${re.source[p.pos]}`);
    const set = anchorsFrom(info);
    return set === null ? null : minimal(set);
  } catch {
    // Unknown syntax, or a slip in this parser: the pattern then runs on every text.
    return null;
  }
}

/** The anchors an Info proves: its own, or its exact strings, whichever is more selective. */
function anchorsFrom(info: Info): Set<string> | null {
  const fromExact = info.exact !== null && !info.exact.has('') ? info.exact : null;
  return better(fromExact, info.anchors);
}

/** The more selective of two valid anchor sets: the more telling weakest anchor, then fewer. */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (a === null) return b;
  if (b === null) return a;
  const la = Math.min(weakest(a), GOOD);
  const lb = Math.min(weakest(b), GOOD);
  if (la !== lb) return la > lb ? a : b;
  return a.size <= b.size ? a : b;
}

/** Sets are not changed once scored, so each is scored once (this all runs at start-up). */
const SCORES = new WeakMap<Set<string>, number>();

/**
 * How telling the weakest anchor of a set is: roughly its letters, with next to nothing for the
 * everyday words every message is full of. Only speed depends on this, never the answers.
 */
function weakest(s: Set<string>): number {
  let n = SCORES.get(s);
  if (n !== undefined) return n;
  n = Infinity;
  for (const x of s) n = Math.min(n, score(x));
  SCORES.set(s, n);
  return n;
}

function score(anchor: string): number {
  let total = 0;
  for (let from = 0; from <= anchor.length; ) {
    let to = anchor.indexOf(' ', from);
    if (to < 0) to = anchor.length;
    const word = anchor.slice(from, to);
    total += COMMON.has(word) ? 1 : word.length;
    from = to + 1;
  }
  return total;
}

const COMMON = new Set(
  'a an and are as at be been but can could did do for from get got had has have he her him his i if in is it me my no not of on or our said she so that the them then they to up us was we were when will with would you'.split(
    ' ',
  ),
);

/**
 * Drops any anchor that contains another anchor: a text holding the longer one holds the
 * shorter one too, so the set stays valid and the scan has less to look for.
 */
function minimal(set: Set<string>): string[] {
  const all = [...set].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const s of all) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > EXACT_LIMIT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function concat(parts: Info[]): Info {
  // A match of the sequence is the parts' matches back to back, so it contains the match of
  // any run of consecutive parts: each run whose parts are all exact offers the product of
  // their exact sets, and each inexact part offers its own anchors. Any one of them will do.
  // Only runs that cannot grow are weighed: a longer run's strings contain a shorter one's.
  let best: Set<string> | null = null;
  let whole: Set<string> | null = null;
  // Where the last run stopped, and whether it stopped at an inexact part or the end (then every
  // run starting before that point stops there too, and is a piece of the last one).
  let stoppedAt = -1;
  let hitWall = false;
  for (let i = 0; i < parts.length; i++) {
    const first = parts[i] as Info;
    if (first.exact === null) {
      best = better(best, first.anchors);
      continue;
    }
    if (hitWall && i < stoppedAt) continue;
    let run: Set<string> = new Set(['']);
    let j = i;
    for (; j < parts.length; j++) {
      const exact = (parts[j] as Info).exact;
      const next = exact === null ? null : product(run, exact);
      if (next === null) break;
      run = next;
    }
    if (j > stoppedAt && !run.has('')) best = better(best, run);
    if (i === 0 && j === parts.length) whole = run;
    hitWall = j === parts.length || (parts[j] as Info).exact === null;
    stoppedAt = j;
  }
  return { exact: parts.length === 0 ? new Set(['']) : whole, anchors: best };
}

function alternate(options: Info[]): Info {
  let exact: Set<string> | null = new Set();
  let anchors: Set<string> | null = new Set();
  for (const o of options) {
    if (exact !== null && o.exact !== null && exact.size + o.exact.size <= EXACT_LIMIT) {
      for (const s of o.exact) exact.add(s);
    } else {
      exact = null;
    }
    // A match of the alternation is a match of one option, so it holds one option's anchor.
    const a = anchorsFrom(o);
    if (anchors !== null && a !== null) for (const s of a) anchors.add(s);
    else anchors = null;
  }
  return { exact, anchors };
}

function repeat(inner: Info, min: number, max: number): Info {
  if (max === 0) return ZERO_WIDTH;
  if (min === 1 && max === 1) return inner;
  if (min === 0 && max === 1) {
    // x? is x or nothing: exact when x is, and never an anchor (it may match nothing).
    if (inner.exact === null || inner.exact.size + 1 > EXACT_LIMIT) return UNKNOWN;
    return { exact: new Set([...inner.exact, '']), anchors: null };
  }
  // At least one copy of x: x's anchors hold. Zero copies: nothing is known.
  return { exact: null, anchors: min >= 1 ? anchorsFrom(inner) : null };
}

/** What each group body parsed to: the same text always parses the same way. */
const GROUPS = new Map<string, Info>();

/** Where the group whose body starts at `from` closes (or the end, if it never does). */
function closingParen(src: string, from: number): number {
  let depth = 0;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      // A class ends at the first ] not escaped; a ( or ) inside it is just a character.
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) return i;
  }
  return src.length;
}

class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  private peek(): string | undefined {
    return this.src[this.pos];
  }

  alternation(): Info {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.pos++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] as Info) : alternate(options);
  }

  private sequence(): Info {
    const parts: Info[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      const part = this.quantified(this.atom());
      // Letters in a row are one word, not a run of one-letter parts: same sets, far less work.
      const last = parts[parts.length - 1];
      if (last?.exact?.size === 1 && part.exact?.size === 1) parts[parts.length - 1] = { exact: product(last.exact, part.exact), anchors: null };
      else parts.push(part);
    }
    return concat(parts);
  }

  private quantified(atom: Info): Info {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.pos));
      if (m === null) throw new UnsupportedRegex('brace');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.pos += m[0].length - 1;
    } else return atom;
    this.pos++;
    // A lazy quantifier matches the same set of strings; only which one is found first differs.
    if (this.peek() === '?') this.pos++;
    if (this.peek() === '?' || this.peek() === '*' || this.peek() === '+' || this.peek() === '{') {
      throw new UnsupportedRegex('stacked quantifier');
    }
    return repeat(atom, min, max);
  }

  private atom(): Info {
    const c = this.peek();
    this.pos++;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '\\':
        return this.escape();
      case '^':
      case '$':
        return ZERO_WIDTH;
      case '.':
        return UNKNOWN;
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new UnsupportedRegex(`bare ${c}`);
      default:
        return { exact: new Set([c as string]), anchors: null };
    }
  }

  private group(): Info {
    const rest = this.src.slice(this.pos);
    const lookaround = /^\?(?:=|!|<=|<!)/.exec(rest);
    let info: Info;
    if (lookaround !== null) {
      this.pos += lookaround[0].length;
      this.alternation();
      // A look-around tests the text but adds nothing to the match.
      info = ZERO_WIDTH;
    } else {
      if (rest.startsWith('?:')) this.pos += 2;
      else if (rest.startsWith('?')) throw new UnsupportedRegex('named group or flags');
      // The tables repeat their building blocks (who, what, how) in many patterns.
      const body = this.src.slice(this.pos, closingParen(this.src, this.pos));
      const known = GROUPS.get(body);
      if (known !== undefined) {
        this.pos += body.length;
        info = known;
      } else {
        const start = this.pos;
        info = this.alternation();
        if (this.pos !== start + body.length) throw new UnsupportedRegex('group ends elsewhere');
        GROUPS.set(body, info);
      }
    }
    if (this.peek() !== ')') throw new UnsupportedRegex('unclosed group');
    this.pos++;
    return info;
  }

  private charClass(): Info {
    const end = this.src.indexOf(']', this.pos);
    const body = this.src.slice(this.pos, end);
    if (end < 0 || body === '' || body.includes('\\') || body.includes('[')) throw new UnsupportedRegex('class');
    this.pos = end + 1;
    // A negated class matches one character, which could be almost anything.
    if (body.startsWith('^')) return UNKNOWN;
    const chars = new Set<string>();
    for (let i = 0; i < body.length; i++) {
      const from = body.charCodeAt(i);
      let to = from;
      if (body[i + 1] === '-' && i + 2 < body.length) {
        to = body.charCodeAt(i + 2);
        i += 2;
      }
      for (let code = from; code <= to; code++) chars.add(String.fromCharCode(code));
      if (chars.size > CLASS_LIMIT) return UNKNOWN;
    }
    return { exact: chars, anchors: null };
  }

  private escape(): Info {
    const c = this.peek();
    this.pos++;
    if (c === 'b' || c === 'B') return ZERO_WIDTH;
    if (c === 'd') return { exact: new Set('0123456789'), anchors: null };
    if (c === 's' || c === 'S' || c === 'w' || c === 'W' || c === 'D') return UNKNOWN;
    // An escaped punctuation mark is that mark; letters and digits mean something else.
    if (c !== undefined && /[^a-zA-Z0-9]/.test(c)) return { exact: new Set([c]), anchors: null };
    throw new UnsupportedRegex(`escape \\${c}`);
  }
}
