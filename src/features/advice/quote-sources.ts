/**
 * Whose words a statement quotes: the quotations of one source (a person's words, not a printed
 * draft's beside them; never the parent's own), and the sentences a statement is read in. Pure;
 * used by letter-facts.ts, which decides what a letter may quote.
 */
import { quotations } from '../../classify/school-words.js';
import { once, shippedAlternation } from '../../content/catalog.js';

/** Sentences; a title's full stop ("Mr. Hollis") ends none. */
export const sentencesOf = (t: string): string[] => t.split(/(?<=[.!?])(?<!\b(?:mr|mrs|ms|dr|prof)\.)\s+/i);

/** Words just before a quotation that say it was said ("Mr. Hollis said", "she told me:", "The head:"). */
const SAID_BEFORE = /\b(?:said|says|say|told (?:me|us|him|her|them)|replied|wrote|writes|e-?mailed(?: me| us)?|answered|stated|added|explained|insisted|asked|put it)\b(?: (?:to (?:me|us)|back))?(?:\s+that)?\s*[:,]?\s*$|:\s*$/i;
/** "said" with up to five words after it and before the quotation, no punctuation between ("He said a reduced timetable "…""). */
const SAID_FEW_WORDS_BEFORE = /\b(?:said|says|told (?:me|us)|replied|wrote|e-?mailed(?: me| us)?|answered|stated|explained|insisted)\b(?: (?:to (?:me|us)|back))?(?:\s+that)?(?:\s+[^\s"“”.,;:!?]+){1,5}\s*$/i;
/** Anyone speaking, anywhere in the words between two quotations. */
const SAYS = /\b(?:said|says|say|told|tells|replied|wrote|writes|e-?mailed|answered|stated|added|explained|insisted|asked|think|thought|feel|felt)\b/i;
/** The parent's own words between two quotations ("but I think…", "and we…"). */
const FIRST_PERSON = /\b(?:i|i'm|i've|we|we're|my|me|our|us)\b/i;
/** Family, never the school ("my husband", "his dad"): their quotations are the parent's side (review10-2). */
const FAMILY_WORD = once(() => new RegExp(`^(?:${shippedAlternation('letters.family')}|husband|wife|partner|ex)$`, 'i'));
/**
 * Someone named between two quotations ("but his teacher, Mrs Bell", "and the SENCO", "and the
 * LA"): the quotation after it is theirs, a new source (review10-2). The last word names them.
 */
const NAMED = once(
  () =>
    new RegExp(
      `\\b(?:(?:mr|mrs|ms|miss|mx|dr|prof)\\.?\\s+[a-z'-]+|(?:the|his|her|their|my|[a-z]+'s)\\s+(?:${shippedAlternation('school.roles')}|${shippedAlternation('letters.family')}|husband|wife|partner|ex)|the (?:la|local authority|council))\\b`,
      'gi',
    ),
);
/** The source a name stands for: family are the parent's side; anyone else by their last word. */
const sourceOf = (name: string): string => {
  const last = name.trim().toLowerCase().split(/\s+/).at(-1)?.replace(/[^a-z']/g, '') ?? '';
  return FAMILY_WORD().test(last) ? 'parent' : `speaker:${last}`;
};
/** What may stand between a speaker and their verb ("Mr. Hollis also said"). */
const BY_THE_WAY = /^(?:also|then|just|again|later|even|finally|basically|actually|simply|only|clearly)$/;

/**
 * The quotations of one source, in order: a person's words beside a printed draft's ("the draft
 * was printed with "…" and Mr. Hollis said "…"") are that person's alone; quotations run on with
 * "and" ("said "…" and "…""), or a pronoun after the speaker ("Then she said "…""), are the same
 * source's. Two people, or sources that cannot be told apart: none. The parent's own ("I asked
 * "…"") never. `mixed`: quotations were found and none can be quoted.
 */
export function oneSourceQuotes(t: string): { quotes: string[]; mixed: boolean } {
  const found: { words: string; source: string }[] = [];
  let from = 0;
  let speaker = '';
  for (const words of quotations(t)) {
    const at = t.indexOf(words, from);
    if (at < 0) continue;
    const gap = t.slice(from, Math.max(from, at - 1));
    from = at + words.length + 1;
    const previous = found.at(-1);
    if (previous && /^[\s,;]*(?:(?:and|or|then|but|also)[\s,]*)*$/i.test(gap)) {
      found.push({ words, source: previous.source });
      continue;
    }
    // In the same sentence as the last one, with nobody else speaking and none of the parent's own words
    // between ("He said a later start "…" as Eli is "…""): the same source's (W12-8).
    const named = [...gap.matchAll(NAMED())].at(-1);
    if (previous && !/[.!?]/.test(gap) && !SAYS.test(gap) && !FIRST_PERSON.test(gap)) {
      // Someone else named between them ("but his teacher, Mrs Bell "…""): theirs (review10-2).
      found.push({ words, source: named ? (speaker = sourceOf(named[0])) : previous.source });
      continue;
    }
    const part = sentencesOf(gap).at(-1) ?? '';
    // "said" a few words before it ("He said a reduced timetable "isn't something…""): read as said just before it.
    const said = SAID_BEFORE.exec(part) ?? SAID_FEW_WORDS_BEFORE.exec(part);
    let source = `unknown:${found.length}`;
    if (said) {
      const who = part.slice(0, said.index).trim().toLowerCase().split(/\s+/).filter((w) => !BY_THE_WAY.test(w));
      const last = (who.at(-1) ?? '').replace(/[^a-z']/g, '');
      if (/^(?:i|we)$/.test(last)) source = 'parent';
      else if (FAMILY_WORD().test(last)) source = speaker = 'parent';
      else if (/^(?:she|he|they)$/.test(last) || /^(?:she|he|they)$/.test(who[0] ?? '')) source = speaker || `speaker:${last}`;
      else if (last) source = speaker = `speaker:${last}`;
    }
    found.push({ words, source });
  }
  const sources = [...new Set(found.map((f) => f.source))].filter((s) => s !== 'parent');
  const speakers = sources.filter((s) => s.startsWith('speaker:'));
  const pick = speakers.length === 1 ? speakers[0] : sources.length === 1 && speakers.length === 0 ? sources[0] : undefined;
  const quotes = found.filter((f) => f.source === pick).map((f) => f.words.trim());
  return { quotes, mixed: found.length > 1 && quotes.length === 0 };
}
