/**
 * Words that depend on where the parent reads them. A message may name a command the parent can
 * use next ("Type chart to see it as a picture."): typed in a DM or the console that is right,
 * but in an answer only they can see in a shared channel (Slack's and Discord's ephemeral
 * answers) typing there would post it for everyone, and nobody reads it. So content writes such a
 * command as a reference, `{{@place.chart}}`, to an entry holding the words for a private chat
 * (`place.chart`: "type chart") and, beside it, the words for a shared channel
 * (`place.chart.shared`: "use /nextstep chart"). The catalog renders the first everywhere, and
 * the second as a reply's `sharedText` (core/render.ts), which core's layout uses where the posts
 * are seen in a shared channel (core/reply-layout.ts): decided once, for every platform.
 */

/** `{{@place.chart}}`: another entry's words, put in as they are (no variables, no references of their own). */
const REF = /\{\{@([a-z0-9_.-]+)\}\}/gi;

/** The suffix of the entry that words a reference for a shared channel. */
export const SHARED_SUFFIX = '.shared';

/** The keys a text refers to. */
export function refsIn(text: string): string[] {
  return [...text.matchAll(REF)].map((m) => m[1] as string);
}

/** Whether the words before a reference end a sentence (a bracket may open it): the reference then starts with a capital. */
const STARTS_SENTENCE = /(?:^|[.!?]\s+|\n\s*)\(?$/;

/**
 * The text with each reference replaced by its entry's words (`wordsOf`), the shared channel's
 * where `shared` and the entry has them; a reference that starts a sentence starts with a capital.
 */
export function withPlaceWords(text: string, wordsOf: (key: string) => string | undefined, shared: boolean): string {
  if (!text.includes('{{@')) return text;
  return text.replace(REF, (whole, key: string, at: number) => {
    const words = (shared ? wordsOf(`${key}${SHARED_SUFFIX}`) : undefined) ?? wordsOf(key);
    if (words === undefined) return whole;
    return STARTS_SENTENCE.test(text.slice(0, at)) ? words.charAt(0).toUpperCase() + words.slice(1) : words;
  });
}

/** Problems with a text's references: each must name an entry of plain words (no variables, no references). */
export function placeWordProblems(key: string, text: string, entryOf: (key: string) => string | undefined): string[] {
  return refsIn(text).flatMap((ref) => {
    const words = entryOf(ref);
    if (words === undefined) return [`"${key}" refers to "${ref}", which does not exist`];
    if (/\{\{/.test(words) || /\{\{/.test(entryOf(`${ref}${SHARED_SUFFIX}`) ?? '')) return [`"${key}" refers to "${ref}", which must be plain words`];
    return [];
  });
}
