/**
 * Finds the school's words inside a parent's story: text in quotation marks, and the rest of
 * the sentence after a reporting verb ("she said", "they told me", "the answer was", "Reply:").
 * A parent's message is often two to six sentences of context (diagnosis, age, history, what
 * they asked) with the school's reason somewhere in the middle; the classifier weights these
 * spans above the context (see create-classifier.ts, option `schoolWords`).
 *
 * Works on the raw text (before normalise(), which drops quotation marks). Returns the spans
 * joined by ". ", or null when none is found (the whole text is then all there is).
 */

/** Double quotes of every common style; single quotes only where they cannot be apostrophes. */
const DOUBLE_QUOTED = /["\u201c\u201d\u201e\u00ab\u00bb]([^"\u201c\u201d\u201e\u00ab\u00bb\n]{3,600})["\u201c\u201d\u201e\u00ab\u00bb]/g;
const SINGLE_QUOTED = /(?:^|[\s([:;,])['\u2018\u2019]([A-Za-z][^\n]{2,400}?[A-Za-z0-9.,!?])['\u2018\u2019](?=$|[\s.,;:!?)\]-])/g;

/** The words in quotation marks (double, or single where they cannot be apostrophes), in the order they appear. */
export function quotations(raw: string): string[] {
  const found = [...raw.matchAll(DOUBLE_QUOTED), ...raw.matchAll(SINGLE_QUOTED)];
  return found.sort((a, b) => a.index - b.index).map((m) => m[1] as string);
}

/**
 * A reporting verb, or a noun that introduces what was said, then the rest of its sentence.
 * "I said" / "we told them" are the parent speaking, so a first-person subject is skipped.
 */
const REPORTED = new RegExp(
  String.raw`(\b(?:i|we|i've|we've|i'd|we'd)\s+)?` +
    String.raw`\b(?:said|says|say|told (?:me|us|him|her|them|my \w+|our \w+)|tells? (?:me|us)|replied|replies|wrote|writes|` +
    String.raw`e-?mailed(?: (?:me|us))?(?: back)?|answered|responded|explained|insisted|claimed|stated|reckons?|` +
    String.raw`informed (?:me|us)|advised (?:me|us)|(?:was|were|been|being) told|` +
    String.raw`(?:the|their|her|his|its|the school's) (?:answer|reply|response|words|exact words|position|email|letter|message)(?: (?:was|is|said|says|read|stated))?|` +
    String.raw`according to (?:the |our |her |his )?[\w-]+|quote)\b` +
    String.raw`\s*[:,-]?\s*(?:that\s+)?([^.!?\n]{6,}(?:[.!?]+|$))`,
  'gi',
);

/** "Reply: ...", "SENCO: ...", "Email from the head: ..." at the start of a sentence or line. */
const LABELLED = /(?:^|[.!?]\s+|\n)[A-Za-z][\w' -]{0,40}:\s+([^\n]{6,})/g;

const FIRST_PERSON = /^(?:i|we|i've|we've|i'd|we'd)\s+$/i;

export function schoolWords(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length < 12) return null;
  const text = raw.length > 20_000 ? raw.slice(0, 20_000) : raw;
  const ranges: [number, number][] = [];
  const add = (m: RegExpExecArray, group: number): void => {
    const g = m[group];
    if (g === undefined) return;
    const start = m.index + m[0].lastIndexOf(g);
    ranges.push([start, start + g.length]);
  };
  for (const m of text.matchAll(DOUBLE_QUOTED)) add(m, 1);
  for (const m of text.matchAll(SINGLE_QUOTED)) add(m, 1);
  for (const m of text.matchAll(REPORTED)) {
    if (m[1] !== undefined && FIRST_PERSON.test(m[1])) continue;
    add(m, 2);
  }
  for (const m of text.matchAll(LABELLED)) add(m, 1);
  if (ranges.length === 0) return null;
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const span = merged.map(([a, b]) => text.slice(a, b).trim()).join('. ');
  // A span that is (nearly) the whole text adds nothing over the text itself.
  return span.length >= 0.9 * text.trim().length ? null : span;
}
