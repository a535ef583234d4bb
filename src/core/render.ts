/** Content keys → replies. The only place the engine turns keys into words. */
import type { ContentCatalog } from '../content/catalog.js';
import { plainWords as plain } from './flow-kit.js';
import type { PendingQuestion } from './ports.js';
import type { Reply } from './types.js';

export function textReply(content: ContentCatalog, key: string, vars: Record<string, string> = {}, seed = 0): Reply {
  return { type: 'text', key, text: content.render(key, vars, seed), ...sharedWords(content, key, vars, seed) };
}

/** The words for an answer seen in a shared channel, where the place changes them (content/place-words.ts). */
function sharedWords(content: ContentCatalog, key: string, vars: Record<string, string>, seed: number): { sharedText?: string } {
  const shared = content.renderShared?.(key, vars, seed);
  return shared === undefined ? {} : { sharedText: shared };
}

/** The variant is fixed by the prompt id, so a re-asked question reads the same as before. */
export function questionReply(content: ContentCatalog, q: PendingQuestion): Reply {
  const seed = Number(q.promptId.replace(/\D/g, '')) - 1;
  return {
    type: 'question',
    key: q.key,
    text: content.render(q.key, q.vars, Number.isFinite(seed) ? seed : 0),
    ...sharedWords(content, q.key, q.vars, Number.isFinite(seed) ? seed : 0),
    promptId: q.promptId,
    choices: q.choices.map((c) => ({ id: c.id, label: content.render(c.key, c.vars ?? {}) })),
    freeText: q.freeText,
    // Under the buttons, unless the question's own words already say so ("Pick one, or type a date.").
    ...(q.freeText && q.choices.length > 0 && !content.invitesTyping(q.key) ? { hint: content.render('common.or-type') } : {}),
  };
}


interface AnswerWords {
  unsure: RegExp;
  skip: RegExp;
  yes: RegExp;
  no: RegExp;
  yesButton: RegExp;
  noButton: RegExp;
  noAnotherWay: RegExp;
  notSaid: RegExp;
  notSaidButton: RegExp;
  nothingOffered: RegExp;
  nothingButton: RegExp;
  yesFirst: RegExp;
  noFirst: RegExp;
}

/** The answer words (content/words/answers.yaml), compiled once per catalog. */
const compiled = new WeakMap<ContentCatalog, AnswerWords>();

function anyOf(content: ContentCatalog, key: string): RegExp {
  return new RegExp(content.words(key).map((p) => `(?:${p})`).join('|'));
}

export function answerWords(content: ContentCatalog): AnswerWords {
  let words = compiled.get(content);
  if (!words) {
    words = {
      unsure: anyOf(content, 'answers.unsure'),
      skip: anyOf(content, 'answers.skip'),
      yes: anyOf(content, 'answers.yes'),
      no: anyOf(content, 'answers.no'),
      yesButton: anyOf(content, 'answers.yes-button'),
      noButton: anyOf(content, 'answers.no-button'),
      noAnotherWay: anyOf(content, 'answers.no-another-way'),
      notSaid: anyOf(content, 'answers.not-said'),
      notSaidButton: anyOf(content, 'answers.not-said-button'),
      nothingOffered: anyOf(content, 'answers.nothing-offered'),
      nothingButton: anyOf(content, 'answers.nothing-button'),
      yesFirst: anyOf(content, 'answers.yes-first'),
      noFirst: anyOf(content, 'answers.no-first'),
    };
    compiled.set(content, words);
  }
  return words;
}

/**
 * A number typed at a numbered list that has no choice of that number ("7" at six choices): a
 * slip, asked again (W13-14). Never where a number is an answer: a list of numbers (a 0-10 scale,
 * amounts), a question with one or two buttons beside the parent's own words ("How old?",
 * "How many days?"), or one whose words invite typing ("When was this? Pick one, or type a date.":
 * "12" is a day of the month, review11 2).
 */
export function numberWithNoChoice(content: ContentCatalog, q: PendingQuestion, text: string): boolean {
  const t = text.trim().replace(/[.!)]+$/, '');
  if (!/^\d{1,2}$/.test(t) || q.choices.length < 3 || Number(t) <= q.choices.length) return false;
  if (q.freeText && content.invitesTyping(q.key)) return false;
  return !q.choices.some((c) => /\d/.test(content.render(c.key, c.vars ?? {})));
}

/**
 * Match typed text to one of the pending choices: by its number ("2"), its label (case and
 * punctuation aside), one of the other ways of saying it listed in content under the label's
 * key + `.also` ("They said no" for "The school said no: help me respond"), "not sure" and its kin for a button that says so, and a bare yes or no
 * for the one button that starts with it ("Yes, draft a letter").
 */
export function matchChoice(content: ContentCatalog, q: PendingQuestion, text: string): string | null {
  const t = plain(text);
  const asTyped = text.trim().toLowerCase().replace(/[.!)]+$/, '');
  const labels = q.choices.map((c) => ({ id: c.id, label: plain(content.render(c.key, c.vars ?? {})) }));
  // A label that is itself a number (a 0-10 scale) wins over a position: "7" means the button "7".
  for (const c of labels) if (c.label === t || c.id.toLowerCase() === asTyped) return c.id;
  // "they didnt say" is the button "They didn't say": apostrophes are often left out when typing.
  const bare = (s: string) => s.replace(/'/g, '');
  const unquoted = labels.filter((c) => bare(c.label) === bare(t));
  if (unquoted.length === 1) return (unquoted[0] as { id: string }).id;
  // "nothing booked" is the button "Nothing booked yet": the start of one label, two words or more.
  const starts = t.includes(' ') ? labels.filter((c) => bare(c.label).startsWith(`${bare(t)} `)) : [];
  if (starts.length === 1) return (starts[0] as { id: string }).id;
  const also = q.choices.filter((c) => content.variants(`${c.key}.also`).some((v) => plain(v) === t));
  if (also.length === 1) return (also[0] as { id: string }).id;
  if (/^\d{1,2}$/.test(t)) {
    // On a list of amounts ("1 h" … "5 h", "Not sure yet") a typed number is an amount: "3" is
    // "3 h", and "6" is six, never the sixth button; the flow reads it as typed.
    const amounts = labels.filter((c) => /^\d+(?:\.\d+)? ?[a-z]{1,5}$/.test(c.label));
    if (amounts.length >= 2) return amounts.find((c) => c.label.split(/(?<=\d) ?(?=[a-z])/)[0] === t)?.id ?? null;
    const c = q.choices[Number(t) - 1];
    return c ? c.id : null;
  }
  const only = (fits: (label: string) => boolean) => {
    const found = labels.filter((c) => fits(c.label));
    return found.length === 1 ? (found[0] as { id: string }).id : null;
  };
  const w = answerWords(content);
  // "Nobody said", "I don't know, they never told us": the button that says they didn't say.
  if (w.notSaid.test(t)) {
    const said = only((l) => w.notSaidButton.test(l));
    if (said) return said;
  }
  if (w.unsure.test(t)) return only((l) => w.unsure.test(l));
  // "Skip this one" where there is no Skip button: "I'm not sure", which puts nothing in a letter.
  if (w.skip.test(t)) return q.choices.find((c) => c.id === 'skip')?.id ?? only((l) => w.unsure.test(l));
  // "Nothing yet, they just said no": nothing offered. "Nothing yet", else "They didn't say",
  // else "I'm not sure" (no idea of the parent's to put in a letter).
  if (w.nothingOffered.test(t)) {
    return only((l) => w.nothingButton.test(l)) ?? only((l) => w.notSaidButton.test(l)) ?? only((l) => w.unsure.test(l));
  }
  if (w.yes.test(t)) return only((l) => w.yesButton.test(l));
  // "No": the one button that starts with it ("No, thanks"), else the one that says it another
  // way ("They didn't say", "Nothing yet", "Not really"); never a "not sure" button.
  if (w.no.test(t)) return only((l) => w.noButton.test(l)) ?? only((l) => !w.unsure.test(l) && w.noAnotherWay.test(l));
  return null;
}

/** A choice a typed answer begins with, and how many of its words (as plainWords counts them) the choice took. */
export interface BegunChoice {
  id: string;
  words: number;
}

/**
 * At a question that takes only buttons, a typed answer that begins with one of its choices and
 * says more ("finish the question first please and then we can look at it", "No, it's what the
 * school said to me today"): that choice, read before the words are taken as a new message. By
 * the longest label the words begin with; else, where the choices are one yes and one no, by the
 * yes or no the words begin with ("Yes please add it to the log, that is exactly how it went").
 * What comes after the choice's words is read by added-words.ts.
 */
export function choiceBegun(content: ContentCatalog, q: PendingQuestion, text: string): BegunChoice | null {
  const bare = (s: string) => plain(s).replace(/'/g, '');
  const t = bare(text);
  const begun = q.choices
    .map((c) => ({ id: c.id, label: bare(content.render(c.key, c.vars ?? {})) }))
    .filter((c) => c.label !== '' && (t === c.label || t.startsWith(`${c.label} `)))
    .sort((x, y) => y.label.length - x.label.length);
  const [first, second] = begun;
  if (first && (!second || first.label.length > second.label.length)) return { id: first.id, words: first.label.split(' ').length };
  if (q.choices.length !== 2) return null;
  const w = answerWords(content);
  const labels = q.choices.map((c) => ({ id: c.id, label: plain(content.render(c.key, c.vars ?? {})) }));
  const yes = labels.find((c) => w.yesButton.test(c.label));
  const no = labels.find((c) => w.noButton.test(c.label));
  if (!yes || !no || yes === no) return null;
  const said = plain(text);
  if (w.yesFirst.test(said)) return { id: yes.id, words: 1 };
  if (w.noFirst.test(said)) return { id: no.id, words: 1 };
  return null;
}
