/**
 * A pattern's word boundaries (`\b`) written as the lookarounds they stand for: a word character
 * after and none before, or one before and none after. Without the u flag, `\b` and `\w` read the
 * same word characters ([A-Za-z0-9_], with or without i), so the pattern matches exactly as
 * before. Why: V8 takes far longer to compile a long case-insensitive alternation with `\b`
 * inside it (whose-voice.ts's parent's own voice: ~60 ms the first time, ~25 ms so), time a
 * short-lived process such as `notes` pays every run (docs/performance.md, 8 December). Matching
 * is a little slower once compiled (about 1.5 us a test there, from 1), so only for patterns
 * read a few times a turn or less.
 */
const BOUNDARY = '(?:(?<!\\w)(?=\\w)|(?<=\\w)(?!\\w))';

/** `source` with each `\b` outside a character class rewritten (a `\b` in a class is a backspace). */
export function quickBoundaries(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      out += !inClass && next === 'b' ? BOUNDARY : c + next;
      i++;
    } else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
  }
  return out;
}
