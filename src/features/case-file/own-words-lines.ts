/**
 * The lines of each letter drafted from the notes that carry the parent's own words as typed in
 * chat (`ownWordsVars`): the words as the letter reads them, and the topic of the note they came
 * from. Given to the chat's letter flow, which shows them before drafting so the parent can keep,
 * reword (noted as that topic's newest answer) or leave out each one, as the "kind of no" flows do.
 */
import type { ContentCatalog } from '../../content/catalog.js';
import type { NoteRow, Store } from '../../core/ports.js';
import { SCHOOL_ANSWER_TOPIC } from '../../../flows/advice/letter-wording-states.js';
import { LETTER_KINDS, type LetterKind } from './letter-kinds.js';
import { caseFacts, letterVarsFromNotes, ownWordsVars, quotesTheSchool, type CaseFacts } from './letter-from-notes.js';
import { FROM_TOPICS } from './letter-topics.js';

export interface OwnWordsLine {
  /** The letter's variable. */
  name: string;
  /** The topic a reworded line is noted under. */
  topic: string;
  /** The line's words as the letter reads them. */
  words: string;
}

function latestTopic(notes: readonly NoteRow[], topics: readonly string[]): string | undefined {
  return [...notes].reverse().find((n) => topics.includes(n.topic))?.topic;
}

/** One letter's lines in the parent's chat words. */
export function ownWordsLines(store: Store, content: ContentCatalog, kind: LetterKind, facts: CaseFacts, now: Date): OwnWordsLine[] {
  const vars = letterVarsFromNotes(store, content, kind, facts, now);
  // The school's words quoted as theirs are shown too, last, after the parent's own: no line a letter quotes goes unseen (W13-2).
  const names = ownWordsVars(content, kind, facts);
  if (!names.includes('statement') && quotesTheSchool(content, kind, facts)) names.push('statement');
  return names.flatMap((name) => {
    const words = vars[name]?.trim();
    const topic = name === 'statement' ? SCHOOL_ANSWER_TOPIC : latestTopic(facts.notes, FROM_TOPICS[name] ?? []);
    return words && topic ? [{ name, topic, words }] : [];
  });
}

/**
 * The lines in the parent's chat words of each letter in `kinds` (every kind, for the parent to
 * choose from, unless one was named), by letter kind (kinds with none left out).
 */
export function ownWordsByKind(
  store: Store,
  content: ContentCatalog,
  userId: string,
  caseId: number | null,
  now: Date,
  kinds: readonly LetterKind[] = LETTER_KINDS,
): Partial<Record<LetterKind, OwnWordsLine[]>> {
  const facts = caseFacts(store, userId, caseId);
  const found: Partial<Record<LetterKind, OwnWordsLine[]>> = {};
  for (const kind of kinds) {
    const lines = ownWordsLines(store, content, kind, facts, now);
    if (lines.length) found[kind] = lines;
  }
  return found;
}
