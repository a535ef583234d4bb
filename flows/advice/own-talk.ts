/**
 * The parent's own talk about their case, told to me, as opposed to words of the school's
 * (W15-1, W15-6): a correction ("sorry I typed the wrong date", "it's Rosie not Rosy"), news
 * about the family ("we've moved to Wales"), or a question to me ("can you remind me how…").
 * The rule: the message reports no one at school (no speaker with "said/told/wrote", no email
 * of theirs, no quotation) and is one of those three by what it says (content/words/own-talk.yaml).
 * Pure; never a crash on odd input.
 */
import { once, shippedWords } from '../../src/content/catalog.js';
import { plainWords } from '../../src/core/flow-kit.js';
import { quotations } from '../../src/classify/school-words.js';
import { reportsSomeoneAtSchool } from './school-words.js';

/** The topic the parent's own talk at the menu is kept under, with no child (home.flow.ts). */
export const OWN_TALK_TOPIC = 'home.own-words';

export type OwnTalk = 'correction' | 'family' | 'question';
const KINDS: readonly OwnTalk[] = ['correction', 'family', 'question'];

const wordsOf = (key: string) => shippedWords(key).map((p) => new RegExp(p, 'i'));
const patterns = once(() => new Map(KINDS.map((k) => [k, shippedWords(`own-talk.${k}`).map((p) => new RegExp(p, 'i'))] as const)));

/** What the parent's own talk is, or undefined when the words may be the school's. */
export function ownTalkOf(raw: string): OwnTalk | undefined {
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  const text = raw.length > 4000 ? raw.slice(0, 4000) : raw;
  if (reportsSomeoneAtSchool(text) || quotations(text).length > 0) return undefined;
  const plain = plainWords(text);
  const kind = KINDS.find((k) => (patterns().get(k) ?? []).some((r) => r.test(plain)));
  return kind === 'question' && asksAboutTheSchool(plain) ? undefined : kind;
}

const notMine = once(() => wordsOf('own-talk.question-not-mine'));
const ownNotKnowing = once(() => wordsOf('own-talk.own-not-knowing'));

/**
 * A question that holds a no, or names the school or what it did ("can you help, the school wont
 * give my son…"): a parent asking for help with the school's no, which triage is for (review19 R1).
 */
function asksAboutTheSchool(plain: string): boolean {
  const rest = ownNotKnowing().reduce((t, r) => t.replace(new RegExp(r.source, 'gi'), ' '), plain);
  return notMine().some((r) => r.test(rest));
}
