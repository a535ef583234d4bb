/**
 * How a case note's answer reads in a letter drafted from the notes (letter-from-notes.ts): the
 * parent's own typed words, a button's sentence as the flow's letter states it, triage's "who said
 * it", a line the parent left out; button labels and content keys are never facts.
 */
import type { ContentCatalog } from '../../content/catalog.js';
import type { NoteRow } from '../../core/ports.js';
import { leftOutOfLetter } from './settled-answers.js';

const TRIAGE_WHO = new Set(['teacher', 'senco', 'head', 'district', 'meeting']);

export function clip(text: string, max = 600): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/** Every button label (`*.choice.*`), per catalog: a tapped "They didn't say" is no fact for a letter. */
const labelCache = new WeakMap<ContentCatalog, Set<string>>();
function buttonLabels(content: ContentCatalog): Set<string> {
  let labels = labelCache.get(content);
  if (!labels) {
    labels = new Set(content.keys().filter((k) => k.includes('.choice.') && content.varsOf(k).length === 0).map((k) => content.render(k).trim()));
    labelCache.set(content, labels);
  }
  return labels;
}

/**
 * The parent's own words. A button answer (kept as its label's words, or as its content key in
 * older notes) is left out, so the letter shows a blank to fill, as the flows' own letters do.
 */
export function typedText(content: ContentCatalog, n: NoteRow): string | undefined {
  const t = n.text.trim();
  if (!t || content.has(t) || buttonLabels(content).has(t)) return undefined;
  return t;
}

/** Each button whose choice a flow's letter states as a sentence (`<prefix>.letter.<id>`), by `<prefix>|<label or key>`, per catalog. */
const sentenceCache = new WeakMap<ContentCatalog, Map<string, string>>();
function chosenSentences(content: ContentCatalog): Map<string, string> {
  let found = sentenceCache.get(content);
  if (!found) {
    found = new Map();
    for (const key of content.keys()) {
      const [prefix, kind] = key.split('.');
      const sentence = key.replace('.choice.', '.letter.');
      if (kind !== 'choice' || !content.has(sentence) || content.varsOf(key).length || content.varsOf(sentence).length) continue;
      found.set(`${prefix}|${content.render(key).trim()}`, content.render(sentence));
      found.set(`${prefix}|${key}`, content.render(sentence));
    }
    sentenceCache.set(content, found);
  }
  return found;
}

/** The letter's sentence for a button answer (kept as its label's words or its key), from the flow its topic belongs to ("data.meanwhile": no-data). */
export function chosenSentence(content: ContentCatalog, n: NoteRow): string | undefined {
  const area = (n.topic.split('.')[0] ?? '').replace(/_/g, '-');
  const sentences = chosenSentences(content);
  for (const prefix of [area, `no-${area}`]) {
    const found = sentences.get(`${prefix}|${n.text.trim()}`);
    if (found) return found;
  }
  return undefined;
}

/** Triage's "who said it" button, whether kept as an id ("senco"), a key or its label's words. */
export function triageWho(content: ContentCatalog, who: string): string | undefined {
  const w = who.trim();
  for (const id of TRIAGE_WHO) {
    const key = `triage.who.${id}`;
    if (w === id || w === key || (content.has(key) && content.render(key) === w)) return id;
  }
  return undefined;
}

/** A line the parent left out when its wording was checked (settled-answers.ts reads it for the packet too). */
export const leftOut = leftOutOfLetter;

export function latestAnswer(content: ContentCatalog, notes: readonly NoteRow[], topics: readonly string[]): string | undefined {
  for (let i = notes.length - 1; i >= 0; i--) {
    const n = notes[i] as NoteRow;
    if (!topics.includes(n.topic)) continue;
    // Left out of a letter by the parent when its wording was checked: left out of later ones too.
    if (leftOut(content, n)) return undefined;
    // A button the flow's letter states as a sentence ("Nothing has been tried yet."): the same sentence here.
    const sentence = chosenSentence(content, n);
    if (sentence) return sentence;
    const t = typedText(content, n);
    if (t) return clip(t);
  }
  return undefined;
}
