/**
 * The crisis screen as it was before it was tuned for speed (commit 3f8028a), kept (but for the
 * answer's shape, now a tier and a family) so that tests and the bench can check the fast path
 * gives exactly the same answers. It shares the data tables (rules, word fixes) with the real screen: what is compared is the
 * algorithm, not the data.
 */
import { LEET, PHRASE_FIXES, SCAN_LIMIT, WORD_FIXES } from '../../src/safety/crisis-normalise.js';
import { ALLOW, RULES } from '../../src/safety/crisis-rules.js';
import { NO_CRISIS, type CrisisScreen } from '../../src/safety/crisis-screen.js';

const ALLOW_WINDOW = 48;

function fixWord(word: string): string {
  const fixed = WORD_FIXES.get(word);
  if (fixed !== undefined) return fixed;
  if (/\d/.test(word) && /[a-z]/.test(word)) {
    const unleet = word.replace(/[013457]/g, (d) => LEET[d] ?? d);
    return WORD_FIXES.get(unleet) ?? unleet;
  }
  return word;
}

export function normaliseReference(raw: string): string {
  const half = SCAN_LIMIT / 2;
  let t = raw.length > SCAN_LIMIT ? `${raw.slice(0, half)}\n${raw.slice(-half)}` : raw;
  t = t.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  t = t.replace(/['\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, '');
  t = t.replace(/[.!?;\n\r\u2028\u2029]+/g, ' . ');
  t = t.replace(/[^a-z0-9 .]+/g, ' ');
  t = t.replace(/([a-z])\1{2,}/g, '$1$1');
  t = t.replace(/ {2,}/g, ' ');
  t = t.replace(/[a-z0-9]+/g, fixWord);
  for (const [re, to] of PHRASE_FIXES) t = t.replace(re, to);
  return t.replace(/ {2,}/g, ' ').trim();
}

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

function* matches(text: string, re: RegExp): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex += 1;
    yield m;
  }
}

function firstRealMatch(text: string, re: RegExp): boolean {
  for (const m of matches(text, re)) {
    if (!isIdiom(text, m.index, m.index + m[0].length)) return true;
  }
  return false;
}

export function screenForCrisisReference(text: string): CrisisScreen {
  if (typeof text !== 'string' || text.length === 0) return NO_CRISIS;
  try {
    const t = normaliseReference(text);
    if (t.length === 0) return NO_CRISIS;
    for (const { tier, family, kind, re } of RULES) {
      if (firstRealMatch(t, re)) return { tier, family, kind };
    }
    return NO_CRISIS;
  } catch {
    return NO_CRISIS;
  }
}

/**
 * screenForCrisisReference for many texts at once, with the same answer for each: the first rule,
 * in RULES' order, with a real match in its normalised text, and no alarm when none has one or a
 * step throws. Only the loops are turned: each rule is tried on every text still undecided before
 * the next rule is, which keeps one pattern's compiled code in the processor's caches (text by
 * text, the 533 patterns took about four times as long over the test corpus). The equivalence
 * test holds it to screenForCrisisReference on every string that raises an alarm and a sample of
 * the rest.
 */
export function screenForCrisisReferenceAll(texts: readonly string[]): CrisisScreen[] {
  const answers: (CrisisScreen | undefined)[] = texts.map((text) => (typeof text !== 'string' || text.length === 0 ? NO_CRISIS : undefined));
  const normalised = texts.map((text, i) => {
    if (answers[i] !== undefined) return '';
    try {
      const t = normaliseReference(text);
      if (t.length === 0) answers[i] = NO_CRISIS;
      return t;
    } catch {
      answers[i] = NO_CRISIS;
      return '';
    }
  });
  let open = texts.flatMap((_, i) => (answers[i] === undefined ? [i] : []));
  for (const { tier, family, kind, re } of RULES) {
    const undecided: number[] = [];
    for (const i of open) {
      try {
        if (firstRealMatch(normalised[i] as string, re)) answers[i] = { tier, family, kind };
        else undecided.push(i);
      } catch {
        answers[i] = NO_CRISIS;
      }
    }
    open = undecided;
  }
  return answers.map((a) => a ?? NO_CRISIS);
}
